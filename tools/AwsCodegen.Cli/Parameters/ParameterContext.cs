using System;

namespace AwsCodegen.Cli.Parameters;

/// <summary>How command-line blob values are read.</summary>
public enum BlobInput : byte
{
    /// <summary>aws-cli v1: the value's text is the data (sent as its UTF-8 bytes); fileb:// gives raw bytes.</summary>
    Raw,
    /// <summary>aws-cli v2's default (cli_binary_format=base64): the value's text is base64 of the data.</summary>
    Base64,
}

/// <summary>
/// What parameter parsing needs from the command's surroundings: its working directory (never the process's), a file
/// reader, and environment variables (for <c>~</c> and <c>$VAR</c> in file paths, as Python's expanduser and
/// expandvars read them).
/// </summary>
public sealed class ParameterContext
{
    public ParameterContext(string workingDirectory, IParameterFileReader? files = null, Func<string, string?>? environment = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(workingDirectory);
        WorkingDirectory = workingDirectory;
        Files = files ?? LocalParameterFileReader.Instance;
        Environment = environment ?? (_ => null);
    }

    public string WorkingDirectory { get; }
    public IParameterFileReader Files { get; }
    public Func<string, string?> Environment { get; }
    public BlobInput Blobs { get; init; } = BlobInput.Raw;
}
