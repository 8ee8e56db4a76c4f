using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using AwsCodegen.Runtime.Auth;

namespace AwsCodegen.Runtime.Credentials;

/// <summary>
/// A profile's credential_process: the command (split as shlex.split splits it, run without a shell) prints
/// <c>{"Version": 1, "AccessKeyId", "SecretAccessKey", "SessionToken"?, "Expiration"?}</c> on stdout. It runs with
/// the environment and in the directory the caller gives, so the resident CLI host runs it as the command would have,
/// not as the daemon would; null for either is this process's. The command is found as the shell that ran the command
/// would find it: a path with a slash against that directory, a bare name on that environment's PATH.
/// </summary>
internal sealed class ProcessCredentialsProvider : IAwsCredentialsProvider
{
    private readonly string _commandLine;
    private readonly string _where;
    private readonly IReadOnlyDictionary<string, string>? _environment;
    private readonly string? _workingDirectory;

    public ProcessCredentialsProvider(SharedConfig profile, IReadOnlyDictionary<string, string>? environment, string? workingDirectory = null)
    {
        _commandLine = profile.Get("credential_process") ?? "";
        _where = $"the credential_process of profile '{profile.ProfileName}' ({profile.FileOf("credential_process")})";
        _environment = environment;
        _workingDirectory = workingDirectory;
    }

    public async ValueTask<AwsCredentials> GetCredentialsAsync(CancellationToken cancellationToken = default)
    {
        var words = ShellWords.TrySplit(_commandLine, comments: false, out var problem);
        if (words is null) throw new CredentialsException($"Cannot split {_where}: {problem}: {_commandLine}");
        if (words.Count == 0) throw new CredentialsException($"{Capitalized(_where)} is empty.");

        var start = new ProcessStartInfo(FindCommand(words[0]))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        for (int i = 1; i < words.Count; i++) start.ArgumentList.Add(words[i]);
        if (_workingDirectory is not null) start.WorkingDirectory = _workingDirectory;
        if (_environment is not null)
        {
            start.Environment.Clear();
            foreach (var pair in _environment) start.Environment[pair.Key] = pair.Value;
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new CredentialsException($"{Capitalized(_where)} did not start: {words[0]}");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new CredentialsException($"{Capitalized(_where)} cannot be run: {words[0]}: {e.Message}", e);
        }
        using (process)
        {
            process.StandardInput.Close();
            var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
            try
            {
                await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                try { process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
                throw;
            }
            string output = await stdout.ConfigureAwait(false);
            string errors = (await stderr.ConfigureAwait(false)).Trim();
            if (process.ExitCode != 0)
                throw new CredentialsException($"{Capitalized(_where)} exited with status {process.ExitCode}{(errors.Length > 0 ? ": " + errors : ".")}");
            return Parse(output);
        }
    }

    private AwsCredentials Parse(string output)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(output);
        }
        catch (JsonException e)
        {
            throw new CredentialsException($"{Capitalized(_where)} printed no JSON document: {e.Message}", e);
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) throw new CredentialsException($"{Capitalized(_where)} printed JSON that is not an object.");
            var version = root.TryGetProperty("Version", out var v) ? v : default;
            if (version.ValueKind != JsonValueKind.Number || !version.TryGetInt32(out int number) || number != 1)
                throw new CredentialsException($"{Capitalized(_where)} printed Version {(version.ValueKind == JsonValueKind.Undefined ? "(none)" : version.GetRawText())}; the supported version is 1.");
            string accessKeyId = Required(root, "AccessKeyId");
            string secretAccessKey = Required(root, "SecretAccessKey");
            string? sessionToken = Optional(root, "SessionToken") is { Length: > 0 } token ? token : null;
            DateTimeOffset? expiration = null;
            if (Optional(root, "Expiration") is { Length: > 0 } text)
            {
                if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed))
                    throw new CredentialsException($"{Capitalized(_where)} printed an Expiration that is not an ISO 8601 time: {text}");
                expiration = parsed;
            }
            return new AwsCredentials(accessKeyId, secretAccessKey, sessionToken, expiration);
        }
    }

    private string Required(JsonElement root, string name) =>
        Optional(root, name) is { Length: > 0 } value ? value : throw new CredentialsException($"{Capitalized(_where)} printed no {name}.");

    private string? Optional(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null) return null;
        return value.ValueKind == JsonValueKind.String ? value.GetString()
            : throw new CredentialsException($"{Capitalized(_where)} printed a {name} that is not a string.");
    }

    private static string Capitalized(string text) => char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>
    /// The program to start. Process.Start would resolve a relative path against this process's directory and a bare
    /// name on this process's PATH; with a working directory or an environment given, those of the caller decide.
    /// A name found nowhere is left as it is, and fails to start with its own name in the message.
    /// </summary>
    private string FindCommand(string command)
    {
        if (command.Contains('/'))
            return _workingDirectory is not null && !System.IO.Path.IsPathRooted(command) ? System.IO.Path.Combine(_workingDirectory, command) : command;
        if (_environment is null || !_environment.TryGetValue("PATH", out var path)) return command;
        foreach (var entry in path.Split(':'))
        {
            // An empty PATH entry means the current directory, as in the shell.
            string directory = entry.Length == 0 ? _workingDirectory ?? "." : System.IO.Path.IsPathRooted(entry) || _workingDirectory is null
                ? entry : System.IO.Path.Combine(_workingDirectory, entry);
            string candidate = System.IO.Path.Combine(directory, command);
            if (System.IO.File.Exists(candidate)) return candidate;
        }
        return command;
    }
}
