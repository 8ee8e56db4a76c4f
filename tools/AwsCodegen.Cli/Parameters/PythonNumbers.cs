using System;
using System.Globalization;
using System.Numerics;
using System.Text;

namespace AwsCodegen.Cli.Parameters;

/// <summary>
/// Python's <c>int(value)</c> and <c>float(value)</c> on command-line values, with their error messages
/// ("invalid literal for int() with base 10: 'abc'", "could not convert string to float: 'abc'").
/// </summary>
public static class PythonNumbers
{
    public static bool TryParseInt(string text, out BigInteger value)
    {
        value = default;
        string s = Digits(PythonText.Strip(text));
        if (s.Length == 0) return false;
        int start = s[0] is '+' or '-' ? 1 : 0;
        if (!ValidDigitRun(s, start, s.Length)) return false;
        return BigInteger.TryParse(s.Replace("_", "", StringComparison.Ordinal), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
    }

    public static bool TryParseFloat(string text, out double value)
    {
        value = default;
        string s = Digits(PythonText.Strip(text));
        if (s.Length == 0) return false;
        int i = s[0] is '+' or '-' ? 1 : 0;
        bool negative = s[0] == '-';
        string rest = s[i..].ToLowerInvariant();
        if (rest is "inf" or "infinity") { value = negative ? double.NegativeInfinity : double.PositiveInfinity; return true; }
        if (rest == "nan") { value = double.NaN; return true; }
        // digits [. digits] | . digits, then [e [sign] digits], underscores only between digits.
        int mantissaEnd = s.IndexOfAny(['e', 'E'], i);
        if (mantissaEnd < 0) mantissaEnd = s.Length;
        int dot = s.IndexOf('.', i, mantissaEnd - i);
        int intEnd = dot < 0 ? mantissaEnd : dot;
        bool intPart = intEnd > i, fracPart = dot >= 0 && mantissaEnd > dot + 1;
        if (!intPart && !fracPart) return false;
        if (intPart && !ValidDigitRun(s, i, intEnd)) return false;
        if (fracPart && !ValidDigitRun(s, dot + 1, mantissaEnd)) return false;
        if (mantissaEnd < s.Length)
        {
            int e = mantissaEnd + 1;
            if (e < s.Length && s[e] is '+' or '-') e++;
            if (!ValidDigitRun(s, e, s.Length)) return false;
        }
        return double.TryParse(s.Replace("_", "", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }

    /// <summary><c>int(value)</c> of a parsed value, or the exception text Python gives.</summary>
    public static CliValue Int(CliValue value) => value switch
    {
        CliString s => TryParseInt(s.Value, out var i) ? new CliInt(i) : throw Invalid("invalid literal for int() with base 10: " + PythonRepr.ReprString(s.Value)),
        CliBytes b => TryParseInt(Encoding.Latin1.GetString(b.Value), out var i) ? new CliInt(i) : throw Invalid("invalid literal for int() with base 10: " + PythonRepr.Repr(b)),
        CliInt => value,
        CliBool b => new CliInt(b.Value ? 1 : 0),
        CliFloat f => double.IsFinite(f.Value) ? new CliInt(new BigInteger(Math.Truncate(f.Value))) : throw new PythonException(PythonErrorType.ValueError, "cannot convert float " + (double.IsNaN(f.Value) ? "NaN" : "infinity") + " to integer"),
        _ => throw TypeError("int() argument must be a string, a bytes-like object or a real number, not '" + PythonRepr.TypeName(value) + "'"),
    };

    /// <summary><c>float(value)</c> of a parsed value, or the exception text Python gives.</summary>
    public static CliValue Float(CliValue value) => value switch
    {
        CliString s => TryParseFloat(s.Value, out var d) ? new CliFloat(d) : throw Invalid("could not convert string to float: " + PythonRepr.ReprString(s.Value)),
        CliBytes b => TryParseFloat(Encoding.Latin1.GetString(b.Value), out var d) ? new CliFloat(d) : throw Invalid("could not convert string to float: " + PythonRepr.Repr(b)),
        CliFloat => value,
        CliInt i => new CliFloat((double)i.Value),
        CliBool b => new CliFloat(b.Value ? 1 : 0),
        _ => throw TypeError("float() argument must be a string or a real number, not '" + PythonRepr.TypeName(value) + "'"),
    };

    private static PythonException Invalid(string message) => new(PythonErrorType.ValueError, message);

    private static PythonException TypeError(string message) => new(PythonErrorType.TypeError, message);

    /// <summary>Unicode decimal digits read as ASCII ones, as Python's int() and float() take them.</summary>
    private static string Digits(string s)
    {
        StringBuilder? sb = null;
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c > 0x7f && char.IsDigit(c))
            {
                sb ??= new StringBuilder(s, 0, i, s.Length);
                sb.Append((char)('0' + (int)char.GetNumericValue(c)));
            }
            else sb?.Append(c);
        }
        return sb?.ToString() ?? s;
    }

    /// <summary>One or more ASCII digits, with single underscores only between digits.</summary>
    private static bool ValidDigitRun(string s, int start, int end)
    {
        if (start >= end) return false;
        for (int i = start; i < end; i++)
        {
            char c = s[i];
            if (c == '_')
            {
                if (i == start || i == end - 1 || s[i + 1] == '_') return false;
            }
            else if (c is < '0' or > '9') return false;
        }
        return true;
    }
}
