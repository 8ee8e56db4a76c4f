using System.Collections.Generic;
using System.IO;
using System.Text.Json;

namespace AwsCodegen.Cli.Output;

/// <summary>
/// aws-cli's text output (awscli/text.py), written as it goes, line by line:
/// <list type="bullet">
/// <item>a scalar is its str() on a line (None, True, False as Python spells them);</item>
/// <item>a dict prints its scalar values on one line, tab-separated, in sorted key order (code point order), led by
/// the upper-cased key it sits under (if any); then each non-scalar member, sorted by key, under its own key; the key
/// order of the document does not matter;</item>
/// <item>a list holding any dict prints each element with the sorted union of the dicts' scalar keys as columns (a
/// missing key is an empty field; a key that is scalar in one element and not in another prints the other's
/// repr()); a non-dict element in such a list is Python's AttributeError ('str' object has no attribute 'items'),
/// raised before that list prints anything;</item>
/// <item>a list of scalars prints on one line, tab-separated, or one "KEY\tvalue" line each under a key; a list mixing
/// scalars and lists prints the scalars first, then each list;</item>
/// <item>empty lists and dicts with no scalars print nothing of their own.</item>
/// </list>
/// </summary>
internal static class TextOutput
{
    public static void Write(JsonElement item, TextWriter output) => Format(item, output, null, null);

    private static void Format(JsonElement item, TextWriter output, string? identifier, List<string>? scalarKeys)
    {
        switch (item.ValueKind)
        {
            case JsonValueKind.Object:
                FormatDict(item, output, identifier, scalarKeys);
                break;
            case JsonValueKind.Array:
                FormatList(item, output, identifier);
                break;
            default:
                output.Write(PythonText.Str(item));
                output.Write('\n');
                break;
        }
    }

    private static void FormatList(JsonElement list, TextWriter output, string? identifier)
    {
        if (list.GetArrayLength() == 0) return;
        bool anyDict = false, anyList = false;
        foreach (var el in list.EnumerateArray())
        {
            anyDict |= el.ValueKind == JsonValueKind.Object;
            anyList |= el.ValueKind == JsonValueKind.Array;
        }
        if (anyDict)
        {
            var allKeys = AllScalarKeys(list);
            foreach (var el in list.EnumerateArray()) Format(el, output, identifier, allKeys);
        }
        else if (anyList)
        {
            var scalars = new List<JsonElement>();
            foreach (var el in list.EnumerateArray())
                if (PythonText.IsScalar(el)) scalars.Add(el);
            if (scalars.Count > 0) FormatScalarList(scalars, output, identifier);
            foreach (var el in list.EnumerateArray())
                if (!PythonText.IsScalar(el)) Format(el, output, identifier, null);
        }
        else
        {
            FormatScalarList([.. list.EnumerateArray()], output, identifier);
        }
    }

    private static void FormatScalarList(List<JsonElement> elements, TextWriter output, string? identifier)
    {
        if (identifier is not null)
        {
            var upper = PythonText.Upper(identifier);
            foreach (var el in elements)
            {
                output.Write(upper);
                output.Write('\t');
                output.Write(PythonText.Str(el));
                output.Write('\n');
            }
            return;
        }
        for (var i = 0; i < elements.Count; i++)
        {
            if (i > 0) output.Write('\t');
            output.Write(PythonText.Str(elements[i]));
        }
        output.Write('\n');
    }

    private static void FormatDict(JsonElement dict, TextWriter output, string? identifier, List<string>? scalarKeys)
    {
        var scalars = new List<string>();
        var nonScalars = new List<(string Key, JsonElement Value)>();
        if (scalarKeys is null)
        {
            var members = new List<JsonProperty>(dict.EnumerateObject());
            members.Sort((a, b) => PythonText.CompareCodePoints(a.Name, b.Name));
            foreach (var m in members)
            {
                if (PythonText.IsScalar(m.Value)) scalars.Add(PythonText.Str(m.Value));
                else nonScalars.Add((m.Name, m.Value));
            }
        }
        else
        {
            foreach (var key in scalarKeys)
                scalars.Add(dict.TryGetProperty(key, out var v) ? PythonText.Str(v) : "");
            var known = new HashSet<string>(scalarKeys, System.StringComparer.Ordinal);
            var remaining = new List<JsonProperty>();
            foreach (var m in dict.EnumerateObject())
                if (!known.Contains(m.Name)) remaining.Add(m);
            remaining.Sort((a, b) => PythonText.CompareCodePoints(a.Name, b.Name));
            foreach (var m in remaining) nonScalars.Add((m.Name, m.Value));
        }
        if (scalars.Count > 0)
        {
            if (identifier is not null) scalars.Insert(0, PythonText.Upper(identifier));
            output.Write(string.Join('\t', scalars));
            output.Write('\n');
        }
        foreach (var (key, value) in nonScalars) Format(value, output, key, null);
    }

    private static List<string> AllScalarKeys(JsonElement list)
    {
        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var el in list.EnumerateArray())
        {
            if (el.ValueKind != JsonValueKind.Object)
                throw new FormatterException($"'{PythonText.TypeName(el)}' object has no attribute 'items'");
            foreach (var m in el.EnumerateObject())
                if (PythonText.IsScalar(m.Value)) seen.Add(m.Name);
        }
        var keys = new List<string>(seen);
        keys.Sort(PythonText.CodePointOrder);
        return keys;
    }
}
