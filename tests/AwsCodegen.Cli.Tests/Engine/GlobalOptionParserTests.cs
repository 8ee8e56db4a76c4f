using AwsCodegen.Cli.Engine;
using NUnit.Framework;

namespace AwsCodegen.Cli.Tests.Engine;

public sealed class GlobalOptionParserTests
{
    [Test]
    public void Global_options_are_taken_from_anywhere_and_the_rest_keeps_its_order()
    {
        var (options, rest) = GlobalOptionParser.Parse(new[]
        {
            "--region", "eu-west-1", "dynamodb", "--output=text", "get-item", "--table-name", "t", "--debug", "--key", "{}", "--query", "Item",
        });
        Assert.Multiple(() =>
        {
            Assert.That(options.Region, Is.EqualTo("eu-west-1"));
            Assert.That(options.Output, Is.EqualTo("text"));
            Assert.That(options.Debug, Is.True);
            Assert.That(options.Query, Is.EqualTo("Item"));
            Assert.That(rest, Is.EqualTo(new[] { "dynamodb", "get-item", "--table-name", "t", "--key", "{}" }));
        });
    }

    [Test]
    public void A_missing_value_and_a_bad_choice_are_argparse_usage_errors()
    {
        var missing = Assert.Throws<CliException>(() => GlobalOptionParser.Parse(new[] { "sts", "get-caller-identity", "--region" }))!;
        Assert.That(missing.Message, Is.EqualTo("argument --region: expected one argument"));
        Assert.That(missing.ExitCode, Is.EqualTo(ExitCodes.Usage));

        var choice = Assert.Throws<CliException>(() => GlobalOptionParser.Parse(new[] { "--output", "xml", "sts" }))!;
        Assert.That(choice.Message, Does.StartWith("argument --output: Invalid choice, valid choices are:\n\njson"));

        var number = Assert.Throws<CliException>(() => GlobalOptionParser.Parse(new[] { "--cli-read-timeout", "soon" }))!;
        Assert.That(number.Message, Is.EqualTo("argument --cli-read-timeout: invalid int value: 'soon'"));
    }

    [Test]
    public void A_negative_number_is_a_value_not_an_option()
    {
        var (options, rest) = GlobalOptionParser.Parse(new[] { "ec2", "op", "--count", "-5", "--no-paginate" });
        Assert.That(options.NoPaginate, Is.True);
        Assert.That(rest, Is.EqualTo(new[] { "ec2", "op", "--count", "-5" }));
    }
}
