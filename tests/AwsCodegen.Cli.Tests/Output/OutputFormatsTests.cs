using System.Diagnostics;
using AwsCodegen.Cli.Output;
using NUnit.Framework;

namespace AwsCodegen.Cli.Tests.Output;

[TestFixture]
public class OutputFormatsTests
{
    [TestCase("json", OutputFormat.Json)]
    [TestCase("text", OutputFormat.Text)]
    [TestCase("table", OutputFormat.Table)]
    [TestCase("yaml", OutputFormat.Yaml)]
    [TestCase("yaml-stream", OutputFormat.YamlStream)]
    public void ParsesEachChoice(string value, OutputFormat expected)
    {
        Assert.That(OutputFormats.TryParse(value, out var format), Is.True);
        Assert.That(format, Is.EqualTo(expected));
        Assert.That(OutputFormats.Name(format), Is.EqualTo(value));
    }

    [TestCase("JSON")]
    [TestCase("")]
    [TestCase(null)]
    [TestCase("yml")]
    public void RejectsOthers(string? value) => Assert.That(OutputFormats.TryParse(value, out _), Is.False);

    /// <summary>aws-cli's argparser layout (two choices a line, padded to 40) and its difflib suggestions.</summary>
    [Test]
    public void InvalidChoiceMessageSuggestsCloseMatches()
    {
        const string choices = "json                                     | text                                    \n"
            + "table                                    | yaml                                    \n"
            + "yaml-stream                             ";
        Assert.That(OutputFormats.InvalidChoiceMessage("tabel"), Is.EqualTo(
            "argument --output: Invalid choice, valid choices are:\n\n" + choices
            + "\n\n\nInvalid choice: 'tabel', maybe you meant:\n\n  * table"));
        Assert.That(OutputFormats.InvalidChoiceMessage("xml"), Is.EqualTo(
            "argument --output: Invalid choice, valid choices are:\n\n" + choices));
        Assert.That(OutputFormats.InvalidChoiceMessage("yaml-stram"), Does.EndWith("maybe you meant:\n\n  * yaml-stream"));
        Assert.That(OutputFormats.UnknownConfigValueMessage("xml"), Is.EqualTo("Unknown output type: xml"));
    }

    /// <summary>The close matches are difflib's: checked against python3 for a few words when it is there.</summary>
    [TestCase("tabel")]
    [TestCase("jsn")]
    [TestCase("yaml-strem")]
    [TestCase("txt")]
    [TestCase("yamlstream")]
    public void CloseMatchesAreDifflibs(string word)
    {
        var (code, stdout, _) = PythonOracle.Run("python3", "-c",
            "import difflib,sys;print(','.join(difflib.get_close_matches(sys.argv[1],['json','text','table','yaml','yaml-stream'],cutoff=0.8)))", word);
        if (code != 0) Assert.Ignore("no python3");
        var ours = string.Join(',', OutputFormats.InvalidChoiceMessage(word).Contains("maybe you meant")
            ? System.Linq.Enumerable.Select(System.Linq.Enumerable.Where(OutputFormats.InvalidChoiceMessage(word).Split('\n'), l => l.StartsWith("  * ")), l => l[4..])
            : []);
        Assert.That(ours, Is.EqualTo(stdout.Trim()));
    }

    /// <summary>PythonUnicodeData.g.cs is what gen_python_unicode_data.py makes from this machine's python3.</summary>
    [Test]
    public void UnicodeTablesAreCurrent()
    {
        var (code, _, stderr) = PythonOracle.Run("python3", System.IO.Path.Combine(PythonOracle.OutputDir, "gen_python_unicode_data.py"), "--check");
        Assert.That(code, Is.EqualTo(0), "tools/AwsCodegen.Cli/Output/PythonUnicodeData.g.cs is stale: run tests/AwsCodegen.Cli.Tests/Output/gen_python_unicode_data.py. " + stderr);
    }
}
