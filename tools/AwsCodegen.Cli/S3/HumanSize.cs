using System;
using System.Globalization;

namespace AwsCodegen.Cli.S3;

/// <summary>Sizes as aws-cli writes and reads them: base-2 units, "1 Byte", "10 Bytes", "1.0 KiB", "8MB" = 8 MiB.</summary>
internal static class HumanSize
{
    private static readonly string[] s_suffixes = { "KiB", "MiB", "GiB", "TiB", "PiB", "EiB" };

    public static string Format(long value)
    {
        const double Base = 1024;
        double bytes = value;
        if (value == 1) return "1 Byte";
        if (bytes < Base) return value.ToString(CultureInfo.InvariantCulture) + " Bytes";
        for (int i = 0; i < s_suffixes.Length; i++)
        {
            double unit = Math.Pow(Base, i + 2);
            if (Math.Round(bytes / unit * Base, MidpointRounding.ToEven) < Base || i == s_suffixes.Length - 1)
                return Math.Round(Base * bytes / unit, 1, MidpointRounding.ToEven).ToString("F1", CultureInfo.InvariantCulture) + " " + s_suffixes[i];
        }
        return value.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>"10MB", "8MiB", "1024": a size in bytes; null when it is not one.</summary>
    public static long? Parse(string text)
    {
        string value = text.Trim().ToLowerInvariant();
        string suffix = value.EndsWith("ib", StringComparison.Ordinal) && value.Length >= 3 ? value[^3..] : value.Length >= 2 ? value[^2..] : "";
        long multiplier = suffix switch
        {
            "kb" or "kib" => 1L << 10,
            "mb" or "mib" => 1L << 20,
            "gb" or "gib" => 1L << 30,
            "tb" or "tib" => 1L << 40,
            _ => 0,
        };
        if (multiplier == 0)
            return long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long plain) ? plain : null;
        return long.TryParse(value[..^suffix.Length], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long number) ? number * multiplier : null;
    }
}
