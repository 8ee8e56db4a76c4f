using System;
using System.Globalization;
using System.Text.Json;

namespace AwsCodegen.Runtime.Documents;

/// <summary>
/// Writes scalars read from text (XML, headers) or converted from JSON as the document carries them: integers as
/// integers, floats in Python's form (<see cref="PythonFloat"/>), so that the CLI prints what aws-cli prints.
/// </summary>
internal static class ScalarText
{
    /// <summary>An integer shape's value from text (Python's int()); text that is not one is kept as a string.</summary>
    public static void WriteInteger(Utf8JsonWriter writer, string text)
    {
        string trimmed = text.Trim();
        if (long.TryParse(trimmed, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long value)) writer.WriteNumberValue(value);
        else if (System.Numerics.BigInteger.TryParse(trimmed, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var big))
            writer.WriteRawValue(big.ToString(CultureInfo.InvariantCulture), skipInputValidation: true);
        else writer.WriteStringValue(text);
    }

    /// <summary>A float shape's value from text (Python's float()); text that is not one is kept as a string.</summary>
    public static void WriteFloat(Utf8JsonWriter writer, string text)
    {
        string trimmed = text.Trim();
        double value;
        if (string.Equals(trimmed, "NaN", StringComparison.OrdinalIgnoreCase) || string.Equals(trimmed, "Infinity", StringComparison.OrdinalIgnoreCase) ||
            string.Equals(trimmed, "-Infinity", StringComparison.OrdinalIgnoreCase) || string.Equals(trimmed, "inf", StringComparison.OrdinalIgnoreCase) ||
            string.Equals(trimmed, "-inf", StringComparison.OrdinalIgnoreCase))
        {
            writer.WriteStringValue(PythonFloat.Format(trimmed.StartsWith('-') ? double.NegativeInfinity : trimmed.Length == 3 && trimmed[0] is 'n' or 'N' ? double.NaN : double.PositiveInfinity));
            return;
        }
        if (double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value))
            writer.WriteRawValue(PythonFloat.Format(value), skipInputValidation: true);
        else writer.WriteStringValue(text);
    }

    /// <summary>int() of a JSON value: a number (truncated when it has a fraction) or numeric text.</summary>
    public static void WriteInteger(Utf8JsonWriter writer, JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Number)
        {
            if (value.TryGetInt64(out long whole)) writer.WriteNumberValue(whole);
            else if (value.TryGetDouble(out double d) && Math.Abs(d) < 9.2e18) writer.WriteNumberValue((long)Math.Truncate(d));
            else value.WriteTo(writer);
        }
        else if (value.ValueKind == JsonValueKind.String) WriteInteger(writer, value.GetString()!);
        else value.WriteTo(writer);
    }

    /// <summary>float() of a JSON value.</summary>
    public static void WriteFloat(Utf8JsonWriter writer, JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out double d)) writer.WriteRawValue(PythonFloat.Format(d), skipInputValidation: true);
        else if (value.ValueKind == JsonValueKind.String) WriteFloat(writer, value.GetString()!);
        else value.WriteTo(writer);
    }

    /// <summary>A boolean from text, as botocore reads one: "true" (any case) is true, anything else false.</summary>
    public static void WriteBoolean(Utf8JsonWriter writer, string text) =>
        writer.WriteBooleanValue(string.Equals(text.Trim(), "true", StringComparison.OrdinalIgnoreCase));
}
