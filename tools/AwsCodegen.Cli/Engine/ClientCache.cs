using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using AwsCodegen.Runtime;
using AwsCodegen.Runtime.Credentials;
using AwsCodegen.Runtime.Descriptors;
using AwsCodegen.Runtime.Diagnostics;
using AwsCodegen.Runtime.Errors;

namespace AwsCodegen.Cli.Engine;

/// <summary>
/// The engine's clients, keyed by everything that makes two clients differ: the service, the command-line options that
/// reach a client, every AWS_* variable and HOME of the command's environment, and the config files' write times. A
/// command whose settings match an earlier one's gets that client, with its resolved endpoint, credentials and warm
/// connections. --debug clients are never shared: their trace belongs to one command.
/// </summary>
public sealed class ClientCache : IDisposable
{
    private const int Capacity = 64;
    private readonly ConcurrentDictionary<string, Lazy<AwsServiceClient>> _clients = new(StringComparer.Ordinal);
    private readonly TransportCache _transports = new();

    public int Count => _clients.Count;

    public AwsServiceClient Get(ServiceDescriptor service, CommandContext context, IRequestLog? debugLog)
    {
        var options = context.Settings.Options;
        var transportKey = TransportCache.KeyFor(!options.NoVerifySsl, options.CaBundle ?? Env(context, "AWS_CA_BUNDLE") ?? context.Settings.Profile?.Get("ca_bundle"),
            options.ConnectTimeoutSeconds);
        if (debugLog is not null) return Create(service, context, transportKey, debugLog);
        string key = KeyOf(service, context, transportKey);
        if (_clients.Count >= Capacity && !_clients.ContainsKey(key)) Evict();
        var lazy = _clients.GetOrAdd(key, _ => new Lazy<AwsServiceClient>(() => Create(service, context, transportKey, null)));
        try
        {
            return lazy.Value;
        }
        catch
        {
            // A client that failed to configure is not kept: the next command reports its own error.
            _clients.TryRemove(new KeyValuePair<string, Lazy<AwsServiceClient>>(key, lazy));
            throw;
        }
    }

    private AwsServiceClient Create(ServiceDescriptor service, CommandContext context, TransportCache.TransportKey transportKey, IRequestLog? debugLog)
    {
        var options = context.Settings.Options;
        var clientOptions = new AwsClientOptions
        {
            Region = options.Region,
            Profile = options.Profile,
            ServiceUrl = options.EndpointUrl is { } url ? ParseEndpoint(url) : null,
            Credentials = options.NoSignRequest ? AnonymousCredentialsProvider.Instance : null,
            HttpHandler = _transports.Get(transportKey),
            EnvironmentVariables = context.Env,
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

    private static string KeyOf(ServiceDescriptor service, CommandContext context, TransportCache.TransportKey transport)
    {
        var options = context.Settings.Options;
        var key = new StringBuilder(256);
        key.Append(service.CliName).Append('\0').Append(options.Region).Append('\0').Append(options.Profile).Append('\0')
            .Append(options.EndpointUrl).Append('\0').Append(options.NoSignRequest).Append('\0').Append(options.ReadTimeoutSeconds)
            .Append('\0').Append(transport.ToString());
        foreach (var pair in context.Invocation.Environment.Where(p => p.Key.StartsWith("AWS_", StringComparison.Ordinal) || p.Key == "HOME")
                     .OrderBy(p => p.Key, StringComparer.Ordinal))
            key.Append('\0').Append(pair.Key).Append('=').Append(pair.Value);
        if (context.Settings.Profile is { } profile)
            key.Append('\0').Append(WrittenAt(profile.ConfigPath)).Append('\0').Append(WrittenAt(profile.CredentialsPath));
        return key.ToString();
    }

    private static long WrittenAt(string path) => File.Exists(path) ? File.GetLastWriteTimeUtc(path).Ticks : 0;

    private void Evict()
    {
        // Bounded, not LRU: one entry goes; its connections stay in the shared transport, so a rebuilt client is cheap.
        foreach (var key in _clients.Keys)
        {
            if (_clients.TryRemove(key, out var removed) && removed.IsValueCreated) removed.Value.Dispose();
            break;
        }
    }

    public void Dispose()
    {
        foreach (var client in _clients.Values)
            if (client.IsValueCreated) client.Value.Dispose();
        _clients.Clear();
        _transports.Dispose();
    }
}
