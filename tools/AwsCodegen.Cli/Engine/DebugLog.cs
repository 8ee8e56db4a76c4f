using System;
using System.Globalization;
using System.IO;
using AwsCodegen.Runtime.Diagnostics;

namespace AwsCodegen.Cli.Engine;

/// <summary>--debug: the runtime's redacted request and response trace, and the engine's own steps, on the command's stderr.</summary>
internal sealed class DebugLog : IRequestLog
{
    private readonly TextWriter _error;
    private readonly object _gate = new();

    public DebugLog(TextWriter error) => _error = error;

    public void Write(string line)
    {
        lock (_gate)
            _error.Write(DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm:ss,fff", CultureInfo.InvariantCulture) + " - awscg - DEBUG - " + line + "\n");
    }
}
