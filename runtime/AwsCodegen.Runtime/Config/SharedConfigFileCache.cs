using System;
using System.Collections.Concurrent;
using System.IO;
using AwsCodegen.Runtime.Errors;

namespace AwsCodegen.Runtime;

/// <summary>
/// Parsed shared config and credentials files, kept per path and re-read only when the file's modification time
/// or length changes, so that creating many clients costs one stat per file instead of one parse.
/// </summary>
internal static class SharedConfigFileCache
{
    private sealed record Entry(DateTime LastWriteUtc, long Length, IniFile File);

    private static readonly ConcurrentDictionary<string, Entry> s_entries = new(StringComparer.Ordinal);

    /// <summary>The parsed file, or null when there is no file at that path.</summary>
    public static IniFile? Read(string path)
    {
        FileInfo info;
        try
        {
            info = new FileInfo(path);
            if (!info.Exists)
            {
                s_entries.TryRemove(path, out _);
                return null;
            }
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException or UnauthorizedAccessException or IOException)
        {
            throw new AwsClientException($"Cannot read the AWS shared config file {path}: {e.Message}", e);
        }

        // Stat before reading: if the file changes while it is read, the next call sees a newer time and reads again.
        DateTime lastWrite = info.LastWriteTimeUtc;
        long length = info.Length;
        if (s_entries.TryGetValue(path, out var entry) && entry.LastWriteUtc == lastWrite && entry.Length == length)
            return entry.File;

        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (FileNotFoundException)
        {
            s_entries.TryRemove(path, out _);
            return null;
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            throw new AwsClientException($"Cannot read the AWS shared config file {path}: {e.Message}", e);
        }

        var file = IniFile.Parse(text, path);
        s_entries[path] = new Entry(lastWrite, length, file);
        return file;
    }

    /// <summary>Forgets every parsed file (for tests).</summary>
    internal static void Clear() => s_entries.Clear();
}
