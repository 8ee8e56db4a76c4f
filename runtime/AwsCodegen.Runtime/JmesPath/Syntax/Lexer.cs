using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;
using AwsCodegen.Runtime.JmesPath.Values;

namespace AwsCodegen.Runtime.JmesPath.Syntax;

/// <summary>
/// Splits an expression into tokens, all at once: expressions are short, and a token list lets the parser look
/// two tokens ahead (<c>[*]</c>) without a pushback buffer. Literals are decoded here, so that a bad escape or bad
/// JSON is reported at the literal's own position.
/// </summary>
internal static class Lexer
{
    public static List<Token> Tokenize(string expression)
    {
        // Tokens average several characters (identifiers, literals), so a third of the length rarely regrows.
        var tokens = new List<Token>(expression.Length / 3 + 4);
        int i = 0;
        while (i < expression.Length)
        {
            char c = expression[i];
            int start = i;
            switch (c)
            {
                case ' ':
                case '\t':
                case '\n':
                case '\r':
                    i++;
                    continue;
                case '.': tokens.Add(new Token(TokenKind.Dot, i++)); continue;
                case '*': tokens.Add(new Token(TokenKind.Star, i++)); continue;
                case ']': tokens.Add(new Token(TokenKind.RightBracket, i++)); continue;
                case '{': tokens.Add(new Token(TokenKind.LeftBrace, i++)); continue;
                case '}': tokens.Add(new Token(TokenKind.RightBrace, i++)); continue;
                case '(': tokens.Add(new Token(TokenKind.LeftParen, i++)); continue;
                case ')': tokens.Add(new Token(TokenKind.RightParen, i++)); continue;
                case ',': tokens.Add(new Token(TokenKind.Comma, i++)); continue;
                case ':': tokens.Add(new Token(TokenKind.Colon, i++)); continue;
                case '@': tokens.Add(new Token(TokenKind.Current, i++)); continue;
                case '[':
                    i++;
                    if (Peek(expression, i) == ']') { tokens.Add(new Token(TokenKind.Flatten, start)); i++; }
                    else if (Peek(expression, i) == '?') { tokens.Add(new Token(TokenKind.Filter, start)); i++; }
                    else tokens.Add(new Token(TokenKind.LeftBracket, start));
                    continue;
                case '|': i = OneOrTwo(tokens, expression, i, '|', TokenKind.Or, TokenKind.Pipe); continue;
                case '&': i = OneOrTwo(tokens, expression, i, '&', TokenKind.And, TokenKind.Ampersand); continue;
                case '!': i = OneOrTwo(tokens, expression, i, '=', TokenKind.NotEqual, TokenKind.Not); continue;
                case '<': i = OneOrTwo(tokens, expression, i, '=', TokenKind.LessThanOrEqual, TokenKind.LessThan); continue;
                case '>': i = OneOrTwo(tokens, expression, i, '=', TokenKind.GreaterThanOrEqual, TokenKind.GreaterThan); continue;
                case '=':
                    if (Peek(expression, i + 1) != '=') throw Error(expression, i, "'=' is not an operator; did you mean '=='?");
                    tokens.Add(new Token(TokenKind.Equal, i));
                    i += 2;
                    continue;
                case '"':
                    i = QuotedIdentifier(tokens, expression, i);
                    continue;
                case '\'':
                    i = RawString(tokens, expression, i);
                    continue;
                case '`':
                    i = JsonLiteral(tokens, expression, i);
                    continue;
            }
            if (IsIdentifierStart(c))
            {
                i++;
                while (i < expression.Length && IsIdentifierPart(expression[i])) i++;
                tokens.Add(new Token(TokenKind.UnquotedIdentifier, start, expression.Substring(start, i - start)));
                continue;
            }
            if (c == '-' || char.IsAsciiDigit(c))
            {
                i = Number(tokens, expression, i);
                continue;
            }
            throw Error(expression, i, $"unexpected character '{c}'");
        }
        tokens.Add(new Token(TokenKind.End, expression.Length));
        return tokens;
    }

    internal static JmesPathException Error(string expression, int position, string detail) =>
        new(JmesPathErrorKind.Syntax, expression, position, detail);

    private static char Peek(string expression, int index) => index < expression.Length ? expression[index] : '\0';

    private static int OneOrTwo(List<Token> tokens, string expression, int i, char second, TokenKind two, TokenKind one)
    {
        if (Peek(expression, i + 1) == second)
        {
            tokens.Add(new Token(two, i));
            return i + 2;
        }
        tokens.Add(new Token(one, i));
        return i + 1;
    }

    private static bool IsIdentifierStart(char c) => char.IsAsciiLetter(c) || c == '_';

    private static bool IsIdentifierPart(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';

    private static int Number(List<Token> tokens, string expression, int start)
    {
        int i = start;
        if (expression[i] == '-') i++;
        int digitsStart = i;
        while (i < expression.Length && char.IsAsciiDigit(expression[i])) i++;
        if (i == digitsStart) throw Error(expression, start, "'-' must be followed by digits");
        // Numbers only index and slice arrays, so a number beyond int keeps its sign and means "out of range".
        string text = expression.Substring(start, i - start);
        int value = int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int parsed)
            ? parsed
            : expression[start] == '-' ? int.MinValue : int.MaxValue;
        tokens.Add(new Token(TokenKind.Number, start, number: value));
        return i;
    }

    /// <summary>A "quoted identifier": a JSON string, with JSON's escapes and nothing else.</summary>
    private static int QuotedIdentifier(List<Token> tokens, string expression, int start)
    {
        StringBuilder? decoded = null;
        int i = start + 1;
        int runStart = i;
        while (true)
        {
            if (i >= expression.Length) throw Error(expression, start, "unterminated quoted identifier");
            char c = expression[i];
            if (c == '"') break;
            if (c < ' ') throw Error(expression, i, "control characters must be escaped in a quoted identifier");
            if (c != '\\')
            {
                i++;
                continue;
            }
            decoded ??= new StringBuilder();
            decoded.Append(expression, runStart, i - runStart);
            i = Escape(expression, i, decoded);
            runStart = i;
        }
        string name = decoded is null
            ? expression.Substring(start + 1, i - start - 1)
            : decoded.Append(expression, runStart, i - runStart).ToString();
        tokens.Add(new Token(TokenKind.QuotedIdentifier, start, name));
        return i + 1;
    }

    private static int Escape(string expression, int backslash, StringBuilder decoded)
    {
        char escaped = Peek(expression, backslash + 1);
        switch (escaped)
        {
            case '"': decoded.Append('"'); break;
            case '\\': decoded.Append('\\'); break;
            case '/': decoded.Append('/'); break;
            case 'b': decoded.Append('\b'); break;
            case 'f': decoded.Append('\f'); break;
            case 'n': decoded.Append('\n'); break;
            case 'r': decoded.Append('\r'); break;
            case 't': decoded.Append('\t'); break;
            case 'u':
                if (backslash + 6 > expression.Length
                    || !int.TryParse(expression.AsSpan(backslash + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out int code))
                {
                    throw Error(expression, backslash, "'\\u' must be followed by four hex digits");
                }
                decoded.Append((char)code);
                return backslash + 6;
            default:
                throw Error(expression, backslash, $"invalid escape '\\{escaped}' in a quoted identifier");
        }
        return backslash + 2;
    }

    /// <summary>
    /// A 'raw string': its characters as they are, except that \' stands for a quote. Any other backslash stays,
    /// with the character after it (so '\\' is two backslashes, as the compliance suite expects).
    /// </summary>
    private static int RawString(List<Token> tokens, string expression, int start)
    {
        var text = new StringBuilder();
        int i = start + 1;
        while (true)
        {
            if (i >= expression.Length) throw Error(expression, start, "unterminated raw string literal");
            char c = expression[i];
            if (c == '\'') break;
            if (c == '\\' && i + 1 < expression.Length)
            {
                char next = expression[i + 1];
                if (next != '\'') text.Append('\\');
                text.Append(next);
                i += 2;
                continue;
            }
            text.Append(c);
            i++;
        }
        tokens.Add(new Token(TokenKind.Literal, start, literal: JmesValue.FromString(text.ToString())));
        return i + 1;
    }

    /// <summary>
    /// A `JSON literal`: \` stands for a backtick; the rest is one JSON value. Text that is not JSON is read as
    /// the contents of a JSON string (`running` is "running"): the spec deprecates that form, but the AWS CLI has
    /// always accepted it and its documentation is full of it (Instances[?State.Name==`running`]).
    /// </summary>
    private static int JsonLiteral(List<Token> tokens, string expression, int start)
    {
        var json = new StringBuilder();
        int i = start + 1;
        while (true)
        {
            if (i >= expression.Length) throw Error(expression, start, "unterminated JSON literal");
            char c = expression[i];
            if (c == '`') break;
            if (c == '\\' && Peek(expression, i + 1) == '`')
            {
                json.Append('`');
                i += 2;
                continue;
            }
            json.Append(c);
            i++;
        }
        string text = json.ToString();
        JsonElement value;
        try
        {
            value = JmesJson.ParseLiteral(text);
        }
        catch (JsonException e)
        {
            try
            {
                value = JmesJson.ParseLiteral("\"" + text.TrimStart() + "\"");
            }
            catch (JsonException)
            {
                throw new JmesPathException(JmesPathErrorKind.Syntax, expression, start, $"the literal is not valid JSON: {e.Message}");
            }
        }
        tokens.Add(new Token(TokenKind.Literal, start, literal: JmesValue.FromElement(value)));
        return i + 1;
    }
}
