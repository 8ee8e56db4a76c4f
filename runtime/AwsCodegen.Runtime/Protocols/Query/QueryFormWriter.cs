using System;
using System.Globalization;
using System.Numerics;
using System.Text;
using AwsCodegen.Runtime.Http;

namespace AwsCodegen.Runtime.Protocols.Query;

/// <summary>
/// Builds the form body of the query and ec2 protocols: <c>Action=Op&amp;Version=v&amp;Key.Path=value...</c>.
/// Generated writers pass model names (member names, list item names, map key/value names) and this class owns the
/// rules that join them into keys (dots, <c>.N</c> indexes, <c>entry</c>) and that spell values as text.
/// Keys are built as plain strings: a form is a flat list of strings anyway, so a prefix string per nesting level is
/// the cheapest scope there is.
/// </summary>
public sealed class QueryFormWriter
{
    /// <summary>Sent without a charset parameter: the protocol tests expect the bare media type, and the body is ASCII after escaping.</summary>
    public const string ContentType = "application/x-www-form-urlencoded";

    private readonly StringBuilder _body = new(256);
    private readonly bool _writeEmptyLists;

    private QueryFormWriter(string action, string version, bool writeEmptyLists)
    {
        _writeEmptyLists = writeEmptyLists;
        Add("Action", action);
        Add("Version", version);
    }

    /// <summary>The query protocol: an empty list is sent as <c>Name=</c>, so that the service can tell it from an unset one.</summary>
    public static QueryFormWriter ForQuery(string action, string version) => new(action, version, writeEmptyLists: true);

    /// <summary>The ec2 protocol: an empty list is not sent at all.</summary>
    public static QueryFormWriter ForEc2(string action, string version) => new(action, version, writeEmptyLists: false);

    /// <summary>The key of a member inside a structure at <paramref name="prefix"/> ("" at the top level).</summary>
    public static string Member(string prefix, string name) => prefix.Length == 0 ? name : prefix + "." + name;

    /// <summary>The key of the 1-based item <paramref name="index"/> of a list: <c>prefix.item.N</c>, or <c>prefix.N</c> when flattened (no item name).</summary>
    public static string ListItem(string prefix, string? itemName, int index)
    {
        string n = index.ToString(CultureInfo.InvariantCulture);
        return itemName is null ? prefix + "." + n : prefix + "." + itemName + "." + n;
    }

    /// <summary>The prefix of the 1-based entry <paramref name="index"/> of a map: <c>prefix.entry.N</c>, or <c>prefix.N</c> when flattened.</summary>
    public static string MapEntry(string prefix, bool flattened, int index)
    {
        string n = index.ToString(CultureInfo.InvariantCulture);
        return flattened ? prefix + "." + n : prefix + ".entry." + n;
    }

    /// <summary>An empty list: <c>prefix=</c> in the query protocol, nothing in ec2.</summary>
    public void EmptyList(string prefix)
    {
        if (_writeEmptyLists) Add(prefix, "");
    }

    public void Add(string key, string value)
    {
        if (_body.Length > 0) _body.Append('&');
        _body.Append(FormEncode(key)).Append('=').Append(FormEncode(value));
    }

    /// <summary>
    /// RFC 3986 escaping, except that a space is '+' (application/x-www-form-urlencoded, as botocore sends it). AWS
    /// takes either; moto checks the signature against the form re-encoded that way, so %20 would fail there.
    /// An encoded "%20" can only come from a space: a literal '%' is escaped to %25.
    /// </summary>
    private static string FormEncode(string text)
    {
        string encoded = AwsUri.Encode(text);
        return text.Contains(' ') ? encoded.Replace("%20", "+", StringComparison.Ordinal) : encoded;
    }

    public void Add(string key, bool value) => Add(key, value ? "true" : "false");

    public void Add(string key, long value) => Add(key, value.ToString(CultureInfo.InvariantCulture));

    public void Add(string key, decimal value) => Add(key, value.ToString(CultureInfo.InvariantCulture));

    public void Add(string key, BigInteger value) => Add(key, value.ToString(CultureInfo.InvariantCulture));

    /// <summary>The shortest text that round-trips, and NaN, Infinity, -Infinity for the non-finite values.</summary>
    public void Add(string key, double value) => Add(key, FormatDouble(value));

    public void Add(string key, float value) => Add(key, float.IsFinite(value) ? value.ToString("R", CultureInfo.InvariantCulture) : FormatDouble(value));

    /// <summary>Blobs travel as base64.</summary>
    public void Add(string key, byte[] value) => Add(key, Convert.ToBase64String(value));

    /// <summary>ISO 8601 unless the model says otherwise.</summary>
    public void Add(string key, DateTimeOffset value, TimestampFormat format) =>
        Add(key, Timestamps.Format(value, format == TimestampFormat.Default ? TimestampFormat.Iso8601 : format));

    /// <summary>The body as request content.</summary>
    public RequestContent ToContent() => RequestContent.FromBytes(Encoding.UTF8.GetBytes(_body.ToString()), ContentType);

    public override string ToString() => _body.ToString();

    private static string FormatDouble(double value) =>
        double.IsNaN(value) ? "NaN"
        : double.IsPositiveInfinity(value) ? "Infinity"
        : double.IsNegativeInfinity(value) ? "-Infinity"
        : value.ToString("R", CultureInfo.InvariantCulture);
}
