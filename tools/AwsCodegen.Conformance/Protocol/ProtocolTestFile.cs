using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;

namespace AwsCodegen.Conformance.Protocol;

/// <summary>Whether a case checks the request a client sends (input) or how it reads a response (output).</summary>
public enum CaseKind
{
    Input,
    Output,
}

/// <summary>One suite of a protocol test file: a service's metadata and shapes, and the cases that use them.</summary>
public sealed record ProtocolSuite(int Index, JsonElement Metadata, JsonElement Shapes, IReadOnlyList<ProtocolCase> Cases);

/// <summary>One case of a protocol test file. Its <see cref="Id"/> is stable across machines: <c>dir/file:suite:case</c>.</summary>
public sealed record ProtocolCase(string FileKey, int SuiteIndex, int CaseIndex, string CaseName, CaseKind Kind, JsonElement Data)
{
    public string Id => $"{FileKey}:{SuiteIndex}:{CaseName}";

    public JsonElement Given => Data.GetProperty("given");

    public string OperationName => Given.GetProperty("name").GetString() ?? "";
}

/// <summary>
/// A botocore protocol test file (a JSON list of suites), read once. The document stays open while the
/// file's cases run, because the cases are views into it.
/// </summary>
public sealed class ProtocolTestFile : IDisposable
{
    private readonly JsonDocument _document;

    private ProtocolTestFile(string path, string key, JsonDocument document, IReadOnlyList<ProtocolSuite> suites)
    {
        Path = path;
        Key = key;
        _document = document;
        Suites = suites;
    }

    public string Path { get; }

    /// <summary>The parent directory's name and the file name, e.g. "input/json.json": what case ids start with.</summary>
    public string Key { get; }

    public IReadOnlyList<ProtocolSuite> Suites { get; }

    public static string KeyOf(string path)
    {
        string full = System.IO.Path.GetFullPath(path);
        string? parent = System.IO.Path.GetFileName(System.IO.Path.GetDirectoryName(full));
        string name = System.IO.Path.GetFileName(full);
        return string.IsNullOrEmpty(parent) ? name : parent + "/" + name;
    }

    /// <summary>Reads the file; throws <see cref="InvalidDataException"/> when it is not a list of suites.</summary>
    public static ProtocolTestFile Load(string path)
    {
        var document = JsonDocument.Parse(File.ReadAllBytes(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        try
        {
            string key = KeyOf(path);
            if (document.RootElement.ValueKind != JsonValueKind.Array)
                throw new InvalidDataException("the file is not a JSON list of suites");
            // The parent directory says which kind of file this is; a file elsewhere is judged case by case.
            string? dirName = System.IO.Path.GetFileName(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path)));
            CaseKind? fileKind = dirName switch { "input" => CaseKind.Input, "output" => CaseKind.Output, _ => null };
            var suites = new List<ProtocolSuite>();
            int suiteIndex = 0;
            foreach (var suite in document.RootElement.EnumerateArray())
            {
                suites.Add(ReadSuite(key, suiteIndex, suite, fileKind));
                suiteIndex++;
            }
            return new ProtocolTestFile(path, key, document, suites);
        }
        catch
        {
            document.Dispose();
            throw;
        }
    }

    private static ProtocolSuite ReadSuite(string key, int index, JsonElement suite, CaseKind? fileKind)
    {
        if (suite.ValueKind != JsonValueKind.Object)
            throw new InvalidDataException($"suite {index} is not an object");
        var metadata = suite.TryGetProperty("metadata", out var m) ? m : default;
        var shapes = suite.TryGetProperty("shapes", out var s) ? s : default;
        var cases = new List<ProtocolCase>();
        if (suite.TryGetProperty("cases", out var list) && list.ValueKind == JsonValueKind.Array)
        {
            int caseIndex = 0;
            foreach (var item in list.EnumerateArray())
            {
                string name = item.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String && id.GetString() is { Length: > 0 } text
                    ? text
                    : "#" + caseIndex.ToString(System.Globalization.CultureInfo.InvariantCulture);
                CaseKind kind = item.TryGetProperty("serialized", out _) ? CaseKind.Input
                    : item.TryGetProperty("response", out _) ? CaseKind.Output
                    : fileKind ?? CaseKind.Input;
                cases.Add(new ProtocolCase(key, index, caseIndex, name, kind, item));
                caseIndex++;
            }
        }
        return new ProtocolSuite(index, metadata, shapes, cases);
    }

    public void Dispose() => _document.Dispose();
}
