using System;
using System.Collections.Generic;
using AwsCodegen.Cli.Engine;

namespace AwsCodegen.Cli.S3;

/// <summary>The parsed arguments of one <c>s3</c> subcommand: its paths, flags, valued options and filters in order.</summary>
internal sealed class S3Arguments
{
    public List<string> Paths { get; } = new();
    public HashSet<string> Flags { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, string> Values { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, List<string>> Lists { get; } = new(StringComparer.Ordinal);

    /// <summary>--include and --exclude in the order given: later ones win (aws-cli's filter order).</summary>
    public List<FilterRule> Filters { get; } = new();

    public bool Has(string flag) => Flags.Contains(flag);

    public string? Value(string name) => Values.TryGetValue(name, out var value) ? value : null;

    /// <summary>
    /// argparse as aws-cli's s3 commands use it: options anywhere, "--name value" or "--name=value", positionals
    /// counted against <paramref name="maxPaths"/>; what is left over is reported as "Unknown options".
    /// </summary>
    public static S3Arguments Parse(IReadOnlyList<string> tokens, S3CommandSpec spec)
    {
        var parsed = new S3Arguments();
        var unknown = new List<string>();
        for (int i = 0; i < tokens.Count; i++)
        {
            string token = tokens[i];
            if (!token.StartsWith("--", StringComparison.Ordinal) || token.Length == 2)
            {
                if (token == "--")
                {
                    for (i++; i < tokens.Count; i++) AddPath(parsed, tokens[i], spec, unknown);
                    break;
                }
                if (GlobalOptionParser.LooksLikeOption(token)) unknown.Add(token);
                else AddPath(parsed, token, spec, unknown);
                continue;
            }
            string name = token[2..];
            string? inline = null;
            int equals = name.IndexOf('=');
            if (equals >= 0)
            {
                inline = name[(equals + 1)..];
                name = name[..equals];
            }
            if (spec.IsFlag(name))
            {
                if (inline is not null) throw CliException.Usage($"argument --{name}: ignored explicit argument '{inline}'");
                parsed.Flags.Add(name);
                continue;
            }
            if (spec.IsList(name))
            {
                var values = parsed.Lists.TryGetValue(name, out var list) ? list : parsed.Lists[name] = new List<string>();
                if (inline is not null) values.Add(inline);
                else
                {
                    int before = values.Count;
                    while (i + 1 < tokens.Count && !GlobalOptionParser.LooksLikeOption(tokens[i + 1])) values.Add(tokens[++i]);
                    if (values.Count == before) throw CliException.Usage($"argument --{name}: expected at least one argument");
                }
                continue;
            }
            if (!spec.IsValued(name))
            {
                unknown.Add(token);
                continue;
            }
            string value;
            if (inline is not null) value = inline;
            else if (i + 1 < tokens.Count && !GlobalOptionParser.LooksLikeOption(tokens[i + 1])) value = tokens[++i];
            else if (name == "request-payer") value = "requester";
            else throw CliException.Usage($"argument --{name}: expected one argument");
            if (name is "include" or "exclude") parsed.Filters.Add(new FilterRule(name == "include", value));
            else parsed.Values[name] = value;
        }
        if (parsed.Paths.Count < spec.MinPaths) throw CliException.Usage("the following arguments are required: " + spec.PathsName);
        if (unknown.Count > 0) throw new CliException(ExitCodes.Usage, ErrorStyle.Message, "Unknown options: " + string.Join(", ", unknown));
        return parsed;
    }

    private static void AddPath(S3Arguments parsed, string token, S3CommandSpec spec, List<string> unknown)
    {
        if (parsed.Paths.Count < spec.MaxPaths) parsed.Paths.Add(token);
        else unknown.Add(token);
    }

    /// <summary>An integer option's value, with argparse's complaint when it is not one.</summary>
    public int? Integer(string name)
    {
        if (Value(name) is not { } text) return null;
        return int.TryParse(text.Trim(), System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out int value)
            ? value : throw CliException.Usage($"argument --{name}: invalid int value: '{text}'");
    }
}

/// <summary>One --include or --exclude.</summary>
internal readonly record struct FilterRule(bool Include, string Pattern);
