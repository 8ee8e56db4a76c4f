using System;
using System.Globalization;

namespace AwsCodegen.Cli.Parameters;

/// <summary>
/// Whether a value is a timestamp botocore accepts (parse_to_aware_datetime): epoch seconds as a number or numeric
/// text, or a date text (ISO 8601 and the other forms dateutil reads; approximated by .NET's invariant parser).
/// </summary>
public static class TimestampText
{
    public static bool IsValid(CliValue value) => value switch
    {
        CliInt or CliFloat or CliBool => true,
        CliString s => IsValid(s.Value),
        _ => false,
    };

    public static bool IsValid(string text)
    {
        string trimmed = text.Trim();
        if (trimmed.Length == 0) return false;
        if (double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out _)) return true;
        return DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out _);
    }
}
