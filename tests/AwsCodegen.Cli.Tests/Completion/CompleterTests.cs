using System.Collections.Generic;
using System.Linq;
using AwsCodegen.Cli.Completion;
using NUnit.Framework;

namespace AwsCodegen.Cli.Tests.Completion;

[TestFixture]
public class CompleterTests
{
    /// <summary>The candidates awscg __complete prints for the words (the last is the word being typed).</summary>
    private static List<string> Complete(params string[] words)
    {
        var result = CliRun.Run(new[] { "__complete" }.Concat(words).ToArray(), null);
        Assert.That(result.ExitCode, Is.EqualTo(0), result.Stderr);
        return result.Stdout.Split('\n', System.StringSplitOptions.RemoveEmptyEntries).ToList();
    }

    [Test]
    public void ServiceNames()
    {
        Assert.That(Complete("dyn"), Is.EqualTo(new[] { "dynamodb" }));
        Assert.That(Complete(""), Does.Contain("dynamodb").And.Contain("s3api"));
    }

    [Test]
    public void OperationNames_AndWait()
    {
        var describe = Complete("dynamodb", "des");
        Assert.That(describe, Does.Contain("describe-table").And.Contain("describe-backup"));
        Assert.That(describe, Has.All.StartsWith("des"));
        Assert.That(Complete("dynamodb", "wa"), Is.EqualTo(new[] { "wait" }));
    }

    [Test]
    public void WaiterNames()
    {
        Assert.That(Complete("dynamodb", "wait", "table-"), Is.EqualTo(new[] { "table-exists", "table-not-exists" }));
    }

    [Test]
    public void ParameterNames_OfTheOperation_AndGlobalOptions()
    {
        var returns = Complete("dynamodb", "put-item", "--ret");
        Assert.That(returns, Does.Contain("--return-values").And.Contain("--return-consumed-capacity").And.Contain("--return-item-collection-metrics"));
        Assert.That(returns, Has.All.StartsWith("--ret"));
        var all = Complete("dynamodb", "put-item", "--");
        Assert.That(all, Does.Contain("--table-name").And.Contain("--item").And.Contain("--region").And.Contain("--output"));
        // Given ones are not offered again; --no-x goes with --x.
        var after = Complete("dynamodb", "get-item", "--table-name", "t", "--consistent-read", "--");
        Assert.That(after, Does.Not.Contain("--table-name").And.Not.Contain("--no-consistent-read").And.Contain("--key"));
        // A paginated operation's own token and limit arguments stay undocumented.
        var scan = Complete("dynamodb", "scan", "--");
        Assert.That(scan, Does.Contain("--starting-token").And.Contain("--max-items").And.Not.Contain("--exclusive-start-key"));
    }

    [Test]
    public void EnumValues_AfterAnEnumParameter()
    {
        Assert.That(Complete("dynamodb", "put-item", "--return-values", ""),
            Is.EquivalentTo(new[] { "NONE", "ALL_OLD", "UPDATED_OLD", "ALL_NEW", "UPDATED_NEW" }));
        Assert.That(Complete("dynamodb", "put-item", "--return-values", "ALL_"), Is.EqualTo(new[] { "ALL_NEW", "ALL_OLD" }));
        Assert.That(Complete("dynamodb", "get-item", "--table-name", ""), Is.Empty, "a free-form value has no candidates");
    }

    [Test]
    public void EnumValues_OfAListOfEnums()
    {
        // logs put-retention-policy has none; ec2-like lists of enums: dynamodb's are rare, so use every service's first one.
        foreach (var entry in AwsCodegen.Generated.AwsServiceIndex.Services)
            foreach (var operation in entry.Descriptor.Operations)
                foreach (var member in operation.Input.Members)
                {
                    if (member.CliName is null || member.Shape.Type != Runtime.Descriptors.ShapeType.List) continue;
                    var element = member.Shape.Element!.Shape;
                    if (element.Type != Runtime.Descriptors.ShapeType.String || element.EnumValues.Count == 0 || operation.Is(Runtime.Descriptors.OperationFlags.Hidden)) continue;
                    var first = Complete(entry.CliName, operation.CliName, "--" + member.CliName, "");
                    Assert.That(first, Is.EquivalentTo(element.EnumValues.Distinct()), $"{entry.CliName} {operation.CliName} --{member.CliName}");
                    var second = Complete(entry.CliName, operation.CliName, "--" + member.CliName, element.EnumValues[0], "");
                    Assert.That(second, Is.EquivalentTo(element.EnumValues.Distinct()), "a list takes more values");
                    Assert.That(Complete(entry.CliName, operation.CliName, "--" + member.CliName, element.EnumValues[0], "--"), Does.Contain("--region"));
                    return;
                }
        Assert.Ignore("no list-of-enum parameter in the generated services");
    }

    [Test]
    public void GlobalOptionValues_AndSkeleton()
    {
        Assert.That(Complete("--output", "t"), Is.EqualTo(new[] { "table", "text" }));
        Assert.That(Complete("dynamodb", "--output", ""), Does.Contain("json").And.Contain("yaml"));
        Assert.That(Complete("--region", "us-east-1", "dyn"), Is.EqualTo(new[] { "dynamodb" }));
        Assert.That(Complete("dynamodb", "get-item", "--generate-cli-skeleton", ""), Is.EqualTo(new[] { "input", "output", "yaml-input" }));
        Assert.That(Complete("completion", ""), Is.EqualTo(new[] { "bash", "fish", "zsh" }));
    }

    [Test]
    public void Scripts_CallBackIntoAwscg()
    {
        foreach (var shell in new[] { "bash", "zsh", "fish" })
        {
            var result = CliRun.Run("completion", shell);
            Assert.That(result.ExitCode, Is.EqualTo(0), result.Stderr);
            Assert.That(result.Stdout, Does.Contain("awscg __complete"));
        }
        Assert.That(CliRun.Run("completion", "bash").Stdout, Does.Contain("complete -o default -F _awscg_complete awscg"));
        Assert.That(CliRun.Run("completion", "zsh").Stdout, Does.Contain("compdef _awscg awscg").And.Contain("compadd"));
        Assert.That(CliRun.Run("completion", "fish").Stdout, Does.Contain("complete -c awscg"));
        Assert.That(CliRun.Run("completion", "tcsh").ExitCode, Is.EqualTo(252));
    }
}
