using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using AwsCodegen.Cli.Parameters;
using AwsCodegen.Generated;
using AwsCodegen.Runtime.Descriptors;
using NUnit.Framework;

namespace AwsCodegen.Cli.Tests.Parameters;

/// <summary>
/// Our parameter handling against aws-cli's own (unpack_with_awscli.py runs aws-cli 1.45.11 and botocore on the same
/// cases): values compared as Python's json.dumps text (so int, float, str and bytes must agree), errors word for word.
/// </summary>
public sealed class AwsCliDifferentialTests
{
    public static IEnumerable<TestCaseData> UnpackCases() =>
        AwsCliDriver.Cases("unpack_cases.jsonl").Select((c, i) => new TestCaseData(i, c).SetName($"Unpack {i:000} {Shorten(c)}"));

    public static IEnumerable<TestCaseData> ValidateCases() =>
        AwsCliDriver.Cases("validate_cases.jsonl").Select((c, i) => new TestCaseData(i, c).SetName($"Validate {i:000} {Shorten(c)}"));

    public static IEnumerable<TestCaseData> SkeletonCases() =>
        AwsCliDriver.Cases("skeleton_cases.jsonl").Select((c, i) => new TestCaseData(i, c).SetName($"Skeleton {i:000} {Shorten(c)}"));

    private static string Shorten(string c) => (c.Length > 70 ? c[..70] : c).Replace("\"", "'").Replace("\\", "/").Replace(".", "_").Replace("(", "<").Replace(")", ">");

    private static OperationDescriptor Operation(string service, string operation) =>
        AwsServiceIndex.Find(service)?.Descriptor.FindOperationByCliName(operation)
        ?? throw new AssertionException($"no {service} {operation}");

    internal static ParameterContext Context() => new(AwsCliDriver.Fixtures, environment: name => name == "HOME" ? "/nonexistent-home" : null);

    [TestCaseSource(nameof(UnpackCases))]
    public void Unpacks_as_aws_cli(int index, string caseLine)
    {
        string expected = AwsCliDriver.Results("unpack", "unpack_cases.jsonl")[index];
        var parts = AwsCliDriver.Strings(caseLine);
        var op = Operation(parts[0], parts[1]);
        string param = parts[2];
        var tokens = parts[3..];
        var member = op.Input.Members.FirstOrDefault(m => m.CliName == param);
        bool negated = false;
        if (member is null)
        {
            member = op.Input.Members.FirstOrDefault(m => m.NegatedCliName == param);
            negated = member is not null;
        }
        string actual;
        if (member is null) actual = Line("error", new CliString($"no parameter --{param}"));
        else
        {
            try
            {
                actual = Line("value", Tagged(ParameterValue.Unpack(op, member, tokens, Context(), negated)));
            }
            catch (ParameterException e)
            {
                actual = Line("error", new CliString(e.Message));
                Assert.That(e.ExitCode, Is.EqualTo(252));
            }
        }
        Assert.That(actual, Is.EqualTo(expected), caseLine);
    }

    [TestCaseSource(nameof(ValidateCases))]
    public void Validates_as_botocore(int index, string caseLine)
    {
        string expected = AwsCliDriver.Results("validate", "validate_cases.jsonl")[index];
        var parts = AwsCliDriver.Strings(caseLine);
        var op = Operation(parts[0], parts[1]);
        var report = ParamValidator.Validate(PythonJson.Parse(parts[2], ordered: false), op.Input);
        Assert.That(Line("report", new CliString(string.Join("\n", report))), Is.EqualTo(expected), caseLine);
    }

    [TestCaseSource(nameof(SkeletonCases))]
    public void Generates_the_skeleton_aws_cli_prints(int index, string caseLine)
    {
        using var expected = JsonDocument.Parse(AwsCliDriver.Results("skeleton", "skeleton_cases.jsonl")[index]);
        Assert.That(expected.RootElement.GetProperty("rc").GetInt32(), Is.EqualTo(0), expected.RootElement.GetProperty("stderr").GetString());
        var parts = AwsCliDriver.Strings(caseLine);
        var op = Operation(parts[0], parts[1]);
        string actual = parts[2] == "output"
            ? PythonJsonWriter.Dumps(CliSkeleton.Generate(op.Output, useMemberNames: true), indent: 4, ensureAscii: false) + "\n"
            : CliSkeleton.InputJson(op);
        Assert.That(actual, Is.EqualTo(expected.RootElement.GetProperty("stdout").GetString()));
    }

    /// <summary>The driver's line: <c>{"key": json.dumps(value)}</c>.</summary>
    private static string Line(string key, CliValue value)
    {
        var map = new CliMap();
        map.Set(key, value);
        return PythonJsonWriter.Dumps(map, indent: null, ensureAscii: true);
    }

    /// <summary>Bytes as the driver tags them: {"__bytes__": base64}.</summary>
    private static CliValue Tagged(CliValue value)
    {
        switch (value)
        {
            case CliBytes b:
                var tag = new CliMap();
                tag.Set("__bytes__", new CliString(Convert.ToBase64String(b.Value)));
                return tag;
            case CliList list:
                return new CliList(list.Items.Select(Tagged).ToList());
            case CliMap map:
                var copy = new CliMap();
                foreach (var (k, v) in map.Entries) copy.Set(k, Tagged(v));
                return copy;
            default:
                return value;
        }
    }
}
