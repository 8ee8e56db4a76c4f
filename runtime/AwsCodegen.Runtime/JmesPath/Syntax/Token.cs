using AwsCodegen.Runtime.JmesPath.Values;

namespace AwsCodegen.Runtime.JmesPath.Syntax;

/// <summary>A token and where it starts. Text is set for identifiers, Number for numbers, Literal for literals.</summary>
internal readonly struct Token
{
    public Token(TokenKind kind, int position, string? text = null, int number = 0, JmesValue literal = default)
    {
        Kind = kind;
        Position = position;
        Text = text;
        Number = number;
        Literal = literal;
    }

    public TokenKind Kind { get; }
    public int Position { get; }
    public string? Text { get; }
    public int Number { get; }
    public JmesValue Literal { get; }

    /// <summary>How the token reads in an error message.</summary>
    public string Describe() => Kind switch
    {
        TokenKind.End => "the end of the expression",
        TokenKind.UnquotedIdentifier => $"identifier '{Text}'",
        TokenKind.QuotedIdentifier => $"quoted identifier \"{Text}\"",
        TokenKind.Number => $"number {Number}",
        TokenKind.Literal => "a literal",
        TokenKind.Flatten => "'[]'",
        TokenKind.Filter => "'[?'",
        _ => $"'{Symbol(Kind)}'",
    };

    public static string Symbol(TokenKind kind) => kind switch
    {
        TokenKind.Dot => ".",
        TokenKind.Star => "*",
        TokenKind.Flatten => "[]",
        TokenKind.Filter => "[?",
        TokenKind.LeftBracket => "[",
        TokenKind.RightBracket => "]",
        TokenKind.LeftBrace => "{",
        TokenKind.RightBrace => "}",
        TokenKind.LeftParen => "(",
        TokenKind.RightParen => ")",
        TokenKind.Comma => ",",
        TokenKind.Colon => ":",
        TokenKind.Pipe => "|",
        TokenKind.Or => "||",
        TokenKind.And => "&&",
        TokenKind.Not => "!",
        TokenKind.Ampersand => "&",
        TokenKind.Current => "@",
        TokenKind.Equal => "==",
        TokenKind.NotEqual => "!=",
        TokenKind.LessThan => "<",
        TokenKind.LessThanOrEqual => "<=",
        TokenKind.GreaterThan => ">",
        TokenKind.GreaterThanOrEqual => ">=",
        _ => kind.ToString(),
    };
}
