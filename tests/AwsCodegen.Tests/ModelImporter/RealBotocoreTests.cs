using System;
using System.IO;
using System.Text.Json;
using AwsCodegen.ModelImporter;
using NUnit.Framework;

namespace AwsCodegen.Tests.ModelImporter;

/// <summary>Imports from the botocore actually installed (python3 -c "import botocore"), as the build does.</summary>
[TestFixture]
public sealed class RealBotocoreTests
{
    [Test]
    public void Imports_dynamodb_from_the_installed_botocore()
    {
        string output = Path.Combine(Path.GetTempPath(), "awscodegen-real-import-" + Guid.NewGuid().ToString("N"));
        try
        {
            ImportResult result;
            try
            {
                result = BotocoreModelImporter.Import(new ImportOptions
                {
                    OutputDirectory = output,
                    ConfigDirectory = RepoLayout.FindUpward(TestContext.CurrentContext.TestDirectory),
                    Services = ["dynamodb"],
                });
            }
            catch (ModelImportException e) when (e.Code == ImportErrorCodes.BotocoreNotFound)
            {
                Assert.Ignore("botocore is not installed here: " + e.Message);
                return;
            }

            Assert.That(result.Services[0].ApiVersion, Is.EqualTo("2012-08-10"));
            foreach (string file in new[] { "service-2.json", "paginators-1.json", "waiters-2.json", "endpoint-rule-set-1.json" })
            {
                using JsonDocument parsed = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(output, "dynamodb", file)));
                Assert.That(parsed.RootElement.ValueKind, Is.EqualTo(JsonValueKind.Object), file);
            }

            using JsonDocument service = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(output, "dynamodb", "service-2.json")));
            JsonElement metadata = service.RootElement.GetProperty("metadata");
            Assert.That(metadata.GetProperty("protocol").GetString(), Is.EqualTo("json"));
            Assert.That(metadata.GetProperty("apiVersion").GetString(), Is.EqualTo("2012-08-10"));
            Assert.That(service.RootElement.GetProperty("operations").TryGetProperty("GetItem", out _), Is.True);

            using JsonDocument partitions = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(output, "partitions.json")));
            Assert.That(partitions.RootElement.GetProperty("partitions").GetArrayLength(), Is.GreaterThan(0));
        }
        finally
        {
            if (Directory.Exists(output))
            {
                Directory.Delete(output, recursive: true);
            }
        }
    }
}
