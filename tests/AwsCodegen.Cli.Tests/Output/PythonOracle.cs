using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Text.Json;

namespace AwsCodegen.Cli.Tests.Output;

/// <summary>Runs a python driver script once and reads the JSON it prints: {case: {variant: {out, error}}}.</summary>
internal static class PythonOracle
{
    public static string OutputDir => Path.Combine(RepoPaths.Root, "tests", "AwsCodegen.Cli.Tests", "Output");
    public static string CasesDir => Path.Combine(OutputDir, "cases");

    public static IEnumerable<string> CaseNames()
    {
        var names = new List<string>();
        foreach (var file in Directory.GetFiles(CasesDir, "*.json")) names.Add(Path.GetFileNameWithoutExtension(file));
        names.Sort(StringComparer.Ordinal);
        return names;
    }

    public static string CaseText(string caseName) => File.ReadAllText(Path.Combine(CasesDir, caseName + ".json"));

    /// <summary>PascalCase of the case name without its number: the table title (as format_with_awscli.py's title_of).</summary>
    public static string TitleOf(string caseName)
    {
        var parts = caseName.Split('-');
        var sb = new System.Text.StringBuilder();
        for (var i = 1; i < parts.Length; i++)
            if (parts[i].Length > 0) sb.Append(char.ToUpperInvariant(parts[i][0])).Append(parts[i], 1, parts[i].Length - 1);
        return sb.ToString();
    }

    /// <summary>Exit code and stdout/stderr of python running the given arguments.</summary>
    public static (int ExitCode, string Stdout, string Stderr) Run(string python, params string[] args)
    {
        var psi = new ProcessStartInfo(python)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
        };
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.Environment["PYTHONIOENCODING"] = "utf-8";
        try
        {
            using var p = Process.Start(psi)!;
            var stderrTask = p.StandardError.ReadToEndAsync();
            var stdout = p.StandardOutput.ReadToEnd();
            p.WaitForExit();
            return (p.ExitCode, stdout, stderrTask.Result);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return (-1, "", e.Message);
        }
    }

    /// <summary>The first of the candidate interpreters that can import the module, or null.</summary>
    public static string? FindPython(string module, params string[] candidates)
    {
        foreach (var python in candidates)
            if (Run(python, "-c", "import " + module).ExitCode == 0) return python;
        return null;
    }

    public static Dictionary<string, Dictionary<string, (string Out, string? Error)>> Results(string json)
    {
        var results = new Dictionary<string, Dictionary<string, (string, string?)>>(StringComparer.Ordinal);
        using var doc = JsonDocument.Parse(json);
        foreach (var c in doc.RootElement.EnumerateObject())
        {
            if (c.Name.StartsWith("__", StringComparison.Ordinal)) continue;
            var variants = new Dictionary<string, (string, string?)>(StringComparer.Ordinal);
            foreach (var v in c.Value.EnumerateObject())
                variants[v.Name] = (v.Value.GetProperty("out").GetString()!, v.Value.GetProperty("error").GetString());
            results[c.Name] = variants;
        }
        return results;
    }

    /// <summary>Null when equal, else where the first differing line is, both lines shown escaped.</summary>
    public static string? FirstDifference(string expected, string actual)
    {
        if (expected == actual) return null;
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        for (var i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            var el = i < e.Length ? e[i] : "<end of output>";
            var al = i < a.Length ? a[i] : "<end of output>";
            if (el != al) return $"line {i + 1} differs:\n  aws-cli: {Escape(el)}\n  awscg:   {Escape(al)}";
        }
        return "outputs differ";
    }

    public static string Escape(string s)
    {
        var sb = new System.Text.StringBuilder("\"");
        foreach (var c in s)
        {
            if (c < ' ' || c == 0x7F) sb.Append("\\x").Append(((int)c).ToString("x2"));
            else if (c == '"' || c == '\\') sb.Append('\\').Append(c);
            else sb.Append(c);
        }
        return sb.Append('"').ToString();
    }
}
