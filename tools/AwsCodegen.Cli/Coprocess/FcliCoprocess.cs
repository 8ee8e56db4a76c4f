using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using AwsCodegen.Cli.Engine;

namespace AwsCodegen.Cli.Coprocess;

/// <summary>
/// awscg as an FCLI coprocess (the oilshell Coprocess Protocol Proposal): started with FCLI_VERSION,
/// FCLI_REQUEST_FIFO and FCLI_RESPONSE_FIFO in its environment, it reads requests from the request FIFO one at a time,
/// runs each command on one engine (so clients, credentials and connections stay warm from one request to the next),
/// writing through its own stdout and stderr, and answers each request with a netstring on the response FIFO: the
/// exit code in decimal for argv, "0" for flush, the payload for echo. README's "FCLI coprocess" section is the spec.
/// It ends with exit 0 when the request FIFO reaches end of stream (every writer closed it) between requests.
/// </summary>
public static class FcliCoprocess
{
    public const string VersionVariable = "FCLI_VERSION";
    public const string RequestVariable = "FCLI_REQUEST_FIFO";
    public const string ResponseVariable = "FCLI_RESPONSE_FIFO";

    /// <summary>Whether this environment asks for a coprocess (all three variables set and non-empty).</summary>
    public static bool IsRequested(IReadOnlyDictionary<string, string> environment) =>
        environment.TryGetValue(VersionVariable, out var v) && v.Length > 0
        && environment.TryGetValue(RequestVariable, out var q) && q.Length > 0
        && environment.TryGetValue(ResponseVariable, out var r) && r.Length > 0;

    public static async Task<int> RunAsync(CommandEngine engine, CommandInvocation process, CancellationToken cancellationToken)
    {
        var baseEnvironment = new Dictionary<string, string>(process.Environment, StringComparer.Ordinal);
        string requestPath = process.ResolvePath(baseEnvironment[RequestVariable]);
        string responsePath = process.ResolvePath(baseEnvironment[ResponseVariable]);
        // Commands do not see the protocol's variables: a command that starts awscg again must not become a coprocess.
        baseEnvironment.Remove(VersionVariable);
        baseEnvironment.Remove(RequestVariable);
        baseEnvironment.Remove(ResponseVariable);

        FileStream responses, requests;
        try
        {
            // The response FIFO is opened read-write, which never blocks, before the request FIFO, whose read-only open
            // waits for the client: so the client may open the two in either order without a deadlock.
            responses = new FileStream(responsePath, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite, 1, FileOptions.None);
            requests = new FileStream(requestPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1, FileOptions.None);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Fail(process, $"cannot open the coprocess FIFOs ({RequestVariable}={requestPath}, {ResponseVariable}={responsePath}): {e.Message}");
        }
        await using (responses)
        await using (requests)
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                CoprocessRequest request;
                try
                {
                    var payload = await Netstring.ReadAsync(requests, cancellationToken).ConfigureAwait(false);
                    if (payload is null) return ExitCodes.Success;
                    request = CoprocessRequest.Parse(payload);
                }
                catch (InvalidDataException e)
                {
                    // A bad frame leaves no way to find the next one; the client sees the response FIFO end.
                    return Fail(process, "bad request: " + e.Message);
                }
                catch (EndOfStreamException)
                {
                    return Fail(process, "bad request: the request FIFO ended inside a frame");
                }
                byte[] answer = request.Type switch
                {
                    CoprocessRequest.Echo => request.EchoPayload.ToArray(),
                    CoprocessRequest.Flush => await FlushAsync(process, cancellationToken).ConfigureAwait(false),
                    _ => await RunCommandAsync(engine, process, baseEnvironment, request, cancellationToken).ConfigureAwait(false),
                };
                await Netstring.WriteAsync(responses, answer, cancellationToken).ConfigureAwait(false);
            }
        }
        return ExitCodes.Interrupted;
    }

    private static async Task<byte[]> RunCommandAsync(CommandEngine engine, CommandInvocation process, Dictionary<string, string> baseEnvironment,
        CoprocessRequest request, CancellationToken cancellationToken)
    {
        var environment = baseEnvironment;
        if (request.Environment.Count > 0)
        {
            environment = new Dictionary<string, string>(baseEnvironment, StringComparer.Ordinal);
            foreach (var pair in request.Environment) environment[pair.Key] = pair.Value;
        }
        var invocation = new CommandInvocation(request.Arguments, environment, process.WorkingDirectory, process.Input, process.Output, process.Error, process.Terminal);
        int code = await engine.RunAsync(invocation, cancellationToken).ConfigureAwait(false);
        // The status must not overtake the output it ends.
        await FlushAsync(process, cancellationToken).ConfigureAwait(false);
        return Encoding.ASCII.GetBytes(code.ToString(CultureInfo.InvariantCulture));
    }

    private static async Task<byte[]> FlushAsync(CommandInvocation process, CancellationToken cancellationToken)
    {
        await process.Output.FlushAsync(cancellationToken).ConfigureAwait(false);
        await process.Error.FlushAsync(cancellationToken).ConfigureAwait(false);
        return "0"u8.ToArray();
    }

    private static int Fail(CommandInvocation process, string message)
    {
        var bytes = Encoding.UTF8.GetBytes($"awscg: coprocess: {message}\n");
        process.Error.Write(bytes);
        process.Error.Flush();
        return ExitCodes.Other;
    }
}
