using System.Collections.Generic;
using AwsCodegen.Runtime.JmesPath.Ast;
using AwsCodegen.Runtime.JmesPath.Functions;

namespace AwsCodegen.Runtime.JmesPath.Syntax;

/// <summary>
/// A Pratt (top-down operator precedence) parser: each token has a binding power, a "nud" (what it means at the
/// start of an expression) and a "led" (what it means after a left-hand side). The spec's grammar is ambiguous
/// about how far a projection reaches; binding powers settle it: a projection takes everything to its right
/// that binds at least as tightly as <see cref="ProjectionStop"/> (dots, brackets, filters), and stops at
/// pipes, ||, &amp;&amp; and comparators.
/// </summary>
internal sealed class Parser
{
    private const int ProjectionStop = 10;

    private readonly string _expression;
    private readonly List<Token> _tokens;
    private int _index;

    private Parser(string expression, List<Token> tokens)
    {
        _expression = expression;
        _tokens = tokens;
    }

    public static JmesNode Parse(string expression)
    {
        var parser = new Parser(expression, Lexer.Tokenize(expression));
        JmesNode root = parser.Expression(0);
        if (parser.Current.Kind != TokenKind.End) throw parser.Unexpected(parser.Current, "the end of the expression");
        return root;
    }

    private Token Current => _tokens[_index];

    private Token Next => _tokens[_index + 1 < _tokens.Count ? _index + 1 : _index];

    private Token Advance() => _tokens[_index++];

    private static int BindingPower(TokenKind kind) => kind switch
    {
        TokenKind.Pipe => 1,
        TokenKind.Or => 2,
        TokenKind.And => 3,
        TokenKind.Equal or TokenKind.NotEqual or TokenKind.LessThan or TokenKind.LessThanOrEqual
            or TokenKind.GreaterThan or TokenKind.GreaterThanOrEqual => 5,
        TokenKind.Flatten => 9,
        TokenKind.Star => 20,
        TokenKind.Filter => 21,
        TokenKind.Dot => 40,
        TokenKind.Not => 45,
        TokenKind.LeftBrace => 50,
        TokenKind.LeftBracket => 55,
        TokenKind.LeftParen => 60,
        _ => 0,
    };

    private JmesNode Expression(int rightBindingPower)
    {
        JmesNode left = Nud(Advance());
        while (rightBindingPower < BindingPower(Current.Kind)) left = Led(Advance(), left);
        return left;
    }

    private JmesNode Nud(Token token)
    {
        switch (token.Kind)
        {
            case TokenKind.Literal:
                return new LiteralNode(token.Literal);
            case TokenKind.UnquotedIdentifier:
                return new FieldNode(token.Text!, token.Position);
            case TokenKind.QuotedIdentifier:
                if (Current.Kind == TokenKind.LeftParen)
                    throw Error(token.Position, "a function name cannot be a quoted identifier");
                return new FieldNode(token.Text!, token.Position);
            case TokenKind.Current:
                return CurrentNode.Instance;
            case TokenKind.Star:
                return new ValueProjectionNode(CurrentNode.Instance, ProjectionRight(BindingPower(TokenKind.Star)));
            case TokenKind.Filter:
                return Filter(CurrentNode.Instance);
            case TokenKind.Flatten:
                return new ListProjectionNode(new FlattenNode(CurrentNode.Instance), ProjectionRight(BindingPower(TokenKind.Flatten)));
            case TokenKind.LeftBrace:
                return MultiSelectHash();
            case TokenKind.LeftBracket:
                if (Current.Kind is TokenKind.Number or TokenKind.Colon) return IndexOrSlice(CurrentNode.Instance);
                if (Current.Kind == TokenKind.Star && Next.Kind == TokenKind.RightBracket)
                {
                    _index += 2;
                    return new ListProjectionNode(CurrentNode.Instance, ProjectionRight(BindingPower(TokenKind.Star)));
                }
                return MultiSelectList();
            case TokenKind.Ampersand:
                return new ExpressionReferenceNode(Expression(0));
            case TokenKind.Not:
                return new NotNode(Expression(BindingPower(TokenKind.Not)));
            case TokenKind.LeftParen:
                JmesNode inner = Expression(0);
                Expect(TokenKind.RightParen, "')' to close '('");
                return inner;
            default:
                throw Unexpected(token, "an expression");
        }
    }

    private JmesNode Led(Token token, JmesNode left)
    {
        switch (token.Kind)
        {
            case TokenKind.Dot:
                if (Current.Kind == TokenKind.Star)
                {
                    Advance();
                    return new ValueProjectionNode(left, ProjectionRight(BindingPower(TokenKind.Dot)));
                }
                return SubexpressionNode.Create(left, DotRight(BindingPower(TokenKind.Dot)));
            case TokenKind.Pipe:
                return new PipeNode(left, Expression(BindingPower(TokenKind.Pipe)));
            case TokenKind.Or:
                return new OrNode(left, Expression(BindingPower(TokenKind.Or)));
            case TokenKind.And:
                return new AndNode(left, Expression(BindingPower(TokenKind.And)));
            case TokenKind.Equal: return Compare(Comparison.Equal, left);
            case TokenKind.NotEqual: return Compare(Comparison.NotEqual, left);
            case TokenKind.LessThan: return Compare(Comparison.LessThan, left);
            case TokenKind.LessThanOrEqual: return Compare(Comparison.LessThanOrEqual, left);
            case TokenKind.GreaterThan: return Compare(Comparison.GreaterThan, left);
            case TokenKind.GreaterThanOrEqual: return Compare(Comparison.GreaterThanOrEqual, left);
            case TokenKind.Flatten:
                return new ListProjectionNode(new FlattenNode(left), ProjectionRight(BindingPower(TokenKind.Flatten)));
            case TokenKind.Filter:
                return Filter(left);
            case TokenKind.LeftBracket:
                if (Current.Kind is TokenKind.Number or TokenKind.Colon) return IndexOrSlice(left);
                Expect(TokenKind.Star, "a number, ':' or '*' after '['");
                Expect(TokenKind.RightBracket, "']' to close '[*'");
                return new ListProjectionNode(left, ProjectionRight(BindingPower(TokenKind.Star)));
            case TokenKind.LeftParen:
                return FunctionCall(token, left);
            default:
                throw Unexpected(token, "an operator, or the end of the expression");
        }
    }

    private ComparisonNode Compare(Comparison comparison, JmesNode left) =>
        new(comparison, left, Expression(BindingPower(TokenKind.Equal)));

    /// <summary>What a projection applies to each item: nothing (@) when the next token ends the projection.</summary>
    private JmesNode ProjectionRight(int bindingPower)
    {
        TokenKind next = Current.Kind;
        if (BindingPower(next) < ProjectionStop) return CurrentNode.Instance;
        if (next is TokenKind.LeftBracket or TokenKind.Filter) return Expression(bindingPower);
        if (next == TokenKind.Dot)
        {
            Advance();
            return DotRight(bindingPower);
        }
        throw Unexpected(Current, "'.', '[' or '[?' after a projection");
    }

    /// <summary>What may follow a dot: an identifier, '*', a multiselect list or a multiselect hash.</summary>
    private JmesNode DotRight(int bindingPower)
    {
        switch (Current.Kind)
        {
            case TokenKind.UnquotedIdentifier:
            case TokenKind.QuotedIdentifier:
            case TokenKind.Star:
                return Expression(bindingPower);
            case TokenKind.LeftBracket:
                Advance();
                return MultiSelectList();
            case TokenKind.LeftBrace:
                Advance();
                return MultiSelectHash();
            default:
                throw Unexpected(Current, "an identifier, '*', '[' or '{' after '.'");
        }
    }

    private FilterProjectionNode Filter(JmesNode left)
    {
        JmesNode condition = Expression(0);
        Expect(TokenKind.RightBracket, "']' to close '[?'");
        return new FilterProjectionNode(left, condition, ProjectionRight(BindingPower(TokenKind.Filter)));
    }

    /// <summary>After '[': "n]" is an index; "start:stop:step]" with any part left out is a slice, which projects.</summary>
    private JmesNode IndexOrSlice(JmesNode left)
    {
        int? start = null, stop = null, step = null;
        int colons = 0;
        int stepPosition = Current.Position;
        while (Current.Kind != TokenKind.RightBracket)
        {
            Token token = Advance();
            if (token.Kind == TokenKind.Colon)
            {
                if (++colons > 2) throw Error(token.Position, "a slice has at most three parts (start:stop:step)");
                if (colons == 2) stepPosition = Current.Position;
                continue;
            }
            if (token.Kind != TokenKind.Number) throw Unexpected(token, "a number, ':' or ']'");
            ref int? part = ref colons == 0 ? ref start : ref colons == 1 ? ref stop : ref step;
            if (part is not null) throw Unexpected(token, "':' or ']'");
            part = token.Number;
        }
        Advance();
        if (colons == 0) return SubexpressionNode.Create(left, new IndexNode(start!.Value));
        if (step == 0) throw new JmesPathException(JmesPathErrorKind.InvalidValue, _expression, stepPosition, "a slice step cannot be 0");
        var slice = SubexpressionNode.Create(left, new SliceNode(start, stop, step ?? 1));
        return new ListProjectionNode(slice, ProjectionRight(BindingPower(TokenKind.Star)));
    }

    /// <summary>After '[' that starts no index, slice or [*]: "a, b, ...]".</summary>
    private MultiSelectListNode MultiSelectList()
    {
        var items = new List<JmesNode>();
        while (true)
        {
            items.Add(Expression(0));
            if (Current.Kind != TokenKind.Comma) break;
            Advance();
        }
        Expect(TokenKind.RightBracket, "',' or ']' in a multiselect list");
        return new MultiSelectListNode(items.ToArray());
    }

    /// <summary>After '{': "key: expr, ...}" with identifiers (quoted or not) as keys.</summary>
    private MultiSelectHashNode MultiSelectHash()
    {
        var members = new List<KeyValuePair<string, JmesNode>>();
        while (true)
        {
            Token key = Advance();
            if (key.Kind is not (TokenKind.UnquotedIdentifier or TokenKind.QuotedIdentifier))
                throw Unexpected(key, "a key (an identifier) in a multiselect hash");
            Expect(TokenKind.Colon, "':' after a multiselect hash key");
            members.Add(new KeyValuePair<string, JmesNode>(key.Text!, Expression(0)));
            if (Current.Kind != TokenKind.Comma) break;
            Advance();
        }
        Expect(TokenKind.RightBrace, "',' or '}' in a multiselect hash");
        return new MultiSelectHashNode(members.ToArray());
    }

    /// <summary>
    /// After "name(": the arguments. The function must exist and accept their number: both are known now, so
    /// they are compile errors (unknown-function, invalid-arity), not evaluation errors.
    /// </summary>
    private FunctionCall FunctionCall(Token leftParen, JmesNode left)
    {
        if (left is not FieldNode name) throw Error(leftParen.Position, "only a function name can be followed by '('");
        var arguments = new List<JmesNode>();
        if (Current.Kind != TokenKind.RightParen)
        {
            while (true)
            {
                arguments.Add(Expression(0));
                if (Current.Kind != TokenKind.Comma) break;
                Advance();
            }
        }
        Expect(TokenKind.RightParen, "',' or ')' in the arguments of " + name.Name + "()");
        if (!FunctionTable.TryGet(name.Name, out FunctionDefinition function))
            throw new JmesPathException(JmesPathErrorKind.UnknownFunction, _expression, name.Position, $"unknown function {name.Name}()");
        if (!function.AcceptsCount(arguments.Count))
        {
            throw new JmesPathException(JmesPathErrorKind.InvalidArity, _expression, name.Position,
                $"{function.Name}() takes {function.DescribeArity()}, but was given {arguments.Count}");
        }
        return new FunctionCall(function, arguments.ToArray(), _expression, name.Position);
    }

    private void Expect(TokenKind kind, string what)
    {
        if (Current.Kind != kind) throw Unexpected(Current, what);
        Advance();
    }

    private JmesPathException Unexpected(Token token, string expected) =>
        Error(token.Position, $"expected {expected}, but found {token.Describe()}");

    private JmesPathException Error(int position, string detail) => Lexer.Error(_expression, position, detail);
}
