using AwsCodegen.Runtime;
using NUnit.Framework;

namespace AwsCodegen.Cli.Tests.Batch;

/// <summary>The runtime's shell-like splitter, as batch lines use it (with comments).</summary>
public sealed class ShellWordsTests
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
        Assert.That(ShellWords.TrySplit(line, comments: true, out var problem), Is.EqualTo(expected));
        Assert.That(problem, Is.Null);
    }

    [TestCase("a 'b", "unterminated single quote at column 3")]
    [TestCase("a \"b", "unterminated double quote at column 3")]
    [TestCase("a b\\", "a backslash ends the line")]
    public void A_line_that_does_not_split_says_why(string line, string expected)
    {
        Assert.That(ShellWords.TrySplit(line, comments: true, out var problem), Is.Null);
        Assert.That(problem, Is.EqualTo(expected));
    }

    [Test]
    public void Without_comments_a_hash_is_text_as_in_shlex_split() =>
        Assert.That(ShellWords.TrySplit("creds.sh # not a comment", comments: false, out _), Is.EqualTo(new[] { "creds.sh", "#", "not", "a", "comment" }));
}
