using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using AwsCodegen.ModelImporter;
using NUnit.Framework;

namespace AwsCodegen.Tests.ModelImporter;

[TestFixture]
public sealed class ModelImporterTests
{
    private FakeBotocore _botocore = null!;

    [SetUp]
    public void SetUp() => _botocore = new FakeBotocore();

    [TearDown]
    public void TearDown() => _botocore.Dispose();

    /// <summary>Options for the fake botocore; <paramref name="data"/> null means "no botocore anywhere".</summary>
    private ImportOptions Options(
        string[]? services = null,
        bool ifMissing = false,
        bool all = false,
        bool updateChecksums = false,
        string? fileList = null,
        string? data = "fake") => new()
    {
        OutputDirectory = _botocore.OutputDirectory,
        ConfigDirectory = _botocore.ConfigDirectory,
        BotocoreDataDirectory = data == "fake" ? _botocore.DataDirectory : data,
        UseEnvironmentVariable = false,
        PythonExecutables = ["awscodegen-no-such-python"],
        Services = services,
        All = all,
        IfMissing = ifMissing,
        UpdateChecksums = updateChecksums,
        FileListPath = fileList,
    };

    private ImportOptions For(params string[] services) => Options(services: services.Length == 0 ? null : services, ifMissing: false);

    private static string ApiVersionOf(string serviceModelPath)
    {
        using JsonDocument model = JsonDocument.Parse(File.ReadAllText(serviceModelPath));
        return model.RootElement.GetProperty("metadata").GetProperty("apiVersion").GetString()!;
    }

    [Test]
    public void Chooses_the_latest_api_version_that_has_a_service_model()
    {
        ImportResult result = BotocoreModelImporter.Import(For("widgets"));

        Assert.That(result.Services.Single().ApiVersion, Is.EqualTo("2021-06-30"));
        Assert.That(ApiVersionOf(_botocore.Out("widgets/service-2.json")), Is.EqualTo("2021-06-30"));
    }

    [Test]
    public void Decompresses_gz_files_and_copies_plain_ones()
    {
        BotocoreModelImporter.Import(For("widgets"));

        Assert.That(File.ReadAllText(_botocore.Out("widgets/service-2.json")), Is.EqualTo(FakeBotocore.ServiceModel("widgets", "2021-06-30")));
        Assert.That(File.ReadAllText(_botocore.Out("widgets/endpoint-rule-set-1.json")), Is.EqualTo("""{"version":"1.0","rules":[]}"""));
        Assert.That(File.ReadAllText(_botocore.Out("widgets/waiters-2.json")), Does.Contain("WidgetReady"));
    }

    [Test]
    public void Copies_only_the_four_model_kinds_and_skips_missing_ones()
    {
        ImportResult result = BotocoreModelImporter.Import(For("widgets"));

        string[] files = Directory.GetFiles(_botocore.Out("widgets")).Select(Path.GetFileName).Order().ToArray()!;
        Assert.That(files, Is.EqualTo(new[] { "endpoint-rule-set-1.json", "service-2.json", "waiters-2.json" }));
        Assert.That(result.Services.Single().Files, Does.Not.Contain("widgets/paginators-1.json"));
    }

    [Test]
    public void Copies_partitions_and_endpoints_but_not_other_top_level_files()
    {
        BotocoreModelImporter.Import(For("gadgets"));

        Assert.That(File.ReadAllText(_botocore.Out("partitions.json")), Does.Contain("\"aws\""));
        Assert.That(File.Exists(_botocore.Out("endpoints.json")), Is.True);
        Assert.That(File.Exists(_botocore.Out("_retry.json")), Is.False);
    }

    [Test]
    public void Uses_the_default_service_list_with_comments()
    {
        ImportResult result = BotocoreModelImporter.Import(Options());

        Assert.That(result.Services.Select(s => s.Name), Is.EqualTo(new[] { "widgets", "gadgets" }));
        Assert.That(File.Exists(_botocore.Out("gadgets/paginators-1.json")), Is.True);
        Assert.That(result.Summary, Does.StartWith($"imported 2 services from botocore {FakeBotocore.Version} into {_botocore.OutputDirectory}"));
    }

    [Test]
    public void All_imports_every_service_that_has_a_model()
    {
        ImportResult all = BotocoreModelImporter.Import(Options(all: true));

        Assert.That(all.Services.Select(s => s.Name), Is.EqualTo(new[] { "gadgets", "widgets" }));
    }

    [Test]
    public void Unknown_service_is_an_error_that_names_it_and_suggests_close_matches()
    {
        var error = Assert.Throws<ModelImportException>(() => BotocoreModelImporter.Import(For("widget", "gadgets")))!;

        Assert.That(error.Code, Is.EqualTo(ImportErrorCodes.UnknownService));
        Assert.That(error.ExitCode, Is.EqualTo(3));
        Assert.That(error.Message, Does.Contain("unknown service 'widget' (did you mean widgets?)"));
        Assert.That(Directory.Exists(_botocore.OutputDirectory), Is.False, "nothing is written when a name is wrong");
    }

    [Test]
    public void Missing_botocore_is_one_error_saying_how_to_install_it()
    {
        var error = Assert.Throws<ModelImportException>(() => BotocoreModelImporter.Import(Options(data: null)))!;

        Assert.That(error.Code, Is.EqualTo(ImportErrorCodes.BotocoreNotFound));
        Assert.That(error.ExitCode, Is.EqualTo(2));
        Assert.That(error.Message, Does.StartWith("botocore was not found"));
        Assert.That(error.Message, Does.Contain($"pip install botocore=={FakeBotocore.Version}"));
        Assert.That(error.Message, Does.Contain("--botocore-data"));
        Assert.That(error.Message, Does.Contain("awscodegen-no-such-python (not found)"));
        Assert.That(error.ToDiagnostic().ToString(), Does.StartWith("AwsCodegen.ModelImporter : error AWSCGI002: botocore was not found"));
    }

    [Test]
    public void A_botocore_data_directory_that_is_not_one_is_reported()
    {
        string notData = Path.Combine(_botocore.Root, "botocore");

        var error = Assert.Throws<ModelImportException>(() => BotocoreModelImporter.Import(Options(data: notData)))!;

        Assert.That(error.ExitCode, Is.EqualTo(2));
        Assert.That(error.Message, Does.Contain("has no partitions.json"));
    }

    [Test]
    public void If_missing_does_nothing_when_everything_is_up_to_date()
    {
        BotocoreModelImporter.Import(Options());
        string model = _botocore.Out("widgets/service-2.json");
        DateTime written = File.GetLastWriteTimeUtc(model);
        File.SetLastWriteTimeUtc(model, written.AddHours(-1));

        ImportResult second = BotocoreModelImporter.Import(Options(ifMissing: true));

        Assert.That(second.UpToDate, Is.True);
        Assert.That(second.FilesWritten, Is.Zero);
        Assert.That(second.Summary, Does.StartWith("models up to date: 2 services"));
        Assert.That(File.GetLastWriteTimeUtc(model), Is.EqualTo(written.AddHours(-1)), "the file was not touched");
    }

    [Test]
    public void If_missing_trusts_the_stamp_and_the_pin_without_looking_for_botocore()
    {
        BotocoreModelImporter.Import(Options());

        // No botocore anywhere: the pin (1.43.11) matches the stamp, so nothing needs botocore.
        ImportResult second = BotocoreModelImporter.Import(Options(ifMissing: true, data: null));

        Assert.That(second.UpToDate, Is.True);
        Assert.That(second.BotocoreDataDirectory, Is.Null);
    }

    [Test]
    public void If_missing_reimports_only_the_service_whose_file_is_gone()
    {
        BotocoreModelImporter.Import(Options());
        File.Delete(_botocore.Out("gadgets/waiters-2.json"));

        ImportResult second = BotocoreModelImporter.Import(Options(ifMissing: true));

        Assert.That(second.UpToDate, Is.False);
        Assert.That(second.Services.Where(s => !s.Skipped).Select(s => s.Name), Is.EqualTo(new[] { "gadgets" }));
        Assert.That(second.FilesWritten, Is.EqualTo(1));
        Assert.That(File.Exists(_botocore.Out("gadgets/waiters-2.json")), Is.True);
    }

    [Test]
    public void If_missing_reimports_when_botocore_changes_version()
    {
        BotocoreModelImporter.Import(For("gadgets"));
        File.WriteAllText(Path.Combine(_botocore.Root, "botocore", "__init__.py"), "__version__ = '1.50.0'\n");

        ImportResult second = BotocoreModelImporter.Import(Options(services: ["gadgets"], ifMissing: true));

        Assert.That(second.UpToDate, Is.False);
        Assert.That(second.BotocoreVersion, Is.EqualTo("1.50.0"));
        Assert.That(second.Services.Single().Skipped, Is.False);
    }

    [Test]
    public void A_botocore_other_than_the_pin_gives_a_warning_naming_both_versions()
    {
        File.WriteAllText(Path.Combine(_botocore.Root, "botocore", "__init__.py"), "__version__ = \"1.99.0\"\n");

        ImportResult result = BotocoreModelImporter.Import(For("gadgets"));

        ImportDiagnostic warning = result.Warnings.Single();
        Assert.That(warning.Code, Is.EqualTo(ImportErrorCodes.BotocoreVersionMismatch));
        Assert.That(warning.Message, Does.Contain("botocore 1.99.0").And.Contain("botocore 1.43.11"));
        Assert.That(File.Exists(_botocore.Out("gadgets/service-2.json")), Is.True, "a version mismatch is not an error");
    }

    [Test]
    public void Removes_a_stale_file_the_latest_version_no_longer_has()
    {
        Directory.CreateDirectory(_botocore.Out("widgets"));
        File.WriteAllText(_botocore.Out("widgets/paginators-1.json"), "{}");

        BotocoreModelImporter.Import(For("widgets"));

        Assert.That(File.Exists(_botocore.Out("widgets/paginators-1.json")), Is.False);
    }

    [Test]
    public void Leaves_no_temp_files_and_cleans_up_stray_ones()
    {
        Directory.CreateDirectory(_botocore.Out("gadgets"));
        File.WriteAllText(_botocore.Out("gadgets/.service-2.json.1234.abc.tmp"), "{\"half");

        BotocoreModelImporter.Import(For("gadgets"));

        Assert.That(Directory.GetFiles(_botocore.OutputDirectory, "*.tmp", SearchOption.AllDirectories), Is.Empty);
    }

    [Test]
    public void Does_not_rewrite_files_whose_content_is_unchanged()
    {
        BotocoreModelImporter.Import(For("gadgets"));
        ImportResult second = BotocoreModelImporter.Import(For("gadgets"));

        Assert.That(second.FilesWritten, Is.Zero);
        Assert.That(second.Services.Single().Skipped, Is.False);
    }

    [Test]
    public void Invalid_json_in_botocore_is_an_error_naming_the_file()
    {
        _botocore.Plain("gadgets/2019-11-01/waiters-2.json", "{\"version\":2,");

        var error = Assert.Throws<ModelImportException>(() => BotocoreModelImporter.Import(For("gadgets")))!;

        Assert.That(error.Code, Is.EqualTo(ImportErrorCodes.ImportFailed));
        Assert.That(error.Message, Does.Contain("waiters-2.json").And.Contain("not valid JSON"));
    }

    [Test]
    public void Checksums_are_recorded_on_request_and_a_changed_file_is_a_warning_naming_it()
    {
        ImportOptions update = Options(updateChecksums: true);
        BotocoreModelImporter.Import(update);
        string checksums = File.ReadAllText(Path.Combine(_botocore.ConfigDirectory, "checksums.txt"));
        Assert.That(checksums, Does.Contain("# botocore 1.43.11").And.Contain("  widgets/service-2.json\n").And.Contain("  partitions.json\n"));

        Assert.That(BotocoreModelImporter.Import(Options()).Warnings, Is.Empty);

        _botocore.Plain("gadgets/2019-11-01/waiters-2.json", """{"version":2,"waiters":{"Tampered":{}}}""");
        ImportResult tampered = BotocoreModelImporter.Import(Options());

        ImportDiagnostic warning = tampered.Warnings.Single();
        Assert.That(warning.Code, Is.EqualTo(ImportErrorCodes.ChecksumMismatch));
        Assert.That(warning.Message, Does.Contain(Path.Combine(_botocore.OutputDirectory, "gadgets/waiters-2.json")).And.Contain("--update-checksums"));

        BotocoreModelImporter.Import(update);
        Assert.That(BotocoreModelImporter.Import(Options()).Warnings, Is.Empty, "--update-checksums accepted the new file");
    }

    [Test]
    public void Writes_the_file_list_for_the_chosen_services()
    {
        string list = Path.Combine(_botocore.Root, "obj", "models.txt");
        BotocoreModelImporter.Import(For("gadgets", "widgets"));

        BotocoreModelImporter.Import(Options(services: ["gadgets"], ifMissing: true, fileList: list));

        string[] lines = File.ReadAllLines(list);
        Assert.That(lines, Has.Length.EqualTo(6));
        Assert.That(lines, Does.Contain(_botocore.Out("partitions.json")).And.Contain(_botocore.Out("gadgets/service-2.json")));
        Assert.That(lines.Any(l => l.Contains("widgets", StringComparison.Ordinal)), Is.False);
    }

    [Test]
    public void Concurrent_imports_into_one_directory_both_succeed()
    {
        Task<ImportResult>[] imports = Enumerable.Range(0, 4)
            .Select(_ => Task.Run(() => BotocoreModelImporter.Import(Options(ifMissing: true))))
            .ToArray();

        Assert.That(() => Task.WaitAll(imports), Throws.Nothing);
        Assert.That(imports.Sum(t => t.Result.FilesWritten), Is.EqualTo(9), "each file written once: 4 gadgets, 3 widgets, 2 shared");
        Assert.That(ApiVersionOf(_botocore.Out("widgets/service-2.json")), Is.EqualTo("2021-06-30"));
    }

    [Test]
    public void Only_one_way_of_choosing_services_is_allowed()
    {
        var error = Assert.Throws<ModelImportException>(() => BotocoreModelImporter.Import(Options(services: ["gadgets"], all: true)))!;

        Assert.That(error.ExitCode, Is.EqualTo(1));
    }
}
