using System;
using System.Text;

namespace AwsCodegen.Generator.Emit;

/// <summary>
/// A StringBuilder that knows the indentation level. Emitters write lines and blocks; nobody counts spaces.
/// Multi-line text (raw string literals) is re-indented line by line to the current level.
/// </summary>
public sealed class SourceWriter
{
    private const string IndentUnit = "    ";
    private readonly StringBuilder _sb = new();
    private int _indent;

    public SourceWriter Line(string text = "")
    {
        if (text.IndexOf('\n') >= 0)
        {
            foreach (var line in text.Replace("\r\n", "\n").Split('\n')) Line(line);
            return this;
        }
        if (text.Length > 0)
        {
            for (int i = 0; i < _indent; i++) _sb.Append(IndentUnit);
            _sb.Append(text);
        }
        _sb.Append('\n');
        return this;
    }

    /// <summary>Writes <paramref name="header"/>, an opening brace, and indents until the returned scope is disposed.</summary>
    public Scope Block(string header)
    {
        Line(header);
        Line("{");
        _indent++;
        return new Scope(this, "}");
    }

    /// <summary>A block closed by "};" (object and collection initializers, switch expressions).</summary>
    public Scope InitializerBlock(string header)
    {
        Line(header);
        Line("{");
        _indent++;
        return new Scope(this, "};");
    }

    /// <summary>Indents the following lines without braces.</summary>
    public Scope Indent()
    {
        _indent++;
        return new Scope(this, null);
    }

    /// <summary>Writes a /// summary comment when there is text.</summary>
    public SourceWriter Summary(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return this;
        Line("/// <summary>" + Parsing.Documentation.XmlEscape(text!) + "</summary>");
        return this;
    }

    public override string ToString() => _sb.ToString();

    public readonly struct Scope : IDisposable
    {
        private readonly SourceWriter _writer;
        private readonly string? _closer;

        internal Scope(SourceWriter writer, string? closer)
        {
            _writer = writer;
            _closer = closer;
        }

        public void Dispose()
        {
            _writer._indent--;
            if (_closer is not null) _writer.Line(_closer);
        }
    }
}
