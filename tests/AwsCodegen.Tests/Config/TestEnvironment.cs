using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;

namespace AwsCodegen.Tests.Config;

/// <summary>
/// A temporary home directory and an environment dictionary, passed to the code under test as its environment
/// delegate. The real process environment and ~/.aws are never read or written. EC2 instance metadata is disabled,
/// so a chain that finds nothing never probes 169.254.169.254; tests of that source point it at a local fake.
/// </summary>
internal sealed class TestEnvironment : IDisposable
{
    private static int s_counter;

    public TestEnvironment()
    {
        Home = Path.Combine(Path.GetTempPath(), "awscodegen-config-tests",
            $"{Environment.ProcessId}-{Interlocked.Increment(ref s_counter)}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Home);
        Variables["HOME"] = Home;
        Variables["AWS_EC2_METADATA_DISABLED"] = "true";
    }

    public string Home { get; }

    public Dictionary<string, string?> Variables { get; } = new(StringComparer.Ordinal);

    public Func<string, string?> Env => name => Variables.TryGetValue(name, out var value) ? value : null;

    public string this[string name]
    {
        set => Variables[name] = value;
    }

    public string ConfigPath => Path.Combine(Home, ".aws", "config");

    public string CredentialsPath => Path.Combine(Home, ".aws", "credentials");

    public string WriteConfig(string text) => Write(ConfigPath, text);

    public string WriteCredentials(string text) => Write(CredentialsPath, text);

    /// <summary>Writes a file under the home directory (or at an absolute path) and returns its full path.</summary>
    public string Write(string path, string text)
    {
        string full = Path.IsPathRooted(path) ? path : Path.Combine(Home, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text.Replace("\r\n", "\n"));
        return full;
    }

    /// <summary>Writes a POSIX shell script and marks it executable.</summary>
    public string WriteScript(string path, string body)
    {
        string full = Write(path, "#!/bin/sh\n" + body + "\n");
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(full, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return full;
    }

    public void Dispose()
    {
        try { Directory.Delete(Home, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
