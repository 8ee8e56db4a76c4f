using System.Collections.Generic;
using System.Text;
using System.Text.Json;

namespace AwsCodegen.Cli.Output;

/// <summary>
/// One YAML stream with one document, as aws-cli v2 writes it: ruamel.yaml's <c>YAML(typ='safe')</c> with
/// <c>default_flow_style = False</c>, whose dump runs ruamel's SafeRepresenter and its C emitter (libyaml, from
/// ruamel.yaml.clib, which aws-cli v2 ships). So:
/// <list type="bullet">
/// <item>mapping keys sorted (the safe representer sorts plain dicts); block style, indent 2, sequences inside a
/// mapping not indented ("Key:\n- item"), empty lists and mappings as [] and {};</item>
/// <item>null, true, false; numbers as the document has them (ints; floats as repr, lower case);</item>
/// <item>strings plain where libyaml allows and the YAML 1.2 resolver would read a string back
/// (<see cref="YamlResolver"/>), else single-quoted, else double-quoted with libyaml's escapes;</item>
/// <item>lines folded at single spaces past column 80 (counted in characters);</item>
/// <item>keys longer than 128 UTF-8 bytes or spanning lines written as "? key" / ": value";</item>
/// <item>a plain scalar as the whole document ends with the document end marker "...".</item>
/// </list>
/// </summary>
internal sealed class YamlEmitter
{
    private const int BestIndent = 2;
    private const int BestWidth = 80;

    private readonly StringBuilder _out = new();
    private readonly Stack<int> _indents = new();
    private int _indent = -1;
    private int _column;
    private int _flowLevel;
    private bool _whitespace = true;
    private bool _indention = true;
    private bool _openEnded;
    private bool _rootContext, _sequenceContext, _mappingContext, _simpleKeyContext;

    public static string Dump(JsonElement document)
    {
        var e = new YamlEmitter();
        e.EmitNode(document, root: true, sequence: false, mapping: false, simpleKey: false);
        e.WriteIndent();
        if (e._openEnded)
        {
            e.WriteIndicator("...", true, false, false);
            e._openEnded = false;
            e.WriteIndent();
        }
        return e._out.ToString();
    }

    /// <summary>dump([page]): a sequence of one item, for yaml-stream.</summary>
    public static string DumpAsListItem(JsonElement page)
    {
        var e = new YamlEmitter();
        e._rootContext = true;
        e.IncreaseIndent(false, false);
        e.WriteIndent();
        e.WriteIndicator("-", true, false, true);
        e.EmitNode(page, root: false, sequence: true, mapping: false, simpleKey: false);
        e._indent = e._indents.Pop();
        e.WriteIndent();
        return e._out.ToString();
    }

    private void EmitNode(JsonElement node, bool root, bool sequence, bool mapping, bool simpleKey)
    {
        _rootContext = root;
        _sequenceContext = sequence;
        _mappingContext = mapping;
        _simpleKeyContext = simpleKey;
        switch (node.ValueKind)
        {
            case JsonValueKind.Array:
                if (_flowLevel > 0 || node.GetArrayLength() == 0) EmitEmptyFlow("[", "]");
                else EmitBlockSequence(node);
                break;
            case JsonValueKind.Object:
                if (_flowLevel > 0 || !node.EnumerateObject().MoveNext()) EmitEmptyFlow("{", "}");
                else EmitBlockMapping(node);
                break;
            case JsonValueKind.String:
                var s = node.GetString()!;
                EmitScalar(s, YamlResolver.IsPlainString(s));
                break;
            case JsonValueKind.Number:
                var text = node.GetRawText();
                EmitScalar(PythonText.IsFloatText(text) ? text.ToLowerInvariant() : text, true);
                break;
            case JsonValueKind.True:
                EmitScalar("true", true);
                break;
            case JsonValueKind.False:
                EmitScalar("false", true);
                break;
            default:
                EmitScalar("null", true);
                break;
        }
    }

    private void EmitEmptyFlow(string open, string close)
    {
        WriteIndicator(open, true, true, false);
        IncreaseIndent(true, false);
        _flowLevel++;
        _flowLevel--;
        _indent = _indents.Pop();
        WriteIndicator(close, false, false, false);
    }

    private void EmitBlockSequence(JsonElement node)
    {
        IncreaseIndent(false, _mappingContext && !_indention);
        foreach (var item in node.EnumerateArray())
        {
            WriteIndent();
            WriteIndicator("-", true, false, true);
            EmitNode(item, root: false, sequence: true, mapping: false, simpleKey: false);
        }
        _indent = _indents.Pop();
    }

    private void EmitBlockMapping(JsonElement node)
    {
        IncreaseIndent(false, false);
        var members = new List<JsonProperty>(node.EnumerateObject());
        members.Sort((a, b) => PythonText.CompareCodePoints(a.Name, b.Name));
        foreach (var m in members)
        {
            WriteIndent();
            var key = YamlScalarAnalysis.Analyze(m.Name);
            if (!key.Multiline && key.Utf8Length <= 128)
            {
                _rootContext = false;
                _sequenceContext = false;
                _mappingContext = true;
                _simpleKeyContext = true;
                EmitScalar(m.Name, YamlResolver.IsPlainString(m.Name), key);
                WriteIndicator(":", false, false, false);
            }
            else
            {
                WriteIndicator("?", true, false, true);
                _rootContext = false;
                _sequenceContext = false;
                _mappingContext = true;
                _simpleKeyContext = false;
                EmitScalar(m.Name, YamlResolver.IsPlainString(m.Name), key);
                WriteIndent();
                WriteIndicator(":", true, false, true);
            }
            EmitNode(m.Value, root: false, sequence: false, mapping: true, simpleKey: false);
        }
        _indent = _indents.Pop();
    }

    private void EmitScalar(string value, bool plainImplicit, YamlScalarAnalysis? analysis = null)
    {
        var a = analysis ?? YamlScalarAnalysis.Analyze(value);
        // yaml_emitter_select_scalar_style
        var style = 'p';
        if (_simpleKeyContext && a.Multiline) style = '"';
        if (style == 'p')
        {
            if ((_flowLevel > 0 && !a.FlowPlainAllowed) || (_flowLevel == 0 && !a.BlockPlainAllowed)) style = '\'';
            if (a.Utf8Length == 0 && (_flowLevel > 0 || _simpleKeyContext)) style = '\'';
            if (!plainImplicit) style = '\'';
        }
        if (style == '\'' && !a.SingleQuotedAllowed) style = '"';

        IncreaseIndent(true, false);
        var allowBreaks = !_simpleKeyContext;
        var cps = YamlScalarAnalysis.ToCodePoints(value);
        switch (style)
        {
            case 'p': WritePlain(cps, allowBreaks); break;
            case '\'': WriteSingleQuoted(cps, allowBreaks); break;
            default: WriteDoubleQuoted(cps, allowBreaks); break;
        }
        _indent = _indents.Pop();
    }

    private void IncreaseIndent(bool flow, bool indentless)
    {
        _indents.Push(_indent);
        if (_indent < 0) _indent = flow ? BestIndent : 0;
        else if (!indentless) _indent += BestIndent;
    }

    private void Put(char c)
    {
        _out.Append(c);
        _column++;
    }

    private void PutCodePoint(int cp)
    {
        PythonText.AppendCodePoint(_out, cp);
        _column++;
    }

    private void PutBreak()
    {
        _out.Append('\n');
        _column = 0;
    }

    private void WriteIndent()
    {
        var indent = _indent >= 0 ? _indent : 0;
        if (!_indention || _column > indent || (_column == indent && !_whitespace)) PutBreak();
        while (_column < indent) Put(' ');
        _whitespace = true;
        _indention = true;
    }

    private void WriteIndicator(string indicator, bool needWhitespace, bool isWhitespace, bool isIndention)
    {
        if (needWhitespace && !_whitespace) Put(' ');
        foreach (var c in indicator) Put(c);
        _whitespace = isWhitespace;
        _indention = _indention && isIndention;
        _openEnded = false;
    }

    private void WritePlain(int[] cps, bool allowBreaks)
    {
        if (!_whitespace && (cps.Length > 0 || _flowLevel > 0)) Put(' ');
        var spaces = false;
        for (var i = 0; i < cps.Length; i++)
        {
            var ch = cps[i];
            if (ch == ' ')
            {
                if (allowBreaks && !spaces && _column > BestWidth && !(i + 1 < cps.Length && cps[i + 1] == ' ')) WriteIndent();
                else Put(' ');
                spaces = true;
            }
            else
            {
                PutCodePoint(ch);
                _indention = false;
                spaces = false;
            }
        }
        _whitespace = false;
        _indention = false;
        if (_rootContext) _openEnded = true;
    }

    private void WriteSingleQuoted(int[] cps, bool allowBreaks)
    {
        WriteIndicator("'", true, false, false);
        bool spaces = false, breaks = false;
        for (var i = 0; i < cps.Length; i++)
        {
            var ch = cps[i];
            if (ch == ' ')
            {
                if (allowBreaks && !spaces && _column > BestWidth && i != 0 && i != cps.Length - 1 && cps[i + 1] != ' ') WriteIndent();
                else Put(' ');
                spaces = true;
            }
            else if (YamlScalarAnalysis.IsBreak(ch))
            {
                if (!breaks && ch == '\n') PutBreak();
                if (ch == '\n') PutBreak();
                else { PutCodePoint(ch); _column = 0; }
                _indention = true;
                breaks = true;
            }
            else
            {
                if (breaks) WriteIndent();
                if (ch == '\'') Put('\'');
                PutCodePoint(ch);
                _indention = false;
                spaces = breaks = false;
            }
        }
        if (breaks) WriteIndent();
        WriteIndicator("'", false, false, false);
        _whitespace = false;
        _indention = false;
    }

    private void WriteDoubleQuoted(int[] cps, bool allowBreaks)
    {
        WriteIndicator("\"", true, false, false);
        var spaces = false;
        for (var i = 0; i < cps.Length; i++)
        {
            var ch = cps[i];
            if (!YamlScalarAnalysis.IsPrintable(ch) || ch == 0xFEFF || YamlScalarAnalysis.IsBreak(ch) || ch == '"' || ch == '\\')
            {
                Put('\\');
                var name = ch switch
                {
                    0 => '0', 7 => 'a', 8 => 'b', 9 => 't', 0xA => 'n', 0xB => 'v', 0xC => 'f', 0xD => 'r', 0x1B => 'e',
                    '"' => '"', '\\' => '\\', 0x85 => 'N', 0xA0 => '_', 0x2028 => 'L', 0x2029 => 'P', _ => '\0',
                };
                if (name != '\0') Put(name);
                else
                {
                    var (prefix, width) = ch <= 0xFF ? ('x', 2) : ch <= 0xFFFF ? ('u', 4) : ('U', 8);
                    Put(prefix);
                    for (var k = (width - 1) * 4; k >= 0; k -= 4)
                    {
                        var digit = (ch >> k) & 0xF;
                        Put((char)(digit < 10 ? '0' + digit : 'A' + digit - 10));
                    }
                }
                spaces = false;
            }
            else if (ch == ' ')
            {
                if (allowBreaks && !spaces && _column > BestWidth && i != 0 && i != cps.Length - 1)
                {
                    WriteIndent();
                    if (cps[i + 1] == ' ') Put('\\');
                }
                else Put(' ');
                spaces = true;
            }
            else
            {
                PutCodePoint(ch);
                spaces = false;
            }
        }
        WriteIndicator("\"", false, false, false);
        _whitespace = false;
        _indention = false;
    }
}
