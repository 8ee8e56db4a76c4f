using System;
using System.Globalization;

namespace AwsCodegen.Cli.S3;

/// <summary>Times as ls shows them: in the command's local time zone (TZ of its environment, else the host's), to the second.</summary>
internal static class LocalTime
{
    public static TimeZoneInfo ZoneOf(Func<string, string?> env)
    {
        if (env("TZ") is { Length: > 0 } tz)
        {
            string id = tz.TrimStart(':');
            try
            {
                return TimeZoneInfo.FindSystemTimeZoneById(id);
            }
            catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
            {
                return TimeZoneInfo.Utc;
            }
        }
        return TimeZoneInfo.Local;
    }

    /// <summary>"2026-12-03 13:43:05".</summary>
    public static string Format(DateTimeOffset? time, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(time ?? DateTimeOffset.UnixEpoch, zone);
        return local.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
    }
}
