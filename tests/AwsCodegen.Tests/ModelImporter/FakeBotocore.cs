using System;
using System.IO;
using System.IO.Compression;
using System.Text;

namespace AwsCodegen.Tests.ModelImporter;

/// <summary>
/// A throwaway botocore package in a temp folder (<c>botocore/__init__.py</c> + <c>botocore/data/...</c>), laid out
/// like the real one: gzipped and plain model files, several API versions, sdk-extras files, and a config folder
/// with the pin and default service list. Deleted on dispose.
/// </summary>
internal sealed class FakeBotocore : IDisposable
{
    public const string Version = "1.43.11";

    public FakeBotocore(string version = Version)
    {
        Root = Path.Combine(Path.GetTempPath(), "awscodegen-importer-" + Guid.NewGuid().ToString("N"));
        DataDirectory = Path.Combine(Root, "botocore", "data");
        ConfigDirectory = Path.Combine(Root, "config");
        OutputDirectory = Path.Combine(Root, "out");
        Directory.CreateDirectory(DataDirectory);
        Directory.CreateDirectory(ConfigDirectory);
        File.WriteAllText(Path.Combine(Root, "botocore", "__init__.py"), $"import logging\n\n__version__ = '{version}'\n");
        File.WriteAllText(Path.Combine(ConfigDirectory, "botocore-version.txt"), Version + "\n");
        File.WriteAllText(Path.Combine(ConfigDirectory, "default-services.txt"), "# comment\nwidgets\n\ngadgets  # inline\n");
        Plain("partitions.json", """{"partitions":[{"id":"aws"}],"version":"1.1"}""");
        Plain("endpoints.json", """{"partitions":[],"version":3}""");
        Plain("_retry.json", """{"retry":{}}""");

        // widgets: an old version, the latest version (missing paginators, with sdk-extras), and a newer
        // directory that has no service-2 model (like dynamodb/2011-12-05) and so must not be chosen.
        Gz("widgets/2015-01-01/service-2.json.gz", ServiceModel("widgets", "2015-01-01"));
        Plain("widgets/2015-01-01/paginators-1.json", """{"pagination":{"Old":{}}}""");
        Gz("widgets/2021-06-30/service-2.json.gz", ServiceModel("widgets", "2021-06-30"));
        Plain("widgets/2021-06-30/waiters-2.json", """{"version":2,"waiters":{"WidgetReady":{}}}""");
        Gz("widgets/2021-06-30/endpoint-rule-set-1.json.gz", """{"version":"1.0","rules":[]}""");
        Plain("widgets/2021-06-30/service-2.sdk-extras.json", """{"version":1.0,"merge":{}}""");
        Plain("widgets/2021-06-30/examples-1.json", """{"version":"1.0","examples":{}}""");
        Plain("widgets/2099-12-31/examples-1.json", """{"version":"1.0","examples":{}}""");

        // gadgets: a single version with every file, paginators plain.
        Gz("gadgets/2019-11-01/service-2.json.gz", ServiceModel("gadgets", "2019-11-01"));
        Plain("gadgets/2019-11-01/paginators-1.json", """{"pagination":{"ListGadgets":{"input_token":"NextToken"}}}""");
        Plain("gadgets/2019-11-01/waiters-2.json", """{"version":2,"waiters":{}}""");
        Gz("gadgets/2019-11-01/endpoint-rule-set-1.json.gz", """{"version":"1.0","rules":[]}""");
    }

    public string Root { get; }

    public string DataDirectory { get; }

    public string ConfigDirectory { get; }

    public string OutputDirectory { get; }

    public static string ServiceModel(string name, string apiVersion) =>
        $$$"""{"version":"2.0","metadata":{"apiVersion":"{{{apiVersion}}}","endpointPrefix":"{{{name}}}","protocol":"json","serviceId":"{{{name}}}"},"operations":{},"shapes":{}}""";

    public void Plain(string relativePath, string content)
    {
        string path = Path.Combine(DataDirectory, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }

    public void Gz(string relativePath, string content)
    {
        string path = Path.Combine(DataDirectory, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var file = File.Create(path);
        using var gzip = new GZipStream(file, CompressionLevel.Fastest);
        gzip.Write(Encoding.UTF8.GetBytes(content));
    }

    public string Out(string relativePath) => Path.Combine(OutputDirectory, relativePath);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
