using System;
using System.Globalization;
using System.Text;

namespace AwsCodegen.Runtime.Documents;

/// <summary>
/// Formats a double as Python's <c>repr(float)</c> does, which is what aws-cli prints: the shortest text that reads
/// back as the same double, always with a decimal point or an exponent (<c>5.0</c>, <c>0.1</c>, <c>1e+16</c>,
/// <c>1.5e-05</c>). Output documents carry a value Python would hold as a float in this form, so that a value and its
/// type survive the trip through JSON.
/// </summary>
public static class PythonFloat
{
    public static string Format(double value)
    {
        if (double.IsNaN(value)) return "NaN";
        if (double.IsPositiveInfinity(value)) return "Infinity";
        if (double.IsNegativeInfinity(value)) return "-Infinity";
        if (value == 0) return double.IsNegative(value) ? "-0.0" : "0.0";

        // "R" is the shortest round-trip form in .NET Core 3.0 and later, in fixed or E notation.
        string r = value.ToString("R", CultureInfo.InvariantCulture);
        bool negative = r[0] == '-';
        if (negative) r = r.Substring(1);
        int exponent = 0;
        int e = r.IndexOfAny(['E', 'e']);
        if (e >= 0)
        {
            exponent = int.Parse(r.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            r = r.Substring(0, e);
        }
        int dot = r.IndexOf('.');
        string digits = dot < 0 ? r : r.Remove(dot, 1);
        int pointAt = (dot < 0 ? r.Length : dot) + exponent; // the decimal point's position relative to digits[0]
        int leadingZeros = 0;
        while (leadingZeros < digits.Length - 1 && digits[leadingZeros] == '0') leadingZeros++;
        digits = digits.Substring(leadingZeros);
        pointAt -= leadingZeros;
        digits = digits.TrimEnd('0');
        if (digits.Length == 0) digits = "0";

        var text = new StringBuilder(digits.Length + 8);
        if (negative) text.Append('-');
        // Python switches to exponent notation when the decimal exponent is below -4 or at least 16.
        int decimalExponent = pointAt - 1;
        if (decimalExponent < -4 || decimalExponent >= 16)
        {
            text.Append(digits[0]);
            if (digits.Length > 1) text.Append('.').Append(digits, 1, digits.Length - 1);
            text.Append('e').Append(decimalExponent < 0 ? '-' : '+');
            text.Append(Math.Abs(decimalExponent).ToString("00", CultureInfo.InvariantCulture));
        }
        else if (pointAt <= 0)
        {
            text.Append("0.").Append('0', -pointAt).Append(digits);
        }
        else if (pointAt >= digits.Length)
        {
            text.Append(digits).Append('0', pointAt - digits.Length).Append(".0");
        }
        else
        {
            text.Append(digits, 0, pointAt).Append('.').Append(digits, pointAt, digits.Length - pointAt);
        }
        return text.ToString();
    }

    /// <summary>Whether a JSON number's text is one Python's json module reads as a float (it has a point or an exponent).</summary>
    public static bool IsFloatText(ReadOnlySpan<char> number) => number.IndexOfAny('.', 'e', 'E') >= 0;

    /// <summary>Whether a JSON number's UTF-8 text is one Python's json module reads as a float.</summary>
    public static bool IsFloatText(ReadOnlySpan<byte> number) => number.IndexOfAny((byte)'.', (byte)'e', (byte)'E') >= 0;
}
