using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace AwsCodegen.Cli.Tests.Differential;

/// <summary>
/// One line of battery.txt: <c>[options ::] service operation args...</c>, words as a shell splits them.
/// Options: <c>ignore=Key1,Key2</c> (JSON keys left out of the comparison, at any depth: values moto makes up per call),
/// <c>stdin=text</c>, <c>no-endpoint</c> (the line gives its own or none), <c>stdout=ignore</c>, and
/// <c>known-difference="why"</c> for an aws-cli 1.45.11 bug we do not copy (only our exit class is checked), and
/// <c>strip-progress</c> (aws-cli's s3 progress lines, which it prints off a terminal too: a bug we do not copy), <c>mask-times</c> (local times like 2026-12-03 14:56:54 read as &lt;time&gt; in stdout: s3 ls), and <c>auth-off</c>: the line runs against a second moto without signature checking, for the calls where moto rejects
/// botocore's own signatures (aws-cli fails there too, so nothing could be compared).
/// Placeholders: {tool} (aws or cg: each tool makes its own resources), {tmp} (the tool's scratch directory).
/// </summary>
public sealed record BatteryLine(int Number, string Text, IReadOnlyList<string> Arguments, IReadOnlySet<string> IgnoredKeys,
    string? Stdin, bool AddEndpoint, bool CompareStdout, string? KnownDifference, bool AuthOff = false, bool MaskTimes = false, bool StripProgress = false)
{
    public override string ToString() => $"line {Number:D3}: {string.Join(' ', Arguments)}";

    public static IReadOnlyList<BatteryLine> Load(string path)
    {
        var lines = new List<BatteryLine>();
        int number = 0;
        foreach (var raw in File.ReadLines(path))
        {
            number++;
            var text = raw.Trim();
            if (text.Length == 0 || text.StartsWith('#')) continue;
            lines.Add(Parse(number, text, path));
        }
        return lines;
    }

    public static BatteryLine Parse(int number, string text, string path = "battery.txt")
    {
        string optionsText = "", command = text;
        int separator = text.IndexOf(" :: ", StringComparison.Ordinal);
        if (separator >= 0)
        {
            optionsText = text[..separator];
            command = text[(separator + 4)..];
        }
        var ignored = new HashSet<string>(StringComparer.Ordinal);
        string? stdin = null, known = null;
        bool endpoint = true, compareStdout = true, authOff = false, maskTimes = false, stripProgress = false;
        foreach (var option in ShellWords.Split(optionsText))
        {
            int equals = option.IndexOf('=');
            string name = equals < 0 ? option : option[..equals];
            string value = equals < 0 ? "" : option[(equals + 1)..];
            switch (name)
            {
                case "ignore": ignored.UnionWith(value.Split(',', StringSplitOptions.RemoveEmptyEntries)); break;
                case "stdin": stdin = value; break;
                case "no-endpoint": endpoint = false; break;
                case "stdout" when value == "ignore": compareStdout = false; break;
                case "known-difference": known = value; break;
                case "auth-off": authOff = true; break;
                case "mask-times": maskTimes = true; break;
                case "strip-progress": stripProgress = true; break;
                default: throw new FormatException($"{path}:{number}: unknown option '{option}'");
            }
        }
        var arguments = ShellWords.Split(command);
        if (arguments.Count == 0) throw new FormatException($"{path}:{number}: no command");
        return new BatteryLine(number, text, arguments, ignored, stdin, endpoint, compareStdout, known, authOff, maskTimes, stripProgress);
    }
}
