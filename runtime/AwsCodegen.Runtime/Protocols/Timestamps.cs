using System;
using System.Globalization;

namespace AwsCodegen.Runtime.Protocols;

/// <summary>Formats and parses timestamps in every format AWS uses, always in UTC and the invariant culture.</summary>
public static class Timestamps
{
    private static readonly string[] Iso8601Formats =
    {
        "yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd'T'HH:mm'Z'", "yyyyMMdd'T'HHmmss'Z'",
    };

    public static string Format(DateTimeOffset value, TimestampFormat format)
    {
        var utc = value.ToUniversalTime();
        return format switch
        {
            TimestampFormat.HttpDate => utc.ToString("ddd, dd MMM yyyy HH:mm:ss 'GMT'", CultureInfo.InvariantCulture),
            TimestampFormat.EpochSeconds => FormatEpochSeconds(utc),
            _ => utc.Millisecond == 0
                ? utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)
                : utc.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
        };
    }

    /// <summary>Whole seconds as an integer, otherwise up to three decimals.</summary>
    public static string FormatEpochSeconds(DateTimeOffset value)
    {
        long ms = value.ToUnixTimeMilliseconds();
        if (ms % 1000 == 0) return (ms / 1000).ToString(CultureInfo.InvariantCulture);
        return (ms / 1000.0).ToString("0.###", CultureInfo.InvariantCulture);
    }

    public static double ToEpochSeconds(DateTimeOffset value) => value.ToUnixTimeMilliseconds() / 1000.0;

    public static DateTimeOffset FromEpochSeconds(double seconds) =>
        DateTimeOffset.FromUnixTimeMilliseconds((long)Math.Round(seconds * 1000, MidpointRounding.AwayFromZero));

    /// <summary>Parses any of the three formats; services are not always consistent about which they send.</summary>
    public static DateTimeOffset Parse(string text)
    {
        if (TryParse(text, out var value)) return value;
        throw new FormatException($"'{text}' is not a timestamp in ISO 8601, HTTP-date or epoch-seconds form.");
    }

    public static bool TryParse(string text, out DateTimeOffset value)
    {
        text = text.Trim();
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double seconds))
        {
            value = FromEpochSeconds(seconds);
            return true;
        }
        if (DateTimeOffset.TryParseExact(text, Iso8601Formats, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out value))
            return true;
        if (DateTimeOffset.TryParseExact(text, "r", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out value))
            return true;
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out value);
    }
}
