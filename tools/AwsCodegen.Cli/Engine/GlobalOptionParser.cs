using System;
using System.Collections.Generic;
using System.Globalization;

namespace AwsCodegen.Cli.Engine;

/// <summary>
/// Takes the global options out of a command line wherever they stand (before or after the service and operation, as
/// argparse's parse_known_args lets aws-cli do) and leaves the rest, in order, for the command. Both <c>--name value</c>
/// and <c>--name=value</c> work.
/// </summary>
public static class GlobalOptionParser
{
    private enum Kind { Flag, Value, Integer }

    private static readonly Dictionary<string, Kind> s_options = new(StringComparer.Ordinal)
    {
        ["debug"] = Kind.Flag, ["endpoint-url"] = Kind.Value, ["no-verify-ssl"] = Kind.Flag, ["no-paginate"] = Kind.Flag,
        ["output"] = Kind.Value, ["query"] = Kind.Value, ["profile"] = Kind.Value, ["region"] = Kind.Value,
        ["version"] = Kind.Flag, ["color"] = Kind.Value, ["no-sign-request"] = Kind.Flag, ["ca-bundle"] = Kind.Value,
        ["cli-read-timeout"] = Kind.Integer, ["cli-connect-timeout"] = Kind.Integer, ["cli-binary-format"] = Kind.Value,
        ["no-cli-pager"] = Kind.Flag,
        // The client reads it (run this command in-process, not in the resident daemon); here it only has to parse.
        ["no-resident"] = Kind.Flag,
    };

    public static readonly string[] OutputChoices = { "json", "text", "table", "yaml", "yaml-stream" };
    private static readonly string[] s_colorChoices = { "on", "off", "auto" };
    private static readonly string[] s_binaryFormatChoices = { "base64", "raw-in-base64-out" };

    public static bool IsGlobalOption(string name) => s_options.ContainsKey(name);

    public static (GlobalOptions Options, List<string> Remaining) Parse(IReadOnlyList<string> arguments)
    {
        var options = new GlobalOptions();
        var rest = new List<string>(arguments.Count);
        for (int i = 0; i < arguments.Count; i++)
        {
            string token = arguments[i];
            if (!token.StartsWith("--", StringComparison.Ordinal) || token.Length == 2)
            {
                rest.Add(token);
                continue;
            }
            string name = token[2..];
            string? inlineValue = null;
            int equals = name.IndexOf('=');
            if (equals >= 0)
            {
                inlineValue = name[(equals + 1)..];
                name = name[..equals];
            }
            if (!s_options.TryGetValue(name, out var kind))
            {
                rest.Add(token);
                continue;
            }
            if (kind == Kind.Flag)
            {
                if (inlineValue is not null) throw CliException.Usage($"argument --{name}: ignored explicit argument '{inlineValue}'");
                options = SetFlag(options, name);
                continue;
            }
            string value = inlineValue ?? (i + 1 < arguments.Count && !LooksLikeOption(arguments[i + 1])
                ? arguments[++i]
                : throw CliException.Usage($"argument --{name}: expected one argument"));
            options = SetValue(options, name, kind, value);
        }
        return (options, rest);
    }

    /// <summary>argparse's test: a token starting with '-' is an option unless it reads as a negative number.</summary>
    public static bool LooksLikeOption(string token) =>
        token.Length > 1 && token[0] == '-' && !double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out _);

    private static GlobalOptions SetFlag(GlobalOptions options, string name) => name switch
    {
        "debug" => options with { Debug = true },
        "no-verify-ssl" => options with { NoVerifySsl = true },
        "no-paginate" => options with { NoPaginate = true },
        "version" => options with { Version = true },
        "no-sign-request" => options with { NoSignRequest = true },
        "no-cli-pager" => options with { NoCliPager = true },
        "no-resident" => options,
        _ => throw new InvalidOperationException(name),
    };

    private static GlobalOptions SetValue(GlobalOptions options, string name, Kind kind, string value)
    {
        int? number = null;
        if (kind == Kind.Integer)
        {
            number = int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int parsed)
                ? parsed : throw CliException.Usage($"argument --{name}: invalid int value: '{value}'");
        }
        return name switch
        {
            "endpoint-url" => options with { EndpointUrl = value },
            "output" => options with { Output = Choice(name, value, OutputChoices) },
            "query" => options with { Query = value },
            "profile" => options with { Profile = value },
            "region" => options with { Region = value },
            "color" => options with { Color = Choice(name, value, s_colorChoices) },
            "ca-bundle" => options with { CaBundle = value },
            "cli-read-timeout" => options with { ReadTimeoutSeconds = number },
            "cli-connect-timeout" => options with { ConnectTimeoutSeconds = number },
            "cli-binary-format" => options with { BinaryFormat = Choice(name, value, s_binaryFormatChoices) },
            _ => throw new InvalidOperationException(name),
        };
    }

    private static string Choice(string name, string value, string[] choices) =>
        Array.IndexOf(choices, value) >= 0 ? value : throw CliException.Usage(Usage.InvalidChoice("--" + name, choices));
}
