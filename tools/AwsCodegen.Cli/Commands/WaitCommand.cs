using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using AwsCodegen.Cli.Engine;
using AwsCodegen.Runtime.Descriptors;
using AwsCodegen.Runtime.Errors;
using AwsCodegen.Runtime.Waiters;

namespace AwsCodegen.Cli.Commands;

/// <summary>
/// <c>awscg &lt;service&gt; wait &lt;waiter&gt; [parameters]</c>: the waiter's operation, called with the parameters
/// until an acceptor decides, botocore's way: the first matching acceptor wins, an error no acceptor expects fails,
/// and running out of attempts fails with "Max attempts exceeded". Success prints nothing.
/// </summary>
internal static class WaitCommand
{
    public static async Task<int> RunAsync(CommandContext context, ServiceDescriptor service, IReadOnlyList<string> tokens, ClientCache clients)
    {
        var names = service.Waiters.Select(w => w.CliName).OrderBy(n => n, StringComparer.Ordinal).ToList();
        if (tokens.Count == 0 || GlobalOptionParser.LooksLikeOption(tokens[0]))
            throw CliException.Usage("the following arguments are required: waiter_name");
        var waiter = service.FindWaiterByCliName(tokens[0]);
        if (waiter is null)
        {
            names.Add("help");
            throw CliException.Usage(Usage.InvalidChoice("waiter_name", names));
        }
        var operation = waiter.Operation;
        var arguments = new OperationArguments(operation);
        var parsed = arguments.Parse(tokens.Skip(1).ToList());
        var document = RequestDocument.Build(arguments, parsed, context);
        var client = clients.Get(service, context, context.Settings.Options.Debug ? new DebugLog(context.Err) : null);
        context.OperationName = operation.Name;
        context.MaxAttempts = client.Configuration.MaxAttempts;
        using var input = document.ToJsonDocument();

        string? lastReason = null;
        for (int attempt = 1; ; attempt++)
        {
            JsonDocument? response = null;
            AwsServiceException? error = null;
            try
            {
                response = await client.InvokeDocumentAsync(operation, input.RootElement, null, context.CancellationToken).ConfigureAwait(false);
            }
            catch (AwsServiceException e)
            {
                error = e;
            }
            using (response)
            {
                WaiterAcceptor? matched = null;
                foreach (var acceptor in waiter.Acceptors)
                {
                    // A document call succeeds only on a success status; 200 is what the status matchers expect of it.
                    if (acceptor.Matches(error?.StatusCode ?? 200, response?.RootElement, error))
                    {
                        matched = acceptor;
                        break;
                    }
                }
                if (matched?.State == WaiterState.Success) return ExitCodes.Success;
                if (matched?.State == WaiterState.Failure)
                    throw Failed(waiter, error is null ? "Waiter encountered a terminal failure state" : $"Waiter encountered a terminal failure state: For expression \"{matched.Argument}\" we matched expected path: {matched.Expected.GetRawText()}");
                if (matched is null && error is not null)
                    throw Failed(waiter, $"An error occurred ({error.ErrorCode}): {error.ErrorMessage}");
                lastReason = error is null ? null : $"An error occurred ({error.ErrorCode}): {error.ErrorMessage}";
            }
            if (attempt >= waiter.MaxAttempts)
                throw Failed(waiter, "Max attempts exceeded" + (lastReason is null ? "" : ". Previously accepted state: " + lastReason));
            await Task.Delay(waiter.Delay, context.CancellationToken).ConfigureAwait(false);
        }
    }

    private static CliException Failed(WaiterDescriptor waiter, string reason) =>
        CliException.Other($"Waiter {waiter.Name} failed: {reason}");
}
