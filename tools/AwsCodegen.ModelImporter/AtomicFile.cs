using System;
using System.IO;

namespace AwsCodegen.ModelImporter;

/// <summary>
/// Writes a whole file or nothing: the bytes go to a temporary file in the same directory, which is then renamed
/// over the target (an atomic replace on one file system). Readers never see a half-written file, and a killed
/// import leaves at most a stray <c>.*.tmp</c> file that the next import removes.
/// </summary>
public static class AtomicFile
{
    public const string TempSuffix = ".tmp";

    /// <summary>Writes <paramref name="content"/> unless the file already holds exactly it. Returns whether it wrote.</summary>
    public static bool WriteIfChanged(string path, ReadOnlySpan<byte> content)
    {
        if (HasContent(path, content))
        {
            return false;
        }

        Write(path, content);
        return true;
    }

    public static void Write(string path, ReadOnlySpan<byte> content)
    {
        string directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(directory);
        string temp = Path.Combine(
            directory,
            $".{Path.GetFileName(path)}.{Environment.ProcessId}.{Guid.NewGuid():N}{TempSuffix}");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1))
            {
                stream.Write(content);
            }

            File.Move(temp, path, overwrite: true);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    /// <summary>Removes temporary files left by killed writers. Call only while holding the import lock.</summary>
    public static void DeleteStrayTempFiles(string directory)
    {
        if (!Directory.Exists(directory))
        {
            return;
        }

        foreach (string stray in Directory.EnumerateFiles(directory, ".*" + TempSuffix))
        {
            TryDelete(stray);
        }
    }

    private static bool HasContent(string path, ReadOnlySpan<byte> content)
    {
        var info = new FileInfo(path);
        if (!info.Exists || info.Length != content.Length)
        {
            return false;
        }

        return File.ReadAllBytes(path).AsSpan().SequenceEqual(content);
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
