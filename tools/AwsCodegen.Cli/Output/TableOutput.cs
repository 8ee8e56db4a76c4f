using System.Collections.Generic;
using System.IO;
using System.Text.Json;

namespace AwsCodegen.Cli.Output;

/// <summary>
/// aws-cli's TableFormatter (awscli/formatter.py), which lays out any document without the model:
/// <list type="bullet">
/// <item>a false value (null, false, 0, "", [] or {}) prints nothing; another scalar prints only its title;</item>
/// <item>a dict is a section titled by its key (the operation name at the top): one scalar member is a row
/// "key | value", several are a header row of the sorted keys over one row of values; then each non-scalar member,
/// sorted by key, is a section one level deeper;</item>
/// <item>a list whose first element is a dict is one section with the sorted union of the elements' scalar keys as
/// headers and a row per element (missing keys empty); when the elements have non-scalar members, each element after
/// the first starts a new section with the same title and headers, and its non-scalar members follow it one level
/// deeper;</item>
/// <item>any other list is a row per element: a scalar is a one-cell row, a list of scalars (or a dict, whose keys
/// are iterated) is a row of cells, a list holding lists or dicts goes on into the same section.</item>
/// </list>
/// The whole table is built before anything is written; Python's errors on odd documents (rows of different
/// lengths, a dict-first list with non-dicts) are <see cref="FormatterException"/>s with Python's messages.
/// </summary>
internal sealed class TableOutput
{
    private readonly List<TableSection> _sections = [];
    private TableSection? _current;

    public static void Write(string operationName, JsonElement response, TextWriter output, FormatterOptions options)
    {
        var table = new TableOutput();
        if (table.Build(operationName, response, 0))
            new TableRenderer(output, options.TerminalWidth, options.Color).Render(table._sections);
        // colorama's reset at interpreter exit, which goes to a terminal only.
        if (options.Color && options.StdoutIsTerminal) output.Write("\u001b[0m");
    }

    private TableSection Current => _current ?? throw new FormatterException("'NoneType' object has no attribute 'add_row'");

    private void NewSection(string? title, int indentLevel)
    {
        _current = new TableSection { Title = title, IndentLevel = indentLevel };
        _sections.Add(_current);
    }

    private bool Build(string? title, JsonElement current, int indentLevel)
    {
        if (!PythonText.IsTruthy(current)) return false;
        if (title is not null) NewSection(title, indentLevel);
        if (current.ValueKind == JsonValueKind.Array)
        {
            if (current[0].ValueKind == JsonValueKind.Object)
            {
                BuildFromList(current, indentLevel, title);
            }
            else
            {
                foreach (var item in current.EnumerateArray())
                {
                    if (PythonText.IsScalar(item)) Current.AddRow([PythonText.Str(item)]);
                    else if (item.ValueKind == JsonValueKind.Object) Current.AddRow(Keys(item));
                    else if (AllScalars(item)) Current.AddRow(StrAll(item));
                    else Build(null, item, 0);
                }
            }
        }
        if (current.ValueKind == JsonValueKind.Object) BuildFromDict(current, indentLevel);
        return true;
    }

    private void BuildFromDict(JsonElement current, int indentLevel)
    {
        var (headers, more) = GroupScalarKeys(current);
        if (headers.Count == 1)
        {
            Current.AddRow([headers[0], PythonText.Str(current.GetProperty(headers[0]))]);
        }
        else if (headers.Count > 0)
        {
            Current.AddHeader(headers);
            Current.AddRow(headers.ConvertAll(k => PythonText.Str(current.GetProperty(k))));
        }
        foreach (var key in more) Build(key, current.GetProperty(key), indentLevel + 1);
    }

    private void BuildFromList(JsonElement current, int indentLevel, string? title)
    {
        var headerSet = new HashSet<string>(System.StringComparer.Ordinal);
        var moreSet = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var item in current.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Object) throw NotADict(item);
            var (h, m) = GroupScalarKeys(item);
            headerSet.UnionWith(h);
            moreSet.UnionWith(m);
        }
        var headers = Sorted(headerSet);
        var more = Sorted(moreSet);
        Current.AddHeader(headers);
        var first = true;
        foreach (var element in current.EnumerateArray())
        {
            if (!first && more.Count > 0)
            {
                NewSection(title, indentLevel);
                Current.AddHeader(headers);
            }
            first = false;
            Current.AddRow(headers.ConvertAll(h => element.TryGetProperty(h, out var v) ? PythonText.Str(v) : ""));
            foreach (var key in more)
                if (element.TryGetProperty(key, out var value)) Build(key, value, indentLevel + 1);
        }
    }

    /// <summary>The errors of _group_scalar_keys on a list element that is not a dict, as Python words them.</summary>
    private static FormatterException NotADict(JsonElement item) => item.ValueKind switch
    {
        JsonValueKind.String when item.GetString()!.Length > 0 => new("string indices must be integers, not 'str'"),
        JsonValueKind.String => new("'str' object has no attribute 'get'"),
        JsonValueKind.Array when item.GetArrayLength() == 0 => new("'list' object has no attribute 'get'"),
        JsonValueKind.Array => new($"list indices must be integers or slices, not {PythonText.TypeName(item[0])}"),
        _ => new($"'{PythonText.TypeName(item)}' object is not iterable"),
    };

    private static (List<string> Headers, List<string> More) GroupScalarKeys(JsonElement dict)
    {
        var headers = new List<string>();
        var more = new List<string>();
        foreach (var m in dict.EnumerateObject())
            (PythonText.IsScalar(m.Value) ? headers : more).Add(m.Name);
        headers.Sort(PythonText.CodePointOrder);
        more.Sort(PythonText.CodePointOrder);
        return (headers, more);
    }

    private static List<string> Sorted(HashSet<string> set)
    {
        var list = new List<string>(set);
        list.Sort(PythonText.CodePointOrder);
        return list;
    }

    private static List<string> Keys(JsonElement dict)
    {
        var keys = new List<string>();
        foreach (var m in dict.EnumerateObject()) keys.Add(m.Name);
        return keys;
    }

    private static bool AllScalars(JsonElement list)
    {
        foreach (var el in list.EnumerateArray())
            if (!PythonText.IsScalar(el)) return false;
        return true;
    }

    private static List<string> StrAll(JsonElement list)
    {
        var cells = new List<string>();
        foreach (var el in list.EnumerateArray()) cells.Add(PythonText.Str(el));
        return cells;
    }
}
