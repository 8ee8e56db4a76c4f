using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using AwsCodegen.Cli.Output;
using NUnit.Framework;

namespace AwsCodegen.Cli.Tests.Output;

/// <summary>
/// Every document of cases/ formatted by aws-cli's own Python formatters (format_with_awscli.py, one python run for
/// all cases) and by ours, compared byte for byte: json, text, table at widths 80/40/120 without color and 80 with
/// color, and the Python error message where aws-cli's formatter fails. yaml and yaml-stream are compared with
/// ruamel.yaml (format_with_ruamel.py) when an interpreter that has it is found (AWSCG_RUAMEL_PYTHON, python3,
/// /usr/bin/python3; on Debian the package python3-ruamel.yaml); else those cases are ignored and YamlOutputTests
/// still pin the behaviour.
/// </summary>
[TestFixture]
public class OutputDifferentialTests
{
    private static readonly string[] s_awscliVariants = ["json", "text", "table-80", "table-40", "table-120", "table-color"];
    private static readonly string[] s_yamlVariants = ["yaml", "yaml-stream"];

    private static Dictionary<string, Dictionary<string, (string Out, string? Error)>>? s_awscli;
    private static Dictionary<string, Dictionary<string, (string Out, string? Error)>>? s_ruamel;
    private static string? s_ruamelMissing;

    public static IEnumerable<TestCaseData> AwsCliCases()
    {
        foreach (var c in PythonOracle.CaseNames())
            foreach (var v in s_awscliVariants)
                yield return new TestCaseData(c, v).SetName($"AwsCli({v}, {c})");
    }

    public static IEnumerable<TestCaseData> YamlCases()
    {
        foreach (var c in PythonOracle.CaseNames())
            foreach (var v in s_yamlVariants)
                yield return new TestCaseData(c, v).SetName($"Ruamel({v}, {c})");
    }

    [OneTimeSetUp]
    public void RunOracles()
    {
        var python = Environment.GetEnvironmentVariable("AWSCG_PYTHON") ?? "python3";
        var (code, stdout, stderr) = PythonOracle.Run(python, Path.Combine(PythonOracle.OutputDir, "format_with_awscli.py"), PythonOracle.CasesDir);
        if (code != 0)
            Assert.Fail($"format_with_awscli.py needs {python} with aws-cli 1.45.11 installed (pip install awscli==1.45.11); exit {code}: {stderr}");
        s_awscli = PythonOracle.Results(stdout);

        var candidates = new List<string>();
        if (Environment.GetEnvironmentVariable("AWSCG_RUAMEL_PYTHON") is { Length: > 0 } configured) candidates.Add(configured);
        candidates.AddRange(["python3", "/usr/bin/python3"]);
        var ruamelPython = PythonOracle.FindPython("ruamel.yaml", [.. candidates]);
        if (ruamelPython is null)
        {
            s_ruamelMissing = "no python with ruamel.yaml (apt-get install python3-ruamel.yaml)";
            return;
        }
        var r = PythonOracle.Run(ruamelPython, Path.Combine(PythonOracle.OutputDir, "format_with_ruamel.py"), PythonOracle.CasesDir);
        if (r.ExitCode != 0) Assert.Fail($"format_with_ruamel.py failed ({ruamelPython}): {r.Stderr}");
        s_ruamel = PythonOracle.Results(r.Stdout);
    }

    [TestCaseSource(nameof(AwsCliCases))]
    public void MatchesAwsCli(string caseName, string variant)
    {
        var expected = s_awscli![caseName][variant];
        var (format, options) = variant switch
        {
            "json" => (OutputFormat.Json, FormatterOptions.Default),
            "text" => (OutputFormat.Text, FormatterOptions.Default),
            "table-80" => (OutputFormat.Table, new FormatterOptions(80)),
            "table-40" => (OutputFormat.Table, new FormatterOptions(40)),
            "table-120" => (OutputFormat.Table, new FormatterOptions(120)),
            "table-color" => (OutputFormat.Table, new FormatterOptions(80, Color: true)),
            _ => throw new ArgumentException(variant),
        };
        Compare(caseName, expected, w => WriteOne(format, caseName, w, options));
    }

    [TestCaseSource(nameof(YamlCases))]
    public void MatchesRuamel(string caseName, string variant)
    {
        if (s_ruamel is null) Assert.Ignore(s_ruamelMissing ?? "no ruamel.yaml results");
        var expected = s_ruamel![caseName][variant];
        var format = variant == "yaml" ? OutputFormat.Yaml : OutputFormat.YamlStream;
        Compare(caseName, expected, w => WriteOne(format, caseName, w, FormatterOptions.Default));
    }

    private static void WriteOne(OutputFormat format, string caseName, TextWriter w, FormatterOptions options)
    {
        using var doc = JsonDocument.Parse(PythonOracle.CaseText(caseName));
        ResponseFormatter.Write(format, PythonOracle.TitleOf(caseName), doc.RootElement, w, options);
    }

    private static void Compare(string caseName, (string Out, string? Error) expected, Action<TextWriter> write)
    {
        var writer = new StringWriter { NewLine = "\n" };
        string? error = null;
        try { write(writer); }
        catch (FormatterException e) { error = e.Message; }
        var actual = writer.ToString();
        var diff = PythonOracle.FirstDifference(expected.Out, actual);
        if (diff is not null) Assert.Fail($"{caseName}: {diff}\n--- aws-cli ---\n{expected.Out}\n--- awscg ---\n{actual}");
        Assert.That(error, Is.EqualTo(expected.Error), $"{caseName}: the error aws-cli's formatter raises");
    }
}
