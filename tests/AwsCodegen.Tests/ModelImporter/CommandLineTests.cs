using AwsCodegen.ModelImporter;
using NUnit.Framework;

namespace AwsCodegen.Tests.ModelImporter;

[TestFixture]
public sealed class CommandLineTests
{
    [Test]
    public void Parses_every_option()
    {
        CommandLine command = CommandLine.Parse(
            ["--botocore-data", "/b/data", "--out=/o", "--services", "S3, dynamodb;sqs", "--if-missing", "--update-checksums", "--file-list", "/l.txt"],
            modelsDirectory: "/repo/models");

        ImportOptions options = command.Options;
        Assert.That(options.BotocoreDataDirectory, Is.EqualTo("/b/data"));
        Assert.That(options.OutputDirectory, Is.EqualTo("/o"));
        Assert.That(options.ConfigDirectory, Is.EqualTo("/repo/models"));
        Assert.That(options.Services, Is.EqualTo(new[] { "s3", "dynamodb", "sqs" }));
        Assert.That(options.IfMissing && options.UpdateChecksums, Is.True);
        Assert.That(options.FileListPath, Is.EqualTo("/l.txt"));
        Assert.That(command.Help, Is.False);
    }

    [Test]
    public void Out_defaults_to_the_repository_models_directory()
    {
        CommandLine command = CommandLine.Parse(["--all"], modelsDirectory: "/repo/models");

        Assert.That(command.Options.OutputDirectory, Is.EqualTo("/repo/models"));
        Assert.That(command.Options.All, Is.True);
    }

    [Test]
    public void Unknown_arguments_and_missing_values_are_usage_errors()
    {
        var unknown = Assert.Throws<ModelImportException>(() => CommandLine.Parse(["--servces", "s3"], "/m"))!;
        var missing = Assert.Throws<ModelImportException>(() => CommandLine.Parse(["--out"], "/m"))!;
        var noOut = Assert.Throws<ModelImportException>(() => CommandLine.Parse([], modelsDirectory: null))!;

        Assert.That(unknown.ExitCode, Is.EqualTo(1));
        Assert.That(unknown.Message, Does.Contain("--servces"));
        Assert.That(missing.Message, Does.Contain("--out needs a value"));
        Assert.That(noOut.ExitCode, Is.EqualTo(1));
    }

    [Test]
    public void Service_list_files_allow_comments_and_blank_lines()
    {
        Assert.That(ServiceList.Normalize(["s3 ", "# all comment", "", "Logs"]), Is.EqualTo(new[] { "s3", "logs" }));
    }

    [TestCase("dynamo", "dynamodb")]
    [TestCase("dynamdb", "dynamodb")]
    [TestCase("stepfunction", "stepfunctions")]
    [TestCase("cloudwatchlogs", "logs")]
    public void Suggests_close_service_names(string typed, string expected)
    {
        string[] names = ["cloudwatch", "dynamodb", "dynamodbstreams", "logs", "s3", "stepfunctions", "sts"];

        Assert.That(NameSuggester.Suggest(typed, names), Does.Contain(expected));
    }
}
