using System.IO;
using AwsCodegen.Cli.Engine;
using AwsCodegen.Cli.Parameters;

namespace AwsCodegen.Cli.Commands;

/// <summary>
/// The parameter files of one command: the local file system, except that <c>file:///dev/stdin</c> (and its
/// /dev/fd/0 spellings) reads the command's own stdin, which in the resident daemon is the client's, not the
/// daemon's /dev/null.
/// </summary>
internal sealed class InvocationFileReader(CommandInvocation invocation) : IParameterFileReader
{
    public byte[] ReadAllBytes(string fullPath)
    {
        var stream = invocation.StandardStreamFor(fullPath);
        if (stream is null || !stream.CanRead) return LocalParameterFileReader.Instance.ReadAllBytes(fullPath);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    public bool IsFile(string fullPath) => LocalParameterFileReader.Instance.IsFile(fullPath);
}
