using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using AwsCodegen.Runtime.Documents;
using AwsCodegen.Runtime.Errors;
using AwsCodegen.Runtime.Http;
using AwsCodegen.Runtime.Pipeline;

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
                var exception = Configuration.Service.Protocol.CreateException(response, CreateModeledError);
                exception.Attempts = context.Attempt;
                throw exception;
            }
            if (!operation.StreamingOutput) await response.BufferAsync(cancellationToken).ConfigureAwait(false);
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

    public void Dispose()
    {
        Configuration.Dispose();
        GC.SuppressFinalize(this);
    }
}
