using System;
using System.Text.Json;
using AwsCodegen.Runtime.Http;

namespace AwsCodegen.Runtime.Protocols.Json;

/// <summary>The awsJson 1.0/1.1 and restJson1 protocols: errors come as a JSON body with __type or code, or an x-amzn-errortype header.</summary>
public sealed class JsonProtocol : AwsProtocol
{
    private JsonProtocol(string name, bool headerFirst, bool queryCompatible = false)
    {
        Name = name;
        _headerFirst = headerFirst;
        _queryCompatible = queryCompatible;
    }

    private readonly bool _headerFirst;
    private readonly bool _queryCompatible;

    public static JsonProtocol Json { get; } = new("json", headerFirst: false);

    /// <summary>awsJson for a service that was a query service (SQS, CloudWatch): its errors keep their query codes in x-amzn-query-error.</summary>
    public static JsonProtocol JsonQueryCompatible { get; } = new("json", headerFirst: false, queryCompatible: true);
    public static JsonProtocol RestJson { get; } = new("rest-json", headerFirst: true);

    public override string Name { get; }

    public override ErrorInfo ReadError(AwsHttpResponse response)
    {
        string? bodyCode = null, message = null;
        if (!response.Body.IsEmpty)
        {
            try
            {
                var reader = new Utf8JsonReader(response.Body.Span);
                if (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
                {
                    while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                    {
                        if (reader.ValueTextEquals("__type") || (bodyCode is null && reader.ValueTextEquals("code")))
                        {
                            reader.Read();
                            if (reader.TokenType == JsonTokenType.String) bodyCode = reader.GetString();
                        }
                        else if (reader.ValueTextEquals("message") || reader.ValueTextEquals("Message") || reader.ValueTextEquals("errorMessage"))
                        {
                            reader.Read();
                            if (reader.TokenType == JsonTokenType.String) message = reader.GetString();
                        }
                        else
                        {
                            reader.Read();
                            reader.Skip();
                        }
                    }
                }
            }
            catch (JsonException)
            {
                // A non-JSON error body (a proxy's HTML page, say) still yields an error from the status code.
            }
        }
        if (_queryCompatible && response.Headers.Get("x-amzn-query-error") is { Length: > 0 } queryError)
        {
            // "AWS.SimpleQueueService.NonExistentQueue;Sender": the query code, then who is at fault.
            int semicolon = queryError.IndexOf(';');
            string queryCode = semicolon < 0 ? queryError : queryError.Substring(0, semicolon);
            string? faultType = semicolon < 0 ? null : queryError.Substring(semicolon + 1);
            string? shapeName = SanitizeCode(bodyCode ?? response.Headers.Get("x-amzn-errortype"));
            return new ErrorInfo(queryCode, message ?? response.Headers.Get("x-amzn-error-message"), ErrorType: faultType, ShapeName: shapeName);
        }
        if (bodyCode is null && XmlErrorBody.TryRead(response.Body, out var xmlError))
            return xmlError; // A gateway or emulator in front of the service may answer in the query protocol's XML.
        string? headerCode = response.Headers.Get("x-amzn-errortype");
        string? code = _headerFirst ? headerCode ?? bodyCode : bodyCode ?? headerCode;
        return new ErrorInfo(SanitizeCode(code) ?? FallbackCode(response.StatusCode), message ?? response.Headers.Get("x-amzn-error-message"));
    }

    /// <summary>"aws.protocoltests#FooError:http://..." becomes "FooError".</summary>
    public static string? SanitizeCode(string? code)
    {
        if (string.IsNullOrEmpty(code)) return null;
        int colon = code!.IndexOf(':');
        if (colon >= 0) code = code.Substring(0, colon);
        int hash = code.LastIndexOf('#');
        if (hash >= 0) code = code.Substring(hash + 1);
        return code.Trim();
    }

    private static string FallbackCode(int status) => status switch
    {
        400 => "BadRequest",
        403 => "Forbidden",
        404 => "NotFound",
        413 => "RequestEntityTooLarge",
        _ => "Http" + status.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
