using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using AwsCodegen.Runtime.Errors;
using AwsCodegen.Runtime.Http;

namespace AwsCodegen.Runtime.Protocols.Rest;

/// <summary>The HTTP-binding rules of the REST protocols: URI labels, query values, header text, header maps.</summary>
public static class RestBinding
{
    /// <summary>An encoded URI label. Labels are required and must not be empty; a greedy label keeps its slashes.</summary>
    public static string Label(string? value, string operation, string member, bool greedy)
    {
        if (string.IsNullOrEmpty(value))
            throw new AwsClientException($"{operation}: {member} is required and must not be empty, because it is part of the request URI.");
        return AwsUri.Encode(value, keepSlash: greedy);
    }

    /// <summary>"/hostedzone/Z1" becomes "Z1": ids a service returns as paths but expects bare in a label.</summary>
    public static string LastPathSegment(string value) => value.Substring(value.LastIndexOf('/') + 1);

    /// <summary>A host label for an endpoint host prefix: must be a valid DNS label.</summary>
    public static string HostLabel(string? value, string operation, string member)
    {
        if (string.IsNullOrEmpty(value))
            throw new AwsClientException($"{operation}: {member} is required and must not be empty, because it is part of the host name.");
        foreach (char c in value)
            if (!(char.IsAsciiLetterOrDigit(c) || c == '-' || c == '.'))
                throw new AwsClientException($"{operation}: {member} ('{value}') must be a valid host label (letters, digits and hyphens).");
        return value;
    }

    public static string ToText(bool value) => value ? "true" : "false";
    public static string ToText(int value) => value.ToString(CultureInfo.InvariantCulture);
    public static string ToText(long value) => value.ToString(CultureInfo.InvariantCulture);
    public static string ToText(short value) => value.ToString(CultureInfo.InvariantCulture);
    public static string ToText(sbyte value) => value.ToString(CultureInfo.InvariantCulture);
    public static string ToText(decimal value) => value.ToString(CultureInfo.InvariantCulture);
    public static string ToText(System.Numerics.BigInteger value) => value.ToString(CultureInfo.InvariantCulture);
    public static string ToText(float value) => float.IsFinite(value) ? value.ToString(CultureInfo.InvariantCulture) : ToText((double)value);

    public static string ToText(double value)
    {
        if (double.IsNaN(value)) return "NaN";
        if (double.IsPositiveInfinity(value)) return "Infinity";
        if (double.IsNegativeInfinity(value)) return "-Infinity";
        return value.ToString("R", CultureInfo.InvariantCulture);
    }

    public static string FormatTimestamp(DateTimeOffset value, TimestampFormat format) => Timestamps.Format(value, format);

    /// <summary>A jsonvalue header carries its JSON base64-encoded.</summary>
    public static string JsonValueHeader(string json) => Convert.ToBase64String(Encoding.UTF8.GetBytes(json));

    public static string ParseJsonValueHeader(string header) => Encoding.UTF8.GetString(Convert.FromBase64String(header));

    /// <summary>A list header: items joined by ", ", quoting items that contain a comma or a quote.</summary>
    public static string JoinHeaderValues(IEnumerable<string> values)
    {
        var sb = new StringBuilder();
        foreach (var value in values)
        {
            if (sb.Length > 0) sb.Append(", ");
            if (value.IndexOf(',') >= 0 || value.IndexOf('"') >= 0)
                sb.Append('"').Append(value.Replace("\\", "\\\\").Replace("\"", "\\\"")).Append('"');
            else
                sb.Append(value);
        }
        return sb.ToString();
    }

    public static string JoinHttpDates(IEnumerable<string> values) => string.Join(", ", values);

    /// <summary>Splits a list header on commas outside quotes, unquoting quoted items.</summary>
    public static List<string> SplitHeaderValues(string header)
    {
        var items = new List<string>();
        var current = new StringBuilder();
        bool quoted = false, wasQuoted = false;
        for (int i = 0; i < header.Length; i++)
        {
            char c = header[i];
            if (quoted)
            {
                if (c == '\\' && i + 1 < header.Length) current.Append(header[++i]);
                else if (c == '"') quoted = false;
                else current.Append(c);
            }
            else if (c == '"' && current.ToString().Trim().Length == 0)
            {
                current.Clear();
                quoted = true;
                wasQuoted = true;
            }
            else if (c == ',')
            {
                items.Add(wasQuoted ? current.ToString() : current.ToString().Trim());
                current.Clear();
                wasQuoted = false;
            }
            else if (!(wasQuoted && char.IsWhiteSpace(c)))
            {
                current.Append(c);
            }
        }
        items.Add(wasQuoted ? current.ToString() : current.ToString().Trim());
        return items;
    }

    /// <summary>A list of HTTP-dates contains commas inside each date, so it splits after every "GMT".</summary>
    public static List<string> SplitHttpDateList(string header)
    {
        var items = new List<string>();
        int start = 0;
        while (start < header.Length)
        {
            int gmt = header.IndexOf("GMT", start, StringComparison.Ordinal);
            int end = gmt < 0 ? header.Length : gmt + 3;
            string item = header.Substring(start, end - start).Trim().TrimStart(',').Trim();
            if (item.Length > 0) items.Add(item);
            start = end;
        }
        return items;
    }

    public static bool ParseBoolean(string text) => bool.Parse(text.Trim());

    public static long ParseInt64(string text) => long.Parse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture);

    public static double ParseDouble(string text) => Json.JsonWire.ParseDouble(text.Trim());

    public static DateTimeOffset ParseTimestamp(string text) => Timestamps.Parse(text);

    /// <summary>Every header with the prefix, keyed by the rest of its name; null when there are none.</summary>
    public static Dictionary<string, string>? ReadHeaderMap(HeaderList headers, string prefix)
    {
        Dictionary<string, string>? map = null;
        foreach (var header in headers)
        {
            if (header.Key.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                map ??= new Dictionary<string, string>(StringComparer.Ordinal);
                map[header.Key.Substring(prefix.Length)] = header.Value;
            }
        }
        return map;
    }

    /// <summary>A map bound to the query string: each entry becomes a parameter unless a modeled member already set it.</summary>
    public static void AddQueryMap(AwsHttpRequest request, IDictionary<string, string> map)
    {
        foreach (var entry in map)
            if (!HasQuery(request, entry.Key)) request.Query.Add(new(entry.Key, entry.Value));
    }

    public static void AddQueryListMap(AwsHttpRequest request, IDictionary<string, List<string>> map)
    {
        foreach (var entry in map)
        {
            if (HasQuery(request, entry.Key)) continue;
            foreach (var value in entry.Value) request.Query.Add(new(entry.Key, value));
        }
    }

    private static bool HasQuery(AwsHttpRequest request, string key)
    {
        foreach (var pair in request.Query)
            if (pair.Key == key) return true;
        return false;
    }
}
