using System;
using System.Collections.Generic;
using System.IO;
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

    /// <summary>A typed call: the request written by <paramref name="operation"/>, the successful response read by <paramref name="readResponse"/>.</summary>
    protected async Task<TResponse> InvokeOperationAsync<TRequest, TResponse>(TRequest request, OperationDefinition<TRequest> operation, Func<AwsHttpResponse, TResponse> readResponse, CancellationToken cancellationToken)
        where TRequest : class
        where TResponse : AwsResponse
    {
        var written = Write(request, operation);
        var exchange = await ExchangeAsync(written, operation, cancellationToken).ConfigureAwait(false);
        var response = exchange.Response;
        bool handedOver = false;
        try
        {
            TResponse result;
            try
            {
                result = readResponse(response);
            }
            catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException or System.Xml.XmlException)
            {
                throw new AwsClientException($"{Configuration.Service.ServiceId} {operation.Name}: the response could not be parsed: {e.Message}", e) { Attempts = exchange.Attempts };
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

    /// <summary>
    /// Sends a typed request for a document call (generated <see cref="Descriptors.DocumentSender"/> code calls this) and
    /// returns the checked response: errors are thrown as for the typed methods, and the body is buffered unless the
    /// output streams. The caller disposes the response.
    /// </summary>
    protected Task<AwsHttpResponse> SendForDocumentAsync<TRequest>(TRequest request, OperationDefinition<TRequest> operation, CancellationToken cancellationToken)
        where TRequest : class
    {
        // Not async itself (see OperationDefinition): a failure to write the request is still a faulted task.
        WrittenRequest written;
        try
        {
            written = Write(request, operation);
        }
        catch (Exception e)
        {
            return Task.FromException<AwsHttpResponse>(e);
        }
        return SendWrittenAsync(written, operation, cancellationToken);
    }

    private async Task<AwsHttpResponse> SendWrittenAsync(WrittenRequest written, OperationDefinition operation, CancellationToken cancellationToken) =>
        (await ExchangeAsync(written, operation, cancellationToken).ConfigureAwait(false)).Response;

    /// <summary>
    /// Runs an operation given as a document (the model's member names; blobs and timestamps as
    /// <see cref="DocumentCall.Options"/> says) and returns its output as a document, read from the wire as botocore
    /// reads it: members in the model's order, timestamps and blobs as they came. Streams travel through
    /// <paramref name="call"/>, never through the documents. Errors are the typed exceptions of the typed methods.
    /// </summary>
    public async Task<JsonDocument> InvokeDocumentAsync(Descriptors.OperationDescriptor operation, JsonElement input, DocumentCall? call = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(operation);
        call ??= DocumentCall.Default;
        using var response = await operation.Service.Sender(this, operation.Index, input, call, cancellationToken).ConfigureAwait(false);
        try
        {
            return await DocumentResponseReader.ReadAsync(response, operation, call, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is JsonException or FormatException or System.Xml.XmlException or InvalidDataException)
        {
            throw new AwsClientException($"{Configuration.Service.ServiceId} {operation.Name}: the response could not be parsed: {e.Message}", e);
        }
    }

    /// <summary>One exchange's outcome: the response that passed every check, and the attempts it took.</summary>
    private readonly record struct Exchange(AwsHttpResponse Response, int Attempts);

    /// <summary>A request written by its operation's generated writer, with the endpoint parameters it contributes.</summary>
    private readonly record struct WrittenRequest(AwsHttpRequest Request, Endpoints.OperationEndpointParameters? EndpointParameters);

    /// <summary>The typed half of an exchange, run before it: the generated writer, and the request's endpoint parameters.</summary>
    private WrittenRequest Write<TRequest>(TRequest request, OperationDefinition<TRequest> operation)
        where TRequest : class
    {
        if (request is null) throw new ArgumentNullException(nameof(request));
        var httpRequest = new AwsHttpRequest { IdempotencyTokenSource = Configuration.IdempotencyTokenProvider };
        operation.WriteRequest(request, httpRequest);
        return new WrittenRequest(httpRequest, Configuration.Endpoints is null ? null : operation.EndpointParametersFor(request));
    }

    /// <summary>
    /// Runs the pipeline for a written request under the operation timeout, and checks the response: an error status
    /// (or an error document in a 200) becomes the typed exception, and response checksums are validated. The body is
    /// buffered unless the output streams.
    /// </summary>
    private async Task<Exchange> ExchangeAsync(WrittenRequest written, OperationDefinition operation, CancellationToken cancellationToken)
    {
        var httpRequest = written.Request;
        httpRequest.Headers.Set("User-Agent", Configuration.UserAgent);
        // The operation timeout covers every attempt and backoff; the caller's token is linked in, and which one fired
        // decides between OperationCanceledException (the caller) and AwsRequestTimeoutException (the timeout).
        using var operationCts = Configuration.OperationTimeout.HasValue
            ? CancellationTokenSource.CreateLinkedTokenSource(cancellationToken) : null;
        if (operationCts is not null) operationCts.CancelAfter(Configuration.OperationTimeout!.Value);
        var token = operationCts?.Token ?? cancellationToken;
        var context = new PipelineContext(httpRequest, operation.Name, Configuration, token)
        {
            BufferResponse = !operation.StreamingOutput,
            Unsigned = operation.Unsigned,
            EndpointParameters = written.EndpointParameters,
        };
        AwsHttpResponse response;
        try
        {
            response = await _pipeline.SendAsync(context).ConfigureAwait(false);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested && operationCts is { IsCancellationRequested: true })
        {
            throw OperationTimeout(operation.Name, context.Attempt, e);
        }
        bool handedOver = false;
        try
        {
            if (response.StatusCode is < 200 or >= 300)
            {
                await response.BufferAsync(token).ConfigureAwait(false);
                throw CreateException(response, operation.StatusErrors, context.Attempt);
            }
            if (!operation.StreamingOutput) await response.BufferAsync(token).ConfigureAwait(false);
            // S3 CopyObject and friends: the status line is sent before the work is done, so a failure is a 200 with <Error>.
            if (operation.ErrorInOkBody && response.IsBuffered && IsErrorDocument(response.Body.Span))
                throw CreateException(response, null, context.Attempt);
            if (httpRequest.ValidateResponseChecksum)
            {
                if (response.IsBuffered) Http.Checksums.ValidateBuffered(response);
                else if (Http.Checksums.FindResponseChecksum(response) is { } found)
                    response.WrapBodyStream(body => new AwsCodegen.Runtime.Checksums.ChecksumValidatingStream(body, found.Algorithm, found.Expected));
            }
            handedOver = true;
            return new Exchange(response, context.Attempt);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested && operationCts is { IsCancellationRequested: true })
        {
            throw OperationTimeout(operation.Name, context.Attempt, e);
        }
        catch (AwsClientException e) when (RecordAttempts(e, context.Attempt))
        {
            throw; // not reached: the filter only records the attempts
        }
        finally
        {
            if (!handedOver) response.Dispose();
        }
    }

    /// <summary>
    /// Presigns a call: the request is written, validated and given its endpoint as for sending, then signed in its
    /// query string for <paramref name="expiresIn"/> (up to 7 days) instead of sent. For example
    /// <c>s3.PresignAsync(S3Client.Operations.GetObject, new GetObjectRequest { Bucket = "b", Key = "k" }, TimeSpan.FromHours(1))</c>.
    /// A temporary credential's session token goes into the URL, and the URL stops working when that session ends.
    /// </summary>
    public Task<PresignedRequest> PresignAsync<TRequest>(OperationDefinition<TRequest> operation, TRequest request, TimeSpan expiresIn, CancellationToken cancellationToken = default)
        where TRequest : class =>
        PresignAtAsync(operation, request, expiresIn, DateTimeOffset.UtcNow + Configuration.Retry.ClockOffset, cancellationToken);

    /// <summary>Presigns as of a given time (tests compare with other signers at a fixed instant).</summary>
    internal async Task<PresignedRequest> PresignAtAsync<TRequest>(OperationDefinition<TRequest> operation, TRequest request, TimeSpan expiresIn, DateTimeOffset signingTime, CancellationToken cancellationToken)
        where TRequest : class
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(request);
        if (expiresIn < TimeSpan.FromSeconds(1) || expiresIn > Auth.SigV4Presigner.MaxExpiry)
            throw new ArgumentOutOfRangeException(nameof(expiresIn), expiresIn, "A presigned URL expires after between 1 second and 7 days.");
        var written = Write(request, operation);
        var httpRequest = written.Request;
        var context = new PipelineContext(httpRequest, operation.Name, Configuration, cancellationToken)
        {
            EndpointParameters = written.EndpointParameters,
        };
        EndpointPolicy.Apply(context);
        Presigning.MoveFormBodyToQuery(httpRequest);
        var (scope, options) = SigningPolicy.SigningFor(context);
        var credentials = await Configuration.Credentials.GetCredentialsAsync(cancellationToken).ConfigureAwait(false);
        var details = Auth.SigV4Presigner.Presign(httpRequest, credentials, scope, signingTime, expiresIn, options);
        return new PresignedRequest(httpRequest.Method, httpRequest.BuildUri(), Presigning.HeadersToSend(httpRequest),
            Presigning.SignedBody(httpRequest, details), signingTime + expiresIn);
    }

    /// <summary>Gives a client-side failure after a response (checksum, parse) the number of attempts made; never catches.</summary>
    private static bool RecordAttempts(AwsClientException exception, int attempts)
    {
        if (exception.Attempts == 0) exception.Attempts = attempts;
        return false;
    }

    private AwsRequestTimeoutException OperationTimeout(string operationName, int attempts, Exception inner) =>
        new($"{Configuration.Service.ServiceId} {operationName}: the call did not complete within the operation timeout of {Configuration.OperationTimeout?.TotalMilliseconds} ms ({attempts} attempt{(attempts == 1 ? "" : "s")}).",
            attempts, isOperationTimeout: true, inner);

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
