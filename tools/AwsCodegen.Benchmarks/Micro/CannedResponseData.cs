using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using Amazon.Runtime.Internal.Transform;

namespace AwsCodegen.Benchmarks.Micro;

/// <summary>The status and headers AWSSDK's unmarshaller contexts read next to the body: a buffered 200 response.</summary>
public sealed class CannedResponseData : IWebResponseData
{
    private readonly Dictionary<string, string> _headers;

    public CannedResponseData(long contentLength, string contentType, params (string Name, string Value)[] headers)
    {
        ContentLength = contentLength;
        ContentType = contentType;
        _headers = headers.ToDictionary(h => h.Name, h => h.Value, StringComparer.OrdinalIgnoreCase);
        _headers["Content-Type"] = contentType;
    }

    public long ContentLength { get; }
    public string ContentType { get; }
    public HttpStatusCode StatusCode => HttpStatusCode.OK;
    public bool IsSuccessStatusCode => true;
    public IHttpResponseBody ResponseBody => throw new NotSupportedException("the benchmarks pass the body stream to the context directly");
    public string[] GetHeaderNames() => _headers.Keys.ToArray();
    public bool IsHeaderPresent(string headerName) => _headers.ContainsKey(headerName);
    public string GetHeaderValue(string headerName) => _headers.TryGetValue(headerName, out var value) ? value : null!;
    public bool IsEventHeaderPresent(string headerName) => false;
    public Amazon.Runtime.EventStreams.IEventStreamHeader GetEventStreamHeader(string headerName) => null!;
}
