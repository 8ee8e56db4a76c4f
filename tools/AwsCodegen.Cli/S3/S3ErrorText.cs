using System;
using System.IO;
using AwsCodegen.Cli.Engine;
using AwsCodegen.Runtime.Credentials;
using AwsCodegen.Runtime.Errors;

namespace AwsCodegen.Cli.S3;

/// <summary>A failed call named as botocore names it ("An error occurred (Code) when calling the Op operation: message").</summary>
internal sealed class S3CallException : Exception
{
    public S3CallException(string operation, Exception inner) : base(S3ErrorText.Describe(inner, operation), inner) => Operation = operation;

    public string Operation { get; }
}

/// <summary>The text aws-cli prints for an exception after "upload failed: ... " or "fatal error: ".</summary>
internal static class S3ErrorText
{
    public static string Describe(Exception error, string? operation = null)
    {
        switch (error)
        {
            case S3CallException call:
                return call.Message;
            case AwsServiceException service:
                string message = string.IsNullOrEmpty(service.ErrorMessage) ? Reason(service.StatusCode) : service.ErrorMessage!;
                return $"An error occurred ({service.ErrorCode}) when calling the {operation ?? "unknown"} operation: {message}";
            case CredentialsException { NoneFound: true }:
                return "Unable to locate credentials";
            case AwsRequestTimeoutException timeout:
                return $"Read timeout on endpoint URL: \"{timeout.RequestUri}\"";
            case AwsTransportException transport:
                return $"Could not connect to the endpoint URL: \"{transport.RequestUri}\"";
            case UnauthorizedAccessException denied:
                return "[Errno 13] Permission denied: " + denied.Message;
            default:
                return error.Message;
        }
    }

    /// <summary>botocore's message for an error without a body (HEAD): the HTTP reason phrase.</summary>
    private static string Reason(int status) => status switch
    {
        301 => "Moved Permanently",
        304 => "Not Modified",
        400 => "Bad Request",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        409 => "Conflict",
        412 => "Precondition Failed",
        416 => "Requested Range Not Satisfiable",
        500 => "Internal Server Error",
        503 => "Service Unavailable",
        _ => "Unknown",
    };
}
