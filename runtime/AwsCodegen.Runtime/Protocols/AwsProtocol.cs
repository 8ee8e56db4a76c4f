using AwsCodegen.Runtime.Errors;
using AwsCodegen.Runtime.Http;

namespace AwsCodegen.Runtime.Protocols;

/// <summary>
/// Builds the service's modeled exception for an error code, or returns null for an unmodeled code.
/// Generated per service; it reads the error shape's members from the (buffered) response.
/// </summary>
public delegate AwsServiceException? ModeledErrorFactory(string code, string? message, AwsHttpResponse response);

/// <summary>What differs between wire protocols at run time: how an error response is read.</summary>
public abstract class AwsProtocol
{
    public abstract string Name { get; }

    /// <summary>Reads the error code and message from a buffered error response.</summary>
    public abstract ErrorInfo ReadError(AwsHttpResponse response);

    /// <summary>Builds the exception for a buffered error response.</summary>
    public AwsServiceException CreateException(AwsHttpResponse response, ModeledErrorFactory? modeled)
    {
        var info = ReadError(response);
        // Query-compatible services name the error twice: the query code (kept as ErrorCode) and the shape name.
        var exception = modeled?.Invoke(info.Code, info.Message, response)
            ?? (info.ShapeName is { } shapeName ? modeled?.Invoke(shapeName, info.Message, response) : null)
            ?? new AwsServiceException(info.Code, info.Message, response.StatusCode, info.RequestId ?? response.RequestId);
        exception.ErrorCode = info.Code;
        exception.SetResponseInfo(response.StatusCode, info.RequestId ?? response.RequestId, info.ErrorType);
        return exception;
    }
}

/// <summary>The protocol-independent part of an error response.</summary>
public readonly record struct ErrorInfo(string Code, string? Message, string? RequestId = null, string? ErrorType = null, string? ShapeName = null);
