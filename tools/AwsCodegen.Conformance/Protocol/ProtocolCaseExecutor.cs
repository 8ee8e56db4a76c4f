using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using AwsCodegen.Runtime;
using AwsCodegen.Runtime.Auth;
using AwsCodegen.Runtime.Documents;
using AwsCodegen.Runtime.Errors;

namespace AwsCodegen.Conformance.Protocol;

/// <summary>
/// Runs one case through a generated client, the way a caller would: JSON params in through
/// InvokeDocumentAsync, the HTTP exchange through a <see cref="CapturingHandler"/>. Returns null when the case
/// passes, else what differed.
/// </summary>
public static class ProtocolCaseExecutor
{
    // Generous: a case is one in-memory exchange; only a hang in generated code gets near this.
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    public static string? Run(Type clientType, ProtocolCase testCase, string protocol) =>
        testCase.Kind == CaseKind.Input ? RunInput(clientType, testCase, protocol) : RunOutput(clientType, testCase, protocol);

    private static string? RunInput(Type clientType, ProtocolCase testCase, string protocol)
    {
        var serialized = testCase.Data.GetProperty("serialized");
        var handler = new CapturingHandler(() => MinimalSuccess(protocol));
        // Hosts like "example.com/custom" put a base path on the endpoint; the others expect https://example.com.
        string? host = serialized.TryGetProperty("host", out var h) ? h.GetString() : null;
        var endpoint = host is not null && host.Contains('/', StringComparison.Ordinal)
            ? new Uri("https://" + host)
            : new Uri("https://example.com");
        var (_, error) = Invoke(clientType, handler, endpoint, testCase, out _);
        if (handler.Captured is null)
            return error is null ? "the client sent no request" : "the client failed before sending: " + Describe(error);
        // Past this point the request is what counts: failing to read the dummy response is not this case's concern.
        return RequestComparer.Compare(serialized, handler.Captured, protocol);
    }

    private static string? RunOutput(Type clientType, ProtocolCase testCase, string protocol)
    {
        var handler = new CapturingHandler(CannedResponse(testCase.Data.GetProperty("response"), protocol));
        var (written, error) = Invoke(clientType, handler, new Uri("https://example.com"), testCase, out bool timedOut);
        if (timedOut) return "the call did not finish within " + Timeout.TotalSeconds + "s";

        bool expectsError = testCase.Data.TryGetProperty("errorCode", out _) || testCase.Data.TryGetProperty("error", out _);
        if (expectsError) return CompareError(testCase.Data, error);
        if (error is not null) return "the call failed: " + Describe(error);
        if (written.Length == 0) return "the client wrote no result JSON";
        var expected = testCase.Data.TryGetProperty("result", out var result) ? result.GetRawText() : "{}";
        return Prefix(JsonTreeComparer.Compare(expected, Encoding.UTF8.GetString(written)));
    }

    private static string? CompareError(JsonElement data, Exception? error)
    {
        string? expectedCode = data.TryGetProperty("errorCode", out var c) ? c.GetString() : null;
        if (error is null) return $"expected the error {expectedCode}, but the call succeeded";
        if (error is not AwsServiceException service) return $"expected the service error {expectedCode}, got " + Describe(error);
        var differences = new List<string>();
        if (expectedCode is not null && !string.Equals(expectedCode, service.ErrorCode, StringComparison.Ordinal))
            differences.Add($"error code: expected {JsonTreeComparer.Quote(expectedCode)}, got {JsonTreeComparer.Quote(service.ErrorCode)}");
        if (data.TryGetProperty("errorMessage", out var m) && m.GetString() is { } expectedMessage && !string.Equals(expectedMessage, service.ErrorMessage, StringComparison.Ordinal))
            differences.Add($"error message: expected {JsonTreeComparer.Quote(expectedMessage)}, got {(service.ErrorMessage is null ? "none" : JsonTreeComparer.Quote(service.ErrorMessage))}");
        if (data.TryGetProperty("error", out var expectedDocument))
        {
            using var buffer = new MemoryStream();
            try
            {
                using (var writer = new Utf8JsonWriter(buffer)) service.WriteDocument(writer, DocumentOptions.Conformance);
                if (JsonTreeComparer.Compare(expectedDocument.GetRawText(), Encoding.UTF8.GetString(buffer.ToArray())) is { } difference)
                    differences.Add(difference.StartsWith('$') ? "error members " + difference : "error members: " + difference);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                differences.Add($"error members: {service.GetType().Name}.WriteDocument threw " + Describe(e));
            }
        }
        return differences.Count == 0 ? null : string.Join("; ", differences);
    }

    /// <summary>The case's response (status, headers, body), made afresh for each request.</summary>
    internal static Func<HttpResponseMessage> CannedResponse(JsonElement response, string protocol)
    {
        int status = response.TryGetProperty("status_code", out var code) && code.TryGetInt32(out int s) ? s : 200;
        var headers = new List<KeyValuePair<string, string>>();
        if (response.TryGetProperty("headers", out var hs) && hs.ValueKind == JsonValueKind.Object)
        {
            foreach (var header in hs.EnumerateObject())
                headers.Add(new(header.Name, header.Value.ValueKind == JsonValueKind.String ? header.Value.GetString()! : header.Value.GetRawText()));
        }
        byte[] body = BodyBytes(response.TryGetProperty("body", out var b) && b.ValueKind == JsonValueKind.String ? b.GetString()! : "", protocol);
        return () => CapturingHandler.CreateResponse(status, headers, body);
    }

    /// <summary>A conformance client's options: one attempt, fixed credentials and tokens, nothing from the machine.</summary>
    internal static AwsClientOptions ClientOptions(HttpMessageHandler handler, Uri endpoint) => new()
    {
        Region = "us-east-1",
        ServiceUrl = endpoint,
        Credentials = new StaticCredentialsProvider("AKID", "SECRET"),
        MaxAttempts = 1,
        HttpHandler = handler,
        // The machine's AWS_* variables and profile must not steer a conformance run.
        EnvironmentVariables = static _ => null,
        // The cases were recorded with botocore's token generator patched to this fixed UUID.
        IdempotencyTokenProvider = static () => "00000000-0000-4000-8000-000000000000",
    };

    /// <summary>Builds the client, calls the operation, and returns what it wrote and what it threw.</summary>
    private static (byte[] Written, Exception? Error) Invoke(Type clientType, CapturingHandler handler, Uri endpoint, ProtocolCase testCase, out bool timedOut)
    {
        timedOut = false;
        var options = ClientOptions(handler, endpoint);
        AwsServiceClient client;
        try
        {
            client = (AwsServiceClient)Activator.CreateInstance(clientType, new object?[] { options })!;
        }
        catch (Exception e)
        {
            return (Array.Empty<byte>(), e is TargetInvocationException { InnerException: { } inner } ? inner : e is MissingMethodException
                ? new InvalidOperationException($"{clientType.Name} has no public constructor ({nameof(AwsClientOptions)}? options)")
                : e);
        }
        using (client)
        using (var buffer = new MemoryStream())
        {
            var input = testCase.Data.TryGetProperty("params", out var p) ? p : EmptyObject;
            using var cancel = new CancellationTokenSource(Timeout);
            Exception? error = null;
            var writer = new Utf8JsonWriter(buffer);
            try
            {
                var task = client.InvokeDocumentAsync(testCase.OperationName, input, writer, DocumentOptions.Conformance, cancel.Token);
                if (!task.Wait(Timeout + TimeSpan.FromSeconds(5)))
                {
                    timedOut = true;
                    return (Array.Empty<byte>(), new TimeoutException("the call did not finish"));
                }
                writer.Flush();
            }
            catch (AggregateException e) when (e.InnerExceptions.Count == 1)
            {
                error = e.InnerException;
            }
            catch (Exception e)
            {
                error = e;
            }
            finally
            {
                try
                {
                    writer.Dispose();
                }
                catch (InvalidOperationException)
                {
                    // A writer left mid-object by a failed call cannot flush; what it holds is not looked at then.
                }
            }
            return (buffer.ToArray(), error);
        }
    }

    private static readonly JsonElement EmptyObject = JsonDocument.Parse("{}").RootElement;

    /// <summary>A 200 response with the smallest body the protocol's parsers accept; input cases never look at it.</summary>
    private static HttpResponseMessage MinimalSuccess(string protocol)
    {
        var (contentType, body) = protocol switch
        {
            "json" => ("application/x-amz-json-1.1", "{}"u8.ToArray()),
            "rest-json" => ("application/json", "{}"u8.ToArray()),
            _ when protocol.StartsWith("smithy-rpc-v2-cbor", StringComparison.Ordinal) => ("application/cbor", new byte[] { 0xA0 }),
            _ => ("text/xml", Array.Empty<byte>()),
        };
        var headers = new List<KeyValuePair<string, string>> { new("Content-Type", contentType) };
        if (protocol.StartsWith("smithy-rpc-v2-cbor", StringComparison.Ordinal)) headers.Add(new("smithy-protocol", "rpc-v2-cbor"));
        return CapturingHandler.CreateResponse(200, headers, body);
    }

    /// <summary>Response bodies are text, except that CBOR cases spell theirs in base64.</summary>
    private static byte[] BodyBytes(string body, string protocol)
    {
        if (protocol.StartsWith("smithy-rpc-v2-cbor", StringComparison.Ordinal))
        {
            try
            {
                return Convert.FromBase64String(body);
            }
            catch (FormatException)
            {
                // Not base64 after all: send it as it is.
            }
        }
        return Encoding.UTF8.GetBytes(body);
    }

    private static string? Prefix(string? difference) =>
        difference is null ? null : difference.StartsWith('$') ? difference : "result: " + difference;

    internal static string Describe(Exception e)
    {
        string message = e.Message.ReplaceLineEndings(" ");
        if (message.Length > 200) message = message[..197] + "...";
        return $"{e.GetType().Name}: {message}";
    }
}
