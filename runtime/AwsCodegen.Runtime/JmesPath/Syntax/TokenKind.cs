namespace AwsCodegen.Runtime.JmesPath.Syntax;

internal enum TokenKind : byte
{
    End,
    UnquotedIdentifier,
    QuotedIdentifier,
    Number,
    Literal,      // `json` and 'raw string' alike: both are constants by the time the parser sees them
    Dot,
    Star,
    Flatten,      // []
    Filter,       // [?
    LeftBracket,
    RightBracket,
    LeftBrace,
    RightBrace,
    LeftParen,
    RightParen,
    Comma,
    Colon,
    Pipe,
    Or,
    And,
    Not,
    Ampersand,
    Current,      // @
    Equal,
    NotEqual,
    LessThan,
    LessThanOrEqual,
    GreaterThan,
    GreaterThanOrEqual,
}
