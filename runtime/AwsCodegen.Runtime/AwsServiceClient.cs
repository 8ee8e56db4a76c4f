using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using AwsCodegen.Runtime.Documents;
using AwsCodegen.Runtime.Errors;
using AwsCodegen.Runtime.Http;
using AwsCodegen.Runtime.Pipeline;
using AwsCodegen.Runtime.Protocols;

namespace AwsCodegen.Runtime;

/// <summary>
/// The base of every generated client: it owns the resolved configuration and the pipeline, and runs one operation
/// from typed request to typed response or typed exception.
/// </summary>
public abstract class AwsServiceClient : IDisposable
{
    private readonly HttpPipeline _pipeline;

    protected AwsServiceClient(ServiceMetadata service, AwsClientOptions? options)
    {
        Configuration = ClientConfiguration.Resolve(service, options);
        _pipeline = new HttpPipeline(Configuration);
    }

    public ClientConfiguration Configuration { get; }

    /// <summary>The model names of every operation, for dispatch by name (CLI, conformance).</summary>
    public abstract IReadOnlyList<string> OperationNames { get; }

    /// <summary>
    /// Runs an operation given as JSON params (model member names) and writes its result as JSON.
    /// Errors surface as exceptions, as from the typed methods.
    /// </summary>
    public abstract Task InvokeDocumentAsync(string operationName, JsonElement input, Utf8JsonWriter output, DocumentOptions options, CancellationToken cancellationToken = default);

    /// <summary>The service's modeled exception for an error code, or null.</summary>
    protected virtual AwsServiceException? CreateModeledError(string code, string? message, AwsHttpResponse response) => null;

    protected async Task<TResponse> InvokeOperationAsync<TRequest, TResponse>(TRequest request, OperationDefinition<TRequest, TResponse> operation, CancellationToken cancellationToken)
        where TRequest : class
        where TResponse : AwsResponse
    {
        if (request is null) throw new ArgumentNullException(nameof(request));
        var httpRequest = new AwsHttpRequest { IdempotencyTokenSource = Configuration.IdempotencyTokenProvider };
        operation.WriteRequest(request, httpRequest);
        httpRequest.Headers.Set("User-Agent", Configuration.UserAgent);
        var context = new PipelineContext(httpRequest, operation.Name, Configuration, cancellationToken);
        var response = await _pipeline.SendAsync(context).ConfigureAwait(false);
        bool handedOver = false;
        try
        {
            if (response.StatusCode is < 200 or >= 300)
            {
                await response.BufferAsync(cancellationToken).ConfigureAwait(false);
                throw CreateException(response, operation.StatusErrors, context.Attempt);
            }
            if (!operation.StreamingOutput) await response.BufferAsync(cancellationToken).ConfigureAwait(false);
            // S3 CopyObject and friends: the status line is sent before the work is done, so a failure is a 200 with <Error>.
            if (operation.ErrorInOkBody && response.IsBuffered && IsErrorDocument(response.Body.Span))
                throw CreateException(response, null, context.Attempt);
            if (httpRequest.ValidateResponseChecksum)
            {
                if (response.IsBuffered) Http.Checksums.ValidateBuffered(response);
                else if (Http.Checksums.FindResponseChecksum(response) is { } found)
                    response.WrapBodyStream(body => new AwsCodegen.Runtime.Checksums.ChecksumValidatingStream(body, found.Algorithm, found.Expected));
            }
            TResponse result;
            try
            {
                result = operation.ReadResponse(response);
            }
            catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException or System.Xml.XmlException)
            {
                throw new AwsClientException($"{Configuration.Service.ServiceId} {operation.Name}: the response could not be parsed: {e.Message}", e);
            }
            result.RequestId ??= response.RequestId;
            result.HttpStatusCode = response.StatusCode;
            handedOver = operation.StreamingOutput;
            return result;
        }
        finally
        {
            if (!handedOver) response.Dispose();
        }
    }

    private AwsServiceException CreateException(AwsHttpResponse response, IReadOnlyDictionary<int, string>? statusErrors, int attempts)
    {
        ModeledErrorFactory factory = CreateModeledError;
        // A HEAD response has no body to name its error: the operation's modeled error for the status (404 → NoSuchKey).
        if (statusErrors is not null && response.Body.IsEmpty && statusErrors.TryGetValue(response.StatusCode, out var statusCode))
            factory = (code, message, r) => CreateModeledError(code, message, r) ?? CreateModeledError(statusCode, message, r);
        var exception = Configuration.Service.Protocol.CreateException(response, factory);
        exception.Attempts = attempts;
        return exception;
    }

    /// <summary>Whether a body's root element is &lt;Error&gt; (after any XML declaration and whitespace).</summary>
    internal static bool IsErrorDocument(ReadOnlySpan<byte> body)
    {
        body = body.TrimStart(" \t\r\n"u8);
        if (body.StartsWith("<?"u8))
        {
            int end = body.IndexOf("?>"u8);
            if (end < 0) return false;
            body = body[(end + 2)..].TrimStart(" \t\r\n"u8);
        }
        if (!body.StartsWith("<Error"u8) || body.Length < 7) return false;
        byte next = body[6];
        return next is (byte)'>' or (byte)' ' or (byte)'/' or (byte)'\t' or (byte)'\r' or (byte)'\n';
    }

    public void Dispose()
    {
        Configuration.Dispose();
        GC.SuppressFinalize(this);
    }
}
