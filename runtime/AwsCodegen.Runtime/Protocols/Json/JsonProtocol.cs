using System;
using System.Text.Json;
using AwsCodegen.Runtime.Http;

namespace AwsCodegen.Runtime.Protocols.Json;

/// <summary>The awsJson 1.0/1.1 and restJson1 protocols: errors come as a JSON body with __type or code, or an x-amzn-errortype header.</summary>
public sealed class JsonProtocol : AwsProtocol
{
    private JsonProtocol(string name, bool headerFirst)
    {
        Name = name;
        _headerFirst = headerFirst;
    }

    private readonly bool _headerFirst;

    public static JsonProtocol Json { get; } = new("json", headerFirst: false);
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
