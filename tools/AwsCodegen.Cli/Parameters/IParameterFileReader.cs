using System;
using System.IO;

namespace AwsCodegen.Cli.Parameters;

/// <summary>
/// Reads the files that <c>file://</c>, <c>fileb://</c>, <c>@=</c> and <c>--cli-input-json file://</c> name. Paths
/// come already made absolute against the command's working directory, so a resident host can serve many commands with
/// different working directories, and tests can serve files from memory.
/// </summary>
public interface IParameterFileReader
{
    /// <summary>The file's bytes.</summary>
    /// <exception cref="ParameterFileException">The file cannot be read (its errno and text).</exception>
    byte[] ReadAllBytes(string fullPath);

    /// <summary>Whether the path is an existing regular file (streaming blobs must name one).</summary>
    bool IsFile(string fullPath);
}

/// <summary>A file that cannot be read, with the errno and text Python's OSError would carry.</summary>
public sealed class ParameterFileException(int errno, string reason) : IOException(reason)
{
    public int Errno { get; } = errno;
    public string Reason { get; } = reason;

    public static ParameterFileException NotFound() => new(2, "No such file or directory");
    public static ParameterFileException IsADirectory() => new(21, "Is a directory");
    public static ParameterFileException PermissionDenied() => new(13, "Permission denied");
}

/// <summary>The local file system.</summary>
public sealed class LocalParameterFileReader : IParameterFileReader
{
    public static LocalParameterFileReader Instance { get; } = new();

    public byte[] ReadAllBytes(string fullPath)
    {
        if (Directory.Exists(fullPath)) throw ParameterFileException.IsADirectory();
        try
        {
            return File.ReadAllBytes(fullPath);
        }
        catch (FileNotFoundException) { throw ParameterFileException.NotFound(); }
        catch (DirectoryNotFoundException) { throw ParameterFileException.NotFound(); }
        catch (UnauthorizedAccessException) { throw ParameterFileException.PermissionDenied(); }
        catch (IOException e) when (e is not ParameterFileException) { throw new ParameterFileException(5, e.Message); }
    }

    public bool IsFile(string fullPath) => File.Exists(fullPath);
}
