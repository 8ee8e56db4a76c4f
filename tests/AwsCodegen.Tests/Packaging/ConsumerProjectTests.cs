using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using System.Xml.Linq;
using AwsCodegen.ModelImporter;
using AwsCodegen.Tests.Infrastructure;
using NUnit.Framework;

namespace AwsCodegen.Tests.Packaging;

/// <summary>
/// The packages as a user gets them: `dotnet pack` of the generator and the runtime into a folder feed, then a
/// console project outside the repository that references both by version, generates a DynamoDB client from the
/// real botocore model (with the AwsNamespace metadata), builds without warnings and talks to moto.
/// Restores go to a fresh NUGET_PACKAGES folder, so a cached package of the same version never hides a change.
/// </summary>
[TestFixture]
[Category("Slow")]
public sealed class ConsumerProjectTests
{
    private const string GeneratorPackageId = "AwsCodegen.Generator";
    private const string RuntimePackageId = "AwsCodegen.Runtime";
    private const string AnalyzerFolder = "analyzers/dotnet/cs/";
    private static readonly TimeSpan s_dotnetTimeout = TimeSpan.FromMinutes(5);

    /// <summary>What STJ 8.0.5's netstandard2.0 build needs, besides netstandard itself.</summary>
    private static readonly string[] s_analyzerDependencies =
    [
        "System.Text.Json", "Microsoft.Bcl.AsyncInterfaces", "System.Text.Encodings.Web", "System.Buffers", "System.Memory",
        "System.Numerics.Vectors", "System.Runtime.CompilerServices.Unsafe", "System.Threading.Tasks.Extensions",
    ];

    /// <summary>Assemblies every Roslyn host provides: an analyzer may reference them without shipping them.</summary>
    private static readonly string[] s_compilerProvided =
        ["netstandard", "mscorlib", "Microsoft.CodeAnalysis", "Microsoft.CodeAnalysis.CSharp", "System.Collections.Immutable", "System.Reflection.Metadata"];

    private string _root = null!;
    private string _feed = null!;
    private string _packages = null!;
    private string _version = null!;
    private string _model = null!;

    [OneTimeSetUp]
    public async Task PackAsync()
    {
        string repo = SharedPaths.RepoRoot;
        _version = XDocument.Load(Path.Combine(repo, "Directory.Build.props")).Descendants("Version").First().Value.Trim();
        _root = Path.Combine(Path.GetTempPath(), "awscodegen-consumer-" + Guid.NewGuid().ToString("N"));
        _feed = Path.Combine(_root, "feed");
        _packages = Path.Combine(_root, "packages");
        Directory.CreateDirectory(_feed);
        Directory.CreateDirectory(_packages);

        // Both packs at once: the projects share nothing. Release, as a package would be built.
        var packs = await Task.WhenAll(
            Pack(Path.Combine(repo, "generator", "AwsCodegen.Generator", "AwsCodegen.Generator.csproj")),
            Pack(Path.Combine(repo, "runtime", "AwsCodegen.Runtime", "AwsCodegen.Runtime.csproj")));
        foreach (var pack in packs)
        {
            TestContext.Progress.WriteLine($"{pack.CommandLine}: {pack.Elapsed.TotalSeconds:0.0} s");
            Assert.That(pack.Succeeded, Is.True, "dotnet pack failed:\n" + pack);
        }

        _model = FindDynamoDbModel(repo);
        await WriteNuGetConfigAsync();
        // Nothing from folders above the temp directory (a stray Directory.Build.props in /tmp, say) may take part.
        foreach (string name in new[] { "Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props" })
            File.WriteAllText(Path.Combine(_root, name), "<Project />\n");
    }

    [OneTimeTearDown]
    public void DeleteTemporaryDirectory()
    {
        if (_root is null || !Directory.Exists(_root)) return;
        try { Directory.Delete(_root, recursive: true); }
        catch (IOException e) { TestContext.Progress.WriteLine($"could not delete {_root}: {e.Message}"); }
        catch (UnauthorizedAccessException e) { TestContext.Progress.WriteLine($"could not delete {_root}: {e.Message}"); }
    }

    [Test]
    public void Generator_package_is_a_self_contained_analyzer_package()
    {
        using var package = ZipFile.OpenRead(PackagePath(GeneratorPackageId));
        var entries = package.Entries.Select(e => e.FullName).ToList();
        string listing = string.Join("\n", entries);

        Assert.Multiple(() =>
        {
            Assert.That(entries, Does.Contain(AnalyzerFolder + "AwsCodegen.Generator.dll"), listing);
            foreach (string dependency in s_analyzerDependencies)
                Assert.That(entries, Does.Contain(AnalyzerFolder + dependency + ".dll"), listing);
            Assert.That(entries.Where(e => e.StartsWith("lib/", StringComparison.Ordinal)), Is.Empty, "an analyzer package has no lib/ assets:\n" + listing);
            Assert.That(entries, Does.Contain("build/AwsCodegen.Generator.props"), listing);
            Assert.That(entries, Does.Contain("buildTransitive/AwsCodegen.Generator.props"), listing);
        });

        string props = ReadEntry(package, "build/AwsCodegen.Generator.props");
        Assert.That(props, Does.Contain("MetadataName=\"AwsNamespace\"").And.Contain("MetadataName=\"AwsServiceName\""));

        XElement metadata = Nuspec(package);
        Assert.That(metadata.Elements().FirstOrDefault(e => e.Name.LocalName == "developmentDependency")?.Value, Is.EqualTo("true"));
        Assert.That(metadata.Elements().Where(e => e.Name.LocalName == "dependencies"), Is.Empty, "the analyzer package must not flow dependencies to consumers");

        // Every assembly the analyzer folder holds must find its references there or in the compiler itself, at
        // the version it asks for or later: that is what lets a host without System.Text.Json load the generator.
        var packed = package.Entries
            .Where(e => e.FullName.StartsWith(AnalyzerFolder, StringComparison.Ordinal) && e.FullName.EndsWith(".dll", StringComparison.Ordinal))
            .ToDictionary(e => Path.GetFileNameWithoutExtension(e.Name), e => ReadAssembly(e), StringComparer.Ordinal);
        Assert.That(packed["System.Text.Json"].Version, Is.EqualTo(new Version(8, 0, 0, 0)), "System.Text.Json 8.0.x is the version the generator is built against");
        var missing = new List<string>();
        foreach (var (name, assembly) in packed)
        {
            foreach (var reference in assembly.References)
            {
                if (s_compilerProvided.Contains(reference.Name, StringComparer.Ordinal)) continue;
                bool found = packed.TryGetValue(reference.Name ?? "", out var shipped);
                if (!found || shipped.Version < reference.Version)
                    missing.Add($"{name} -> {reference.Name} {reference.Version} (packed: {(found ? shipped.Version.ToString() : "none")})");
            }
        }
        Assert.That(missing, Is.Empty, "references the package does not satisfy:\n" + string.Join("\n", missing));
    }

    [Test]
    public void Runtime_package_has_the_library_its_docs_and_the_AWSSDK_Core_dependency()
    {
        using var package = ZipFile.OpenRead(PackagePath(RuntimePackageId));
        var entries = package.Entries.Select(e => e.FullName).ToList();
        Assert.That(entries, Does.Contain("lib/net8.0/AwsCodegen.Runtime.dll").And.Contain("lib/net8.0/AwsCodegen.Runtime.xml"), string.Join("\n", entries));

        var dependencies = Nuspec(package).Descendants().Where(e => e.Name.LocalName == "dependency")
            .Select(e => (string?)e.Attribute("id")).ToList();
        Assert.That(dependencies, Does.Contain("AWSSDK.Core"));
    }

    [Test]
    public async Task Consumer_project_generates_a_client_builds_cleanly_and_talks_to_moto()
    {
        string project = Path.Combine(_root, "consumer");
        WriteConsumer(project, _model, ConsumerProgram);

        ProcessResult build = await BuildAsync(project);
        Assert.That(build.Succeeded, Is.True, "the consumer project did not build:\n" + build);
        Assert.That(WarningLines(build.Output), Is.Empty, "the consumer build had warnings:\n" + build);

        var moto = MotoServer.Shared;
        string table = "consumer-" + Guid.NewGuid().ToString("N")[..8];
        string value = "hello from the package " + Guid.NewGuid().ToString("N")[..8];
        var environment = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (string name in Environment.GetEnvironmentVariables().Keys.Cast<string>())
        {
            // Nothing of the developer's AWS setup or proxies: only moto, on loopback.
            if (name.StartsWith("AWS_", StringComparison.OrdinalIgnoreCase) || name.EndsWith("_PROXY", StringComparison.OrdinalIgnoreCase))
                environment[name] = null;
        }
        environment["AWS_ENDPOINT_URL"] = moto.Endpoint.ToString();
        environment["AWS_REGION"] = moto.Region;
        environment["AWS_ACCESS_KEY_ID"] = moto.AccessKeyId;
        environment["AWS_SECRET_ACCESS_KEY"] = moto.SecretAccessKey;
        environment["AWS_CONFIG_FILE"] = "/dev/null";
        environment["AWS_SHARED_CREDENTIALS_FILE"] = "/dev/null";
        environment["AWS_EC2_METADATA_DISABLED"] = "true";

        string dll = Path.Combine(project, "bin", "Release", "net10.0", "Consumer.dll");
        ProcessResult run = await DotnetCli.DotnetAsync(project, [dll, "--table", table, "--value", value], TimeSpan.FromMinutes(2), environment);
        TestContext.Progress.WriteLine($"consumer run: {run.Elapsed.TotalSeconds:0.0} s");

        Assert.That(run.Succeeded, Is.True, $"the consumer failed:\n{run}\nmoto's output:\n{moto.RecentOutput}");
        Assert.That(run.Output, Does.Contain($"item value: {value}\n"), run.ToString());
    }

    [Test]
    public async Task A_broken_model_fails_the_build_with_AWSCG004_and_the_model_path()
    {
        string project = Path.Combine(_root, "broken");
        var model = JsonNode.Parse(File.ReadAllText(_model))!;
        model["shapes"]!["GetItemInput"]!["members"]!["Broken"] = new JsonObject { ["shape"] = "NoSuchShape" };
        string brokenModel = Path.Combine(_root, "broken-service-2.json");
        File.WriteAllText(brokenModel, model.ToJsonString());
        // The program uses nothing generated, so the generator's diagnostic is the only possible error.
        WriteConsumer(project, brokenModel, "return 0;\n");

        ProcessResult build = await BuildAsync(project);
        string modelPath = Path.Combine(project, "Models", "dynamodb", "service-2.json");
        var errorIds = Regex.Matches(build.Output, @"\berror ([A-Z]+[0-9]+):").Select(m => m.Groups[1].Value).Distinct().ToList();

        Assert.Multiple(() =>
        {
            Assert.That(build.ExitCode, Is.Not.Zero, "the build with a broken model succeeded:\n" + build);
            Assert.That(build.TimedOut, Is.False, build.ToString());
            Assert.That(errorIds, Is.EqualTo(new[] { "AWSCG004" }), "expected only the generator's AWSCG004 (not a generator crash: CS8784/CS8785/AWSCG007):\n" + build);
            var line = build.Output.Split('\n').FirstOrDefault(l => l.Contains("error AWSCG004:", StringComparison.Ordinal));
            Assert.That(line, Does.Contain(modelPath).And.Contain("NoSuchShape"), build.ToString());
        });
    }

    // ---- helpers ----

    private Task<ProcessResult> Pack(string project) =>
        DotnetCli.DotnetAsync(_root, ["pack", project, "-c", "Release", "-o", _feed, "-nodeReuse:false", "-tl:off"], s_dotnetTimeout);

    private Task<ProcessResult> BuildAsync(string project) =>
        DotnetCli.DotnetAsync(project, ["build", "-c", "Release", "-nodeReuse:false", "-tl:off", "-warnaserror"], s_dotnetTimeout,
            new Dictionary<string, string?>(StringComparer.Ordinal) { ["NUGET_PACKAGES"] = _packages });

    private string PackagePath(string id)
    {
        string path = Path.Combine(_feed, $"{id}.{_version}.nupkg");
        Assert.That(File.Exists(path), Is.True, $"{path} was not produced; the feed has: {string.Join(", ", Directory.GetFiles(_feed).Select(Path.GetFileName))}");
        return path;
    }

    /// <summary>The repository's imported DynamoDB model, or a fresh import from the installed botocore.</summary>
    private string FindDynamoDbModel(string repo)
    {
        string models = Path.Combine(repo, "models");
        string model = Path.Combine(models, "dynamodb", "service-2.json");
        if (File.Exists(model)) return model;

        string imported = Path.Combine(_root, "models");
        try
        {
            BotocoreModelImporter.Import(new ImportOptions { OutputDirectory = imported, ConfigDirectory = models, Services = ["dynamodb"] });
        }
        catch (ModelImportException e)
        {
            Assert.Fail($"{model} is missing and importing it failed ({e.Code}): {e.Message}. Every machine of this project has botocore (pip install botocore).");
        }
        return Path.Combine(imported, "dynamodb", "service-2.json");
    }

    /// <summary>
    /// The folder feed first, for AwsCodegen.* only (source mapping: a package of that name elsewhere never wins),
    /// then the machine's own enabled sources for everything else.
    /// </summary>
    private async Task WriteNuGetConfigAsync()
    {
        ProcessResult list = await DotnetCli.DotnetAsync(_root, ["nuget", "list", "source", "--format", "short"], TimeSpan.FromMinutes(1));
        var upstream = list.Output.Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.StartsWith("E ", StringComparison.Ordinal))
            .Select(l => l[2..].Trim())
            .Where(s => s.Length > 0 && !string.Equals(s.TrimEnd('/'), _feed, StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (upstream.Count == 0) upstream.Add("https://api.nuget.org/v3/index.json");

        var sources = new XElement("packageSources", new XElement("clear"), new XElement("add", new XAttribute("key", "awscodegen-local"), new XAttribute("value", _feed)));
        var mapping = new XElement("packageSourceMapping",
            new XElement("packageSource", new XAttribute("key", "awscodegen-local"), new XElement("package", new XAttribute("pattern", "AwsCodegen.*"))));
        for (int i = 0; i < upstream.Count; i++)
        {
            string key = "upstream" + i;
            sources.Add(new XElement("add", new XAttribute("key", key), new XAttribute("value", upstream[i])));
            mapping.Add(new XElement("packageSource", new XAttribute("key", key), new XElement("package", new XAttribute("pattern", "*"))));
        }
        new XDocument(new XElement("configuration", sources, mapping)).Save(Path.Combine(_root, "nuget.config"));
    }

    private void WriteConsumer(string project, string model, string program)
    {
        Directory.CreateDirectory(Path.Combine(project, "Models", "dynamodb"));
        File.Copy(model, Path.Combine(project, "Models", "dynamodb", "service-2.json"), overwrite: true);
        File.WriteAllText(Path.Combine(project, "Program.cs"), program);
        File.WriteAllText(Path.Combine(project, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <RootNamespace>Consumer</RootNamespace>
                <Nullable>enable</Nullable>
                <ImplicitUsings>disable</ImplicitUsings>
                <LangVersion>latest</LangVersion>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <SatelliteResourceLanguages>en</SatelliteResourceLanguages>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="{GeneratorPackageId}" Version="{_version}" />
                <PackageReference Include="{RuntimePackageId}" Version="{_version}" />
              </ItemGroup>
              <ItemGroup>
                <AdditionalFiles Include="Models/dynamodb/service-2.json" AwsNamespace="Consumer.Dynamo" />
              </ItemGroup>
            </Project>
            """);
    }

    private static List<string> WarningLines(string output) =>
        output.Split('\n').Where(l => Regex.IsMatch(l, @"\bwarning [A-Z]+[0-9]+:")).ToList();

    private static string ReadEntry(ZipArchive package, string name)
    {
        using var reader = new StreamReader(package.GetEntry(name)!.Open());
        return reader.ReadToEnd();
    }

    private static XElement Nuspec(ZipArchive package)
    {
        var entry = package.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal) && !e.FullName.Contains('/', StringComparison.Ordinal));
        using var stream = entry.Open();
        return XDocument.Load(stream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
    }

    private static (Version Version, List<System.Reflection.AssemblyName> References) ReadAssembly(ZipArchiveEntry entry)
    {
        using var buffer = new MemoryStream();
        using (var stream = entry.Open()) stream.CopyTo(buffer);
        buffer.Position = 0;
        using var pe = new PEReader(buffer);
        var reader = pe.GetMetadataReader();
        var references = reader.AssemblyReferences.Select(h => reader.GetAssemblyReference(h).GetAssemblyName()).ToList();
        return (reader.GetAssemblyDefinition().Version, references);
    }

    /// <summary>
    /// The consumer's Program.cs. Endpoint, region and credentials come from --endpoint/--region or, as in the
    /// test, from AWS_ENDPOINT_URL, AWS_REGION and AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY through the runtime.
    /// </summary>
    private const string ConsumerProgram = """
        using System;
        using System.Collections.Generic;
        using AwsCodegen.Runtime;
        using Consumer.Dynamo;

        string? Arg(string name)
        {
            int i = Array.IndexOf(args, name);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        }

        string table = Arg("--table") ?? "consumer-table";
        string value = Arg("--value") ?? "hello";
        var options = new AwsClientOptions { Region = Arg("--region") };
        if (Arg("--endpoint") is { } endpoint) options.ServiceUrl = new Uri(endpoint);

        using var client = new DynamoDBClient(options);
        await client.CreateTableAsync(new CreateTableRequest
        {
            TableName = table,
            AttributeDefinitions = [new AttributeDefinition { AttributeName = "id", AttributeType = ScalarAttributeType.S }],
            KeySchema = [new KeySchemaElement { AttributeName = "id", KeyType = KeyType.Hash }],
            BillingMode = BillingMode.PayPerRequest,
        });
        await client.PutItemAsync(new PutItemRequest
        {
            TableName = table,
            Item = new Dictionary<string, AttributeValue>
            {
                ["id"] = new AttributeValue { S = "item-1" },
                ["value"] = new AttributeValue { S = value },
            },
        });
        var got = await client.GetItemAsync(new GetItemRequest
        {
            TableName = table,
            Key = new Dictionary<string, AttributeValue> { ["id"] = new AttributeValue { S = "item-1" } },
            ConsistentRead = true,
        });

        if (got.Item is null || !got.Item.TryGetValue("value", out var stored) || stored.S is null)
        {
            Console.Error.WriteLine("GetItem returned no value");
            return 2;
        }
        Console.WriteLine("item value: " + stored.S);
        return 0;
        """;
}
