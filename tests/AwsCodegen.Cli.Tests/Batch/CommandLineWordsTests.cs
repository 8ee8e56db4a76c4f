using AwsCodegen.Cli.Batch;
using NUnit.Framework;

namespace AwsCodegen.Cli.Tests.Batch;

public sealed class CommandLineWordsTests
{
    [TestCase("sts get-caller-identity", new[] { "sts", "get-caller-identity" })]
    [TestCase("  a\t b  ", new[] { "a", "b" })]
    [TestCase("""--item '{"pk": {"S": "a b"}}'""", new[] { "--item", """{"pk": {"S": "a b"}}""" })]
    [TestCase("""--x "say \"hi\" \$HOME \n" """, new[] { "--x", """say "hi" $HOME \n""" })]
    [TestCase("""a\ b c""", new[] { "a b", "c" })]
    [TestCase("a '' b", new[] { "a", "", "b" })]
    [TestCase("a'b'\"c\"d", new[] { "abcd" })]
    [TestCase("list # a comment", new[] { "list" })]
    [TestCase("a#b", new[] { "a#b" })]
    [TestCase("# only a comment", new string[0])]
    [TestCase("$HOME", new[] { "$HOME" })]
    public void Splits_as_a_shell_splits_a_simple_command_without_expansions(string line, string[] expected)
    {
        Assert.That(CommandLineWords.TrySplit(line, out var problem), Is.EqualTo(expected));
        Assert.That(problem, Is.Null);
    }

    [TestCase("a 'b", "unterminated single quote at column 3")]
    [TestCase("a \"b", "unterminated double quote at column 3")]
    [TestCase("a b\\", "a backslash ends the line (a batch command is one line)")]
    public void A_line_that_does_not_split_says_why(string line, string expected)
    {
        Assert.That(CommandLineWords.TrySplit(line, out var problem), Is.Null);
        Assert.That(problem, Is.EqualTo(expected));
    }
}
