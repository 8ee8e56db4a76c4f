using System;
using System.Text;

namespace AwsCodegen.Runtime.JmesPath;

/// <summary>
/// A JMESPath expression that does not compile, or that fails while evaluating (a function given the wrong type).
/// The message names the position and repeats the expression with a caret under it.
/// </summary>
public sealed class JmesPathException : Exception
{
    public JmesPathException(string message)
        : base(message)
    {
    }

    public JmesPathException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    internal JmesPathException(JmesPathErrorKind kind, string expression, int position, string detail)
        : base(Format(kind, expression, position, detail))
    {
        Kind = kind;
        Expression = expression;
        Position = position;
        Detail = detail;
    }

    /// <summary>The kind of error, as the specification names it.</summary>
    public JmesPathErrorKind Kind { get; }

    /// <summary>The expression in which the error was found.</summary>
    public string Expression { get; } = string.Empty;

    /// <summary>The zero-based character position in <see cref="Expression"/> where the error was found.</summary>
    public int Position { get; }

    /// <summary>What went wrong, without the position and expression that <see cref="Exception.Message"/> adds.</summary>
    public string Detail { get; } = string.Empty;

    private static string Format(JmesPathErrorKind kind, string expression, int position, string detail)
    {
        var text = new StringBuilder(detail.Length + 2 * expression.Length + 64);
        text.Append(KindName(kind)).Append(" error at position ").Append(position).Append(": ").Append(detail).Append('\n');
        text.Append("  ").Append(expression).Append('\n');
        text.Append("  ").Append(' ', Math.Clamp(position, 0, expression.Length)).Append('^');
        return text.ToString();
    }

    private static string KindName(JmesPathErrorKind kind) => kind switch
    {
        JmesPathErrorKind.Syntax => "JMESPath syntax",
        JmesPathErrorKind.InvalidType => "JMESPath invalid-type",
        JmesPathErrorKind.InvalidValue => "JMESPath invalid-value",
        JmesPathErrorKind.InvalidArity => "JMESPath invalid-arity",
        _ => "JMESPath unknown-function",
    };
}
