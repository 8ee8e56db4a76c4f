using System;
using System.Collections.Generic;

namespace AwsCodegen.Cli.Parameters;

/// <summary>
/// aws-cli's shorthand syntax, on the text alone (no model): <c>Key=a,Values=b,c</c>, <c>pk={S=a}</c>,
/// <c>[{...},{...}]</c>, quoted values, <c>\,</c> escapes and <c>key@=file://path</c> values read from files.
/// Values come out as strings, lists and dicts; <see cref="ShorthandModelFixups"/> then applies the model.
/// </summary>
/// <remarks>
/// Grammar (aws-cli's shorthand.py):
/// <code>
/// parameter      = keyval *("," keyval)
/// keyval         = key ["@"] "=" [values]
/// values         = csv-list / explicit-list / hash-literal
/// explicit-list  = "[" [explicit-value *("," explicit-value)] "]"
/// hash-literal   = "{" [key ["@"] "=" explicit-value *("," ...)] "}"
/// </code>
/// </remarks>
public sealed class ShorthandParser
{
    private readonly Func<string, CliValue?>? _fileResolver;
    private string _input = "";
    private int _index;
    private bool _resolveFiles;

    /// <param name="fileResolver">
    /// For values after <c>@=</c>: the loaded value of a <c>file://</c> or <c>fileb://</c> reference, or null when the
    /// text is no file reference. Without one, such values stay text.
    /// </param>
    public ShorthandParser(Func<string, CliValue?>? fileResolver = null) => _fileResolver = fileResolver;

    /// <summary>Parses one shorthand value into a dict.</summary>
    /// <exception cref="ShorthandSyntaxException">The text is not shorthand.</exception>
    public CliMap Parse(string input)
    {
        _input = input ?? throw new ArgumentNullException(nameof(input));
        _index = 0;
        _resolveFiles = false;
        return Parameter();
    }

    private CliMap Parameter()
    {
        var result = new CliMap();
        var (key, value) = KeyValue();
        result.Set(key, value);
        int lastIndex = _index;
        while (_index < _input.Length)
        {
            Expect(',', true);
            (key, value) = KeyValue();
            if (result.ContainsKey(key)) throw ShorthandSyntaxException.DuplicateKey(_input, key, lastIndex + 1);
            result.Set(key, value);
            lastIndex = _index;
        }
        return result;
    }

    private (string, CliValue) KeyValue()
    {
        string key = Key();
        FileMarker();
        Expect('=', true);
        return (key, Values());
    }

    /// <summary>An optional "@" before "=": the value may name a file to read.</summary>
    private void FileMarker()
    {
        _resolveFiles = false;
        ConsumeWhitespace();
        if (_index < _input.Length && _input[_index] == '@')
        {
            _index++;
            ConsumeWhitespace();
            _resolveFiles = true;
        }
    }

    private string Key()
    {
        int start = _index;
        while (_index < _input.Length && IsKeyChar(_input[_index])) _index++;
        return _input[start.._index];
    }

    private static bool IsKeyChar(char c) =>
        c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '-' or '_' or '.' or '#' or '/' or ':';

    private CliValue Values()
    {
        if (AtEnd) return new CliString("");
        return Current switch
        {
            '[' => ExplicitList(),
            '{' => HashLiteral(),
            _ => CsvValue(),
        };
    }

    private CliValue CsvValue()
    {
        var first = FirstValue();
        ConsumeWhitespace();
        if (AtEnd || _input[_index] != ',') return first;
        Expect(',', true);
        var items = new List<CliValue> { first };
        while (true)
        {
            try
            {
                var next = SecondValue();
                ConsumeWhitespace();
                if (AtEnd)
                {
                    items.Add(next);
                    break;
                }
                Expect(',', true);
                items.Add(next);
            }
            catch (ShorthandSyntaxException) when (!AtEnd)
            {
                // "a=b,c,d=e": "d" was the next key; go back to the comma before it.
                BacktrackTo(',');
                break;
            }
        }
        return items.Count == 1 ? first : new CliList(items);
    }

    private CliValue ExplicitList()
    {
        Expect('[', true);
        var items = new List<CliValue>();
        while (Current != ']')
        {
            items.Add(ExplicitValue());
            ConsumeWhitespace();
            if (Current != ']')
            {
                Expect(',', false);
                ConsumeWhitespace();
            }
        }
        Expect(']', false);
        return new CliList(items);
    }

    private CliValue ExplicitValue() => Current switch
    {
        '[' => ExplicitList(),
        '{' => HashLiteral(),
        _ => FirstValue(),
    };

    private CliValue HashLiteral()
    {
        Expect('{', true);
        var result = new CliMap();
        while (Current != '}')
        {
            string key = Key();
            FileMarker();
            Expect('=', true);
            var value = ExplicitValue();
            ConsumeWhitespace();
            if (Current != '}')
            {
                Expect(',', false);
                ConsumeWhitespace();
            }
            result.Set(key, value);
        }
        Expect('}', false);
        return result;
    }

    private CliValue FirstValue() => Current switch
    {
        '\'' => Quoted('\'', "singled quoted"),
        '"' => Quoted('"', "double quoted"),
        _ => Resolve(Unquoted(second: false, required: false)),
    };

    private CliValue SecondValue() => Current switch
    {
        '\'' => Quoted('\'', "singled quoted"),
        '"' => Quoted('"', "double quoted"),
        _ => Resolve(Unquoted(second: true, required: true)),
    };

    /// <summary>
    /// An unquoted word: a first character, then following characters (a first value may hold "=", "[" and "{", a
    /// later csv value may hold "]" and "}" but not "="); <c>\,</c> is a comma; trailing whitespace is dropped.
    /// </summary>
    private string Unquoted(bool second, bool required)
    {
        int start = _index, i = _index;
        bool any = false;
        while (i < _input.Length)
        {
            char c = _input[i];
            if (c == '\\' && i + 1 < _input.Length && _input[i + 1] == ',')
            {
                i += 2;
            }
            else if (!any ? IsStartChar(c) : second ? IsSecondFollowChar(c) : IsFirstFollowChar(c))
            {
                i++;
            }
            else break;
            any = true;
        }
        if (!any)
        {
            if (required) throw ShorthandSyntaxException.Expected(_input, "<second>", "<none>", _index);
            return "";
        }
        _index = i;
        return PythonText.RStrip(_input[start..i].Replace("\\,", ",", StringComparison.Ordinal));
    }

    private static bool IsStartChar(char c) =>
        c >= 0x21 && c is not ('"' or '\'' or ',' or '=' or '[' or '{');

    private static bool IsFirstFollowChar(char c) =>
        PythonText.IsRegexSpace(c) || (c >= 0x21 && c is not ('"' or '\'' or ',' or ']' or '}'));

    private static bool IsSecondFollowChar(char c) =>
        PythonText.IsRegexSpace(c) || (c >= 0x21 && c is not ('"' or '\'' or ',' or '='));

    /// <summary>
    /// A quoted value, <c>'(?:\\'|[^'])*'</c>: the first unescaped quote closes it; failing that, the last escaped one
    /// does (the regex backtracks to it). <c>\'</c> (or <c>\"</c>) and <c>\\</c> are unescaped.
    /// </summary>
    private CliValue Quoted(char quote, string name)
    {
        int start = _index, i = _index + 1, lastEscaped = -1, end = -1;
        while (i < _input.Length)
        {
            char c = _input[i];
            if (c == '\\' && i + 1 < _input.Length && _input[i + 1] == quote)
            {
                lastEscaped = i + 1;
                i += 2;
            }
            else if (c == quote)
            {
                end = i;
                break;
            }
            else i++;
        }
        if (end < 0) end = lastEscaped;
        if (end < 0) throw ShorthandSyntaxException.Expected(_input, "<" + name + ">", "<none>", _index);
        _index = end + 1;
        string text = _input[(start + 1)..end]
            .Replace("\\" + quote, quote.ToString(), StringComparison.Ordinal)
            .Replace("\\\\", "\\", StringComparison.Ordinal);
        return Resolve(text);
    }

    private CliValue Resolve(string text)
    {
        if (_resolveFiles && _fileResolver is not null && _fileResolver(text) is { } loaded) return loaded;
        return new CliString(text);
    }

    private void Expect(char expected, bool consumeWhitespace)
    {
        if (consumeWhitespace) ConsumeWhitespace();
        if (_index >= _input.Length)
            throw ShorthandSyntaxException.Expected(_input, expected.ToString(), "EOF", _index);
        char actual = _input[_index];
        if (actual != expected)
            throw ShorthandSyntaxException.Expected(_input, expected.ToString(), actual.ToString(), _index);
        _index++;
        if (consumeWhitespace) ConsumeWhitespace();
    }

    private bool AtEnd => _index >= _input.Length;

    /// <summary>The current character, or '\0' at the end (no valid input holds a NUL where it matters).</summary>
    private char Current => _index < _input.Length ? _input[_index] : '\0';

    private void BacktrackTo(char c)
    {
        while (_index >= 0 && (_index >= _input.Length || _input[_index] != c)) _index--;
    }

    private void ConsumeWhitespace()
    {
        while (_index < _input.Length && PythonText.IsAsciiWhitespace(_input[_index])) _index++;
    }
}
