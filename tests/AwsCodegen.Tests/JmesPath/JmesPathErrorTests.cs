using System.Text.Json;
using AwsCodegen.Runtime.JmesPath;
using NUnit.Framework;

namespace AwsCodegen.Tests.JmesPath;

/// <summary>Errors carry their kind, the position they were found at, and a message that shows both.</summary>
[TestFixture]
public sealed class JmesPathErrorTests
{
    [TestCase("foo[abc]", 4, "expected a number, ':' or '*' after '['")]
    [TestCase("foo.", 4, "the end of the expression")]
    [TestCase("foo..bar", 4, "'.'")]
    [TestCase("a{foo: bar}", 1, "'{'")]
    [TestCase("foo[0, 1]", 5, "','")]
    [TestCase("\"foo", 0, "unterminated quoted identifier")]
    [TestCase("foo = bar", 4, "'=' is not an operator")]
    [TestCase("a || `\"abc`", 5, "not valid JSON")]
    [TestCase("[:::]", 3, "at most three parts")]
    [TestCase("foo.\"a\\qb\"", 6, "invalid escape")]
    [TestCase("\"to_string\"(`1`)", 0, "quoted identifier")]
    [TestCase("foo[?a == 'b'", 13, "']' to close '[?'")]
    public void Syntax_errors_name_the_position(string expression, int position, string detail)
    {
        var error = Assert.Throws<JmesPathException>(() => JmesPathExpression.Compile(expression))!;
        Assert.Multiple(() =>
        {
            Assert.That(error.Kind, Is.EqualTo(JmesPathErrorKind.Syntax));
            Assert.That(error.Position, Is.EqualTo(position));
            Assert.That(error.Expression, Is.EqualTo(expression));
            Assert.That(error.Detail, Does.Contain(detail));
            Assert.That(error.Message, Does.StartWith($"JMESPath syntax error at position {position}: "));
        });
    }

    [Test]
    public void The_message_shows_the_expression_with_a_caret_under_the_position()
    {
        var error = Assert.Throws<JmesPathException>(() => JmesPathExpression.Compile("foo[abc]"))!;
        string[] lines = error.Message.Split('\n');
        Assert.That(lines, Has.Length.EqualTo(3));
        Assert.That(lines[1], Is.EqualTo("  foo[abc]"));
        Assert.That(lines[2], Is.EqualTo("      ^"));
    }

    [Test]
    public void Unknown_functions_and_wrong_argument_counts_fail_when_compiling()
    {
        var unknown = Assert.Throws<JmesPathException>(() => JmesPathExpression.Compile("a | nope(@)"))!;
        Assert.That(unknown.Kind, Is.EqualTo(JmesPathErrorKind.UnknownFunction));
        Assert.That(unknown.Position, Is.EqualTo(4));
        Assert.That(unknown.Detail, Is.EqualTo("unknown function nope()"));

        var arity = Assert.Throws<JmesPathException>(() => JmesPathExpression.Compile("abs(`1`, `2`)"))!;
        Assert.That(arity.Kind, Is.EqualTo(JmesPathErrorKind.InvalidArity));
        Assert.That(arity.Detail, Is.EqualTo("abs() takes 1 argument, but was given 2"));

        var variadic = Assert.Throws<JmesPathException>(() => JmesPathExpression.Compile("x.not_null()"))!;
        Assert.That(variadic.Kind, Is.EqualTo(JmesPathErrorKind.InvalidArity));
        Assert.That(variadic.Position, Is.EqualTo(2));
        Assert.That(variadic.Detail, Does.Contain("at least 1 argument"));
    }

    [Test]
    public void A_zero_slice_step_is_an_invalid_value_at_the_step()
    {
        var error = Assert.Throws<JmesPathException>(() => JmesPathExpression.Compile("foo[8:2:0]"))!;
        Assert.That(error.Kind, Is.EqualTo(JmesPathErrorKind.InvalidValue));
        Assert.That(error.Position, Is.EqualTo(8));
    }

    [Test]
    public void Argument_types_are_checked_when_evaluating_at_the_call()
    {
        var expression = JmesPathExpression.Compile("items | sort_by(@, &name)");
        using var good = JsonDocument.Parse("""{"items": [{"name": "b"}, {"name": "a"}]}""");
        Assert.That(expression.Evaluate(good.RootElement).GetRawText(), Is.EqualTo("""[{"name":"a"},{"name":"b"}]"""));

        using var bad = JsonDocument.Parse("""{"items": [{"name": "b"}, {"name": 1}]}""");
        var error = Assert.Throws<JmesPathException>(() => expression.Evaluate(bad.RootElement))!;
        Assert.That(error.Kind, Is.EqualTo(JmesPathErrorKind.InvalidType));
        Assert.That(error.Position, Is.EqualTo(8));
        Assert.That(error.Detail, Does.Contain("sort_by()").And.Contain("yielded number"));

        var abs = Assert.Throws<JmesPathException>(() => JmesPathExpression.Compile("abs(name)").Evaluate(JsonDocument.Parse("""{"name": "x"}""").RootElement))!;
        Assert.That(abs.Kind, Is.EqualTo(JmesPathErrorKind.InvalidType));
        Assert.That(abs.Detail, Is.EqualTo("abs() expects argument 1 to be number, but received string"));
    }
}
