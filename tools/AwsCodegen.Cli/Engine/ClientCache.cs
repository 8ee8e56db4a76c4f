using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using AwsCodegen.Runtime;
using AwsCodegen.Runtime.Auth;
using AwsCodegen.Runtime.Credentials;
using AwsCodegen.Runtime.Descriptors;
using AwsCodegen.Runtime.Diagnostics;
using AwsCodegen.Runtime.Errors;

namespace AwsCodegen.Cli.Engine;

/// <summary>
/// The engine's clients, keyed by everything that makes two clients differ: the service, the command-line options that
/// reach a client, every AWS_* variable and HOME of the command's environment, and the config files' write times. A
/// command whose settings match an earlier one's gets that client, with its resolved endpoint, credentials and warm
/// connections. Clients with the same credential settings share one credentials provider, so ten services on one
/// assumed role assume it once. Both caches drop their least recently used entry when full. --debug clients are
/// never shared: their trace belongs to one command.
/// </summary>
public sealed class ClientCache : IDisposable
{
    public const int ClientCapacity = 64;
    public const int CredentialsCapacity = 64;
    private readonly LruCache<AwsServiceClient> _clients = new(ClientCapacity);
    private readonly LruCache<IAwsCredentialsProvider> _credentials = new(CredentialsCapacity);
    private readonly TransportCache _transports = new();

    public int Count => _clients.Count;

    /// <summary>How many credential providers (one per profile and credential environment) are cached.</summary>
    public int CredentialsCount => _credentials.Count;

    public AwsServiceClient Get(ServiceDescriptor service, CommandContext context, IRequestLog? debugLog)
    {
        var options = context.Settings.Options;
        var transportKey = TransportCache.KeyFor(!options.NoVerifySsl, options.CaBundle ?? Env(context, "AWS_CA_BUNDLE") ?? context.Settings.Profile?.Get("ca_bundle"),
            options.ConnectTimeoutSeconds);
        if (debugLog is not null) return Create(service, context, transportKey, debugLog, SharedCredentials(context));
        string identity = CredentialsKeyOf(context);
        string key = service.CliName + "\0" + options.EndpointUrl + "\0" + options.ReadTimeoutSeconds + "\0" + transportKey + "\0" + identity;
        return _clients.GetOrAdd(key, () => Create(service, context, transportKey, null, SharedCredentials(context, identity)));
    }

    /// <summary>
    /// The credentials provider shared by every client of the command's profile, region and credential environment;
    /// null when the runtime should resolve (and report) it itself: --no-sign-request, or no region to call STS in.
    /// </summary>
    private IAwsCredentialsProvider? SharedCredentials(CommandContext context, string? identity = null)
    {
        var options = context.Settings.Options;
        if (options.NoSignRequest) return AnonymousCredentialsProvider.Instance;
        string region;
        try
        {
            region = RegionResolver.Resolve(new AwsClientOptions { Region = options.Region }, context.Env, context.Settings.Profile);
        }
        catch (AwsClientException)
        {
            return null;
        }
        identity ??= CredentialsKeyOf(context);
        return _credentials.GetOrAdd(identity, () =>
            DefaultCredentialsChain.Create(options.Profile, context.Env, region, context.Invocation.Environment, context.Invocation.WorkingDirectory));
    }

    /// <summary>
    /// What decides a command's credentials and region: --profile, --region, --no-sign-request, the AWS_* variables,
    /// HOME and PATH (credential_process runs with them), the write times of the profile's files, so rotated keys
    /// are read by the next command, and the working directory when a credential_process on the profile's
    /// source_profile chain is a relative path (found against it).
    /// </summary>
    private static string CredentialsKeyOf(CommandContext context)
    {
        var options = context.Settings.Options;
        var key = new StringBuilder(256);
        key.Append(options.Region).Append('\0').Append(options.Profile).Append('\0').Append(options.NoSignRequest);
        foreach (var pair in context.Invocation.Environment.Where(p => p.Key.StartsWith("AWS_", StringComparison.Ordinal) || p.Key is "HOME" or "PATH")
                     .OrderBy(p => p.Key, StringComparer.Ordinal))
            key.Append('\0').Append(pair.Key).Append('=').Append(pair.Value);
        if (context.Settings.Profile is { } profile)
        {
            key.Append('\0').Append(WrittenAt(profile.ConfigPath)).Append('\0').Append(WrittenAt(profile.CredentialsPath));
            if (HasRelativeCredentialProcess(profile)) key.Append('\0').Append(context.Invocation.WorkingDirectory);
        }
        return key.ToString();
    }

    /// <summary>Whether the profile, or a profile its source_profile chain leads to, runs a credential_process by a relative path.</summary>
    private static bool HasRelativeCredentialProcess(SharedConfig profile)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (SharedConfig? current = profile; current is not null && seen.Add(current.ProfileName);
             current = current.Get("source_profile") is { } source ? current.GetProfile(source) : null)
        {
            if (current.Get("credential_process") is { } command && ShellWordsFirst(command) is { } program
                && program.Contains('/') && !Path.IsPathRooted(program))
                return true;
        }
        return false;
    }

    private static string? ShellWordsFirst(string commandLine) =>
        ShellWords.TrySplit(commandLine, comments: false, out _) is [var first, ..] ? first : null;

    private AwsServiceClient Create(ServiceDescriptor service, CommandContext context, TransportCache.TransportKey transportKey, IRequestLog? debugLog,
        IAwsCredentialsProvider? credentials)
    {
        var options = context.Settings.Options;
        var clientOptions = new AwsClientOptions
        {
            Region = options.Region,
            Profile = options.Profile,
            ServiceUrl = options.EndpointUrl is { } url ? ParseEndpoint(url) : null,
            Credentials = credentials,
            HttpHandler = _transports.Get(transportKey),
            EnvironmentVariables = context.Env,
            ProcessEnvironment = context.Invocation.Environment,
            ProcessWorkingDirectory = context.Invocation.WorkingDirectory,
            // aws-cli's read timeout is per socket read; the closest the runtime offers is per attempt. 0 means none.
            AttemptTimeout = options.ReadTimeoutSeconds is { } read ? (read == 0 ? System.Threading.Timeout.InfiniteTimeSpan : TimeSpan.FromSeconds(read)) : null,
            RequestLog = debugLog,
            UserAgentSuffix = "awscg",
        };
        try
        {
            return service.CreateClient(clientOptions);
        }
        catch (AwsClientException e) when (e.Message.StartsWith("No AWS region is configured", StringComparison.Ordinal))
        {
            throw CliException.Configuration("You must specify a region. You can also configure your region by running \"aws configure\".", e);
        }
        catch (AwsClientException e)
        {
            throw CliException.Configuration(e.Message, e);
        }
        catch (ArgumentOutOfRangeException e)
        {
            throw CliException.Configuration(e.Message, e);
        }
    }

    /// <summary>aws-cli's check of --endpoint-url: an absolute http or https URL.</summary>
    private static Uri ParseEndpoint(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == "http" || uri.Scheme == "https")
            ? uri
            : throw CliException.Parameter($"Bad value for --endpoint-url \"{url}\": scheme is missing.  Must be of the form http://<hostname>/ or https://<hostname>/");

    private static string? Env(CommandContext context, string name) => context.Env(name) is { Length: > 0 } value ? value : null;

    private static long WrittenAt(string path) => File.Exists(path) ? File.GetLastWriteTimeUtc(path).Ticks : 0;

    public void Dispose()
    {
        foreach (var client in _clients.Created()) client.Dispose();
        _clients.Clear();
        _credentials.Clear();
        _transports.Dispose();
    }
}
