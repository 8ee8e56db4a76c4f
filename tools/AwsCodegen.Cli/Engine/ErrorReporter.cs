using System;
using System.IO;
using AwsCodegen.Runtime.Credentials;
using AwsCodegen.Runtime.Errors;

namespace AwsCodegen.Cli.Engine;

/// <summary>
/// Turns a failed command into aws-cli's words on stderr and an exit code of its class (aws-cli v2's codes). A stack
/// trace is shown only with --debug.
/// </summary>
internal static class ErrorReporter
{
    public static int Report(CommandContext context, Exception error, bool debug)
    {
        var err = context.Err;
        int code;
        switch (Inner<CliException>(error) ?? error)
        {
            case CliException cli:
                Write(err, cli.Style, cli.Message);
                code = cli.ExitCode;
                break;
            case Parameters.ParameterException parameter:
                Write(err, parameter.Kind == Parameters.ParameterErrorKind.Argument ? ErrorStyle.Usage : ErrorStyle.Message, parameter.Message);
                code = ExitCodes.Usage;
                break;
            case OperationCanceledException when context.CancellationToken.IsCancellationRequested:
                err.Write("\n");
                code = ExitCodes.Interrupted;
                break;
            case AwsServiceException service:
                Write(err, ErrorStyle.Message, ServiceErrorText(service, context));
                code = ExitCodes.Service;
                break;
            case CredentialsException { NoneFound: true }:
                Write(err, ErrorStyle.Message, "Unable to locate credentials. You can configure credentials by running \"aws configure\".");
                code = ExitCodes.Configuration;
                break;
            case CredentialsException credentials:
                Write(err, ErrorStyle.Message, credentials.Message);
                code = ExitCodes.Configuration;
                break;
            case AwsRequestTimeoutException timeout:
                Write(err, ErrorStyle.Message, $"Read timeout on endpoint URL: \"{timeout.RequestUri}\"");
                code = ExitCodes.Other;
                break;
            case AwsTransportException transport when Inner<System.Security.Authentication.AuthenticationException>(transport) is { } tls:
                // botocore's SSLError: the certificate was refused, which is not the same as no answer.
                Write(err, ErrorStyle.Message, $"SSL validation failed for {transport.RequestUri} {tls.Message}");
                code = ExitCodes.Other;
                break;
            case AwsTransportException transport:
                Write(err, ErrorStyle.Message, $"Could not connect to the endpoint URL: \"{transport.RequestUri}\"");
                code = ExitCodes.Other;
                break;
            case AwsValidationException validation:
                Write(err, ErrorStyle.Message, "Parameter validation failed:\n" + validation.Message);
                code = ExitCodes.Usage;
                break;
            case AwsClientException client:
                Write(err, ErrorStyle.Message, client.Message);
                code = ExitCodes.Other;
                break;
            case IOException io:
                Write(err, ErrorStyle.Message, io.Message);
                code = ExitCodes.Other;
                break;
            default:
                Write(err, ErrorStyle.Message, $"{Usage.Program}: internal error: {error.GetType().Name}: {error.Message}");
                code = ExitCodes.Other;
                break;
        }
        if (debug) err.Write(error + "\n");
        return code;
    }

    /// <summary>
    /// The first exception of type T inside <paramref name="error"/>, however deep the transport wrapped it: a CLI
    /// setting that fails on the first handshake (a CA bundle), or the TLS refusal behind a transport error.
    /// </summary>
    private static T? Inner<T>(Exception error) where T : Exception
    {
        for (var inner = error.InnerException; inner is not null; inner = inner.InnerException)
            if (inner is T found) return found;
        return null;
    }

    /// <summary>botocore's ClientError text: "An error occurred (Code) when calling the Op operation: message".</summary>
    private static string ServiceErrorText(AwsServiceException error, CommandContext context)
    {
        string operation = context.OperationName ?? "unknown";
        string retries = error.Attempts > 1 && error.Attempts >= context.MaxAttempts ? $" (reached max retries: {error.Attempts - 1})" : "";
        string message = string.IsNullOrEmpty(error.ErrorMessage) ? "Unknown" : error.ErrorMessage!;
        return $"An error occurred ({error.ErrorCode}) when calling the {operation} operation{retries}: {message}";
    }

    private static void Write(TextWriter err, ErrorStyle style, string message)
    {
        switch (style)
        {
            case ErrorStyle.Usage:
                err.Write(Usage.Block + Usage.Program + ": error: " + message + "\n");
                break;
            case ErrorStyle.UsageThenMessage:
                err.Write(Usage.Block + "\n" + message + "\n");
                break;
            default:
                err.Write("\n" + message + "\n");
                break;
        }
    }
}
