using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AwsCodegen.Cli.Commands;
using AwsCodegen.Cli.Completion;
using AwsCodegen.Cli.Help;
using AwsCodegen.Runtime.Credentials;
using AwsCodegen.Runtime.Descriptors;
using AwsCodegen.Runtime.Errors;

namespace AwsCodegen.Cli.Engine;

/// <summary>
/// Runs commands. One engine holds what commands share (clients, connections, credentials); each
/// <see cref="RunAsync"/> sees only its own <see cref="CommandInvocation"/>, so many can run at once.
/// </summary>
public sealed class CommandEngine : IDisposable
{
    private readonly IReadOnlyList<ServiceIndexEntry> _services;
    private readonly Dictionary<string, ServiceIndexEntry> _byName;
    private readonly ClientCache _clients = new();

    public CommandEngine() : this(AwsCodegen.Generated.AwsServiceIndex.Services) { }

    public CommandEngine(IReadOnlyList<ServiceIndexEntry> services)
    {
        _services = services;
        _byName = services.ToDictionary(s => s.CliName, StringComparer.Ordinal);
    }

    /// <summary>The services the engine serves (the shell completes their names).</summary>
    public IReadOnlyList<ServiceIndexEntry> Services => _services;

    /// <summary>How many clients the engine keeps (the daemon's status shows it).</summary>
    public int CachedClients => _clients.Count;

    /// <summary>How many credential providers (one per profile and credential environment) the engine keeps.</summary>
    public int CachedCredentials => _clients.CredentialsCount;

    public async Task<int> RunAsync(CommandInvocation invocation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        using var context = new CommandContext(invocation, cancellationToken);
        bool debug = invocation.Arguments.Contains("--debug");
        try
        {
            return await DispatchAsync(context).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            return ErrorReporter.Report(context, e, debug);
        }
    }

    private async Task<int> DispatchAsync(CommandContext context)
    {
        if (context.Invocation.Arguments is [CompletionCommand.CompleteName, ..]) return CompletionCommand.Complete(context, _services);
        // A batch's lines carry their own options; each runs as a command of this engine, on its shared clients.
        if (context.Invocation.Arguments is [Batch.BatchCommand.Name, ..])
            return await Batch.BatchCommand.RunAsync(context, context.Invocation.Arguments.Skip(1).ToList(), this).ConfigureAwait(false);
        var (options, rest) = GlobalOptionParser.Parse(context.Invocation.Arguments);
        if (options.Version)
        {
            context.Out.Write(VersionText.Line + "\n");
            return ExitCodes.Success;
        }
        if (rest.Count == 0) throw CliException.Usage("the following arguments are required: command");
        if (rest[0] == "help") return await HelpCommand.ShowAsync(context, options, HelpRenderer.Top(_services, HelpCommand.Width(context))).ConfigureAwait(false);
        if (rest[0] == CompletionCommand.Name) return CompletionCommand.Script(context, rest);
        if (rest[0] == Shell.ShellCommand.Name)
            throw CliException.Usage("awscg shell runs on a terminal of its own, as `awscg shell [global options]` (the options after shell), not in a batch, a coprocess or another shell");
        context.Settings = CliSettings.Resolve(options, context.Env);
        if (rest[0] == "s3") return await S3.S3Command.RunAsync(context, rest.GetRange(1, rest.Count - 1), _clients).ConfigureAwait(false);

        if (!_byName.TryGetValue(rest[0], out var entry))
            throw CliException.Usage(Usage.InvalidChoice("command", CommandNames()));
        var service = entry.Descriptor;
        if (HelpCommand.Find(service, rest, HelpCommand.Width(context)) is { } help) return await HelpCommand.ShowAsync(context, options, help).ConfigureAwait(false);
        if (rest.Count == 1) throw CliException.Usage("the following arguments are required: operation");
        string operationName = rest[1];
        if (operationName == "wait" && service.Waiters.Count > 0)
            return await WaitCommand.RunAsync(context, service, rest.GetRange(2, rest.Count - 2), _clients).ConfigureAwait(false);
        var operation = service.FindOperationByCliName(operationName);
        if (operation is null || operation.Is(OperationFlags.Hidden))
            throw CliException.Usage(Usage.InvalidChoice("operation", OperationNames(service)));
        return await OperationCommand.RunAsync(context, operation, rest.GetRange(2, rest.Count - 2), _clients).ConfigureAwait(false);
    }

    private List<string> CommandNames()
    {
        var names = _services.Select(s => s.CliName).ToList();
        names.Add("s3");
        names.Sort(StringComparer.Ordinal);
        names.Add("help");
        return names;
    }

    private static List<string> OperationNames(ServiceDescriptor service)
    {
        var names = service.Operations.Where(o => !o.Is(OperationFlags.Hidden)).Select(o => o.CliName).ToList();
        if (service.Waiters.Count > 0) names.Add("wait");
        names.Sort(StringComparer.Ordinal);
        names.Add("help");
        return names;
    }

    public void Dispose() => _clients.Dispose();
}
