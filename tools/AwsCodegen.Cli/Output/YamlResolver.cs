using System.Text.RegularExpressions;

namespace AwsCodegen.Cli.Output;

/// <summary>
/// Whether a string would read back as something other than a string if written plain: ruamel.yaml's Resolver with
/// its YAML 1.2 implicit resolvers (bool true/false only, so "yes" and "on" stay plain; int with 0b, 0o, 0x and
/// underscores; float; null and ~; the empty string; timestamps; "&lt;&lt;" and "="), picked by the first character
/// as ruamel does. Such a string is quoted.
/// </summary>
internal static partial class YamlResolver
{
    public static bool IsPlainString(string value)
    {
        if (value.Length == 0) return !Null().IsMatch(value);
        return value[0] switch
        {
            't' or 'T' or 'f' or 'F' => !Bool().IsMatch(value),
            '-' or '+' => !Float().IsMatch(value) && !Int().IsMatch(value),
            '.' => !Float().IsMatch(value),
            >= '0' and <= '9' => !Float().IsMatch(value) && !Int().IsMatch(value) && !Timestamp().IsMatch(value),
            '<' => !Merge().IsMatch(value),
            '~' or 'n' or 'N' => !Null().IsMatch(value),
            '=' => value != "=" && value != "=\n",
            '!' or '&' or '*' => !YamlTag().IsMatch(value),
            _ => true,
        };
    }

    [GeneratedRegex(@"^(?:true|True|TRUE|false|False|FALSE)$", RegexOptions.CultureInvariant)]
    private static partial Regex Bool();

    [GeneratedRegex(@"^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+]?[0-9]+)?|[-+]?(?:[0-9][0-9_]*)(?:[eE][-+]?[0-9]+)|[-+]?\.[0-9_]+(?:[eE][-+][0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$", RegexOptions.CultureInvariant)]
    private static partial Regex Float();

    [GeneratedRegex(@"^(?:[-+]?0b[0-1_]+|[-+]?0o?[0-7_]+|[-+]?[0-9_]+|[-+]?0x[0-9a-fA-F_]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex Int();

    [GeneratedRegex(@"^(?:<<)$", RegexOptions.CultureInvariant)]
    private static partial Regex Merge();

    [GeneratedRegex(@"^(?:~|null|Null|NULL|)$", RegexOptions.CultureInvariant)]
    private static partial Regex Null();

    [GeneratedRegex(@"^(?:[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]|[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?(?:[Tt]|[ \t]+)[0-9][0-9]?:[0-9][0-9]:[0-9][0-9](?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?)$", RegexOptions.CultureInvariant)]
    private static partial Regex Timestamp();

    [GeneratedRegex(@"^(?:!|&|\*)$", RegexOptions.CultureInvariant)]
    private static partial Regex YamlTag();
}
