using System;
using System.Text.Json;
using AwsCodegen.Runtime.Documents;

namespace AwsCodegen.Runtime.Errors;

/// <summary>
/// An error answered by the service. Modeled errors derive from this type (one generated class per error shape);
/// unmodeled ones are this type itself, still carrying the service's code and message.
/// </summary>
public class AwsServiceException : Exception
{
    public AwsServiceException(string errorCode, string? message, int statusCode = 0, string? requestId = null, Exception? innerException = null)
        : base(string.IsNullOrEmpty(message) ? errorCode : message, innerException)
    {
        ErrorCode = errorCode;
        ErrorMessage = message;
        StatusCode = statusCode;
        RequestId = requestId;
    }

    /// <summary>The service's error code, such as "ResourceNotFoundException".</summary>
    public string ErrorCode { get; internal set; }

    /// <summary>The message exactly as the service sent it, or null if it sent none.</summary>
    public string? ErrorMessage { get; protected set; }

    /// <summary>The HTTP status code of the response.</summary>
    public int StatusCode { get; internal set; }

    public string? RequestId { get; internal set; }

    /// <summary>"client" or "server", when the protocol says (query protocols send it).</summary>
    public string? ErrorType { get; internal set; }

    /// <summary>How many attempts the client made before giving up.</summary>
    public int Attempts { get; internal set; } = 1;

    /// <summary>
    /// Writes the error's modeled members as a JSON object with model member names (the CLI's and the
    /// conformance runner's view of an error). An unmodeled error has no members.
    /// </summary>
    public virtual void WriteDocument(Utf8JsonWriter writer, DocumentOptions options)
    {
        writer.WriteStartObject();
        writer.WriteEndObject();
    }

    internal void SetResponseInfo(int statusCode, string? requestId, string? errorType)
    {
        StatusCode = statusCode;
        RequestId ??= requestId;
        ErrorType ??= errorType;
    }

    public override string Message =>
        $"{(string.IsNullOrEmpty(ErrorMessage) ? ErrorCode : ErrorMessage)} (Service: {ErrorCode}, Status Code: {StatusCode}{(RequestId is null ? "" : ", Request ID: " + RequestId)})";
}
