using System;
using System.Collections.Generic;
using System.Text;
using AwsCodegen.Runtime.Http;

namespace AwsCodegen.Conformance.SigV4;

/// <summary>
/// Reads the SigV4 test suite's .req files: a request line "METHOD target HTTP/1.1", header lines "Name:value"
/// (a line starting with space or tab continues the previous value), an empty line, then the body.
/// </summary>
/// <remarks>
/// The suite's requests are not always valid HTTP, and the parser keeps them as written, because the expected
/// canonical requests are computed from exactly that text:
/// <list type="bullet">
/// <item>the target may contain spaces ("GET /example space/ HTTP/1.1"), so the method ends at the first space and
/// the version starts at the last one;</item>
/// <item>the path may hold raw UTF-8 and characters such as '$'. It goes into <see cref="AwsHttpRequest.Path"/>
/// unchanged: it is the path as sent, and SigV4 encodes that once more for the canonical URI;</item>
/// <item>the query is split on '&amp;' and '=' and each part percent-decoded, because <see cref="AwsHttpRequest.Query"/>
/// holds raw pairs; a part without '=' is a key with no value;</item>
/// <item>a folded header value keeps its line breaks, so that the signer's whitespace folding is what gets tested;</item>
/// <item>line ends may be LF or CRLF.</item>
/// </list>
/// </remarks>
public static class RawHttpRequestParser
{
    public static AwsHttpRequest Parse(byte[] file)
    {
        ArgumentNullException.ThrowIfNull(file);
        (int headEnd, int bodyStart) = FindHeadEnd(file);
        string head = Encoding.UTF8.GetString(file, 0, headEnd);
        string[] lines = head.Split('\n');
        for (int i = 0; i < lines.Length; i++) lines[i] = lines[i].TrimEnd('\r');

        var request = ParseRequestLine(lines[0]);
        string? lastName = null;
        var fields = new List<KeyValuePair<string, string>>();
        for (int i = 1; i < lines.Length; i++)
        {
            string line = lines[i];
            if (line.Length == 0) continue;
            if (line[0] is ' ' or '\t')
            {
                if (lastName is null) throw new FormatException($"line {i + 1}: a continuation line with no header before it");
                var previous = fields[^1];
                fields[^1] = new(previous.Key, previous.Value + "\n" + line);
                continue;
            }
            int colon = line.IndexOf(':');
            if (colon <= 0) throw new FormatException($"line {i + 1}: expected 'Name:value', got '{line}'");
            lastName = line[..colon];
            fields.Add(new(lastName, line[(colon + 1)..]));
        }
        foreach (var field in fields) request.Headers.Add(field.Key, field.Value);

        if (request.Headers.Get("Host") is { } host)
            request.Endpoint = new Uri("https://" + host.Trim() + "/", UriKind.Absolute);
        if (bodyStart >= 0 && bodyStart <= file.Length)
            request.Content = RequestContent.FromBytes(file.AsMemory(bodyStart));
        return request;
    }

    private static AwsHttpRequest ParseRequestLine(string line)
    {
        int first = line.IndexOf(' ');
        int last = line.LastIndexOf(' ');
        if (first <= 0 || last <= first) throw new FormatException($"request line: expected 'METHOD target HTTP/1.1', got '{line}'");
        string method = line[..first];
        string target = line[(first + 1)..last];

        int question = target.IndexOf('?');
        string path = question < 0 ? target : target[..question];
        var request = new AwsHttpRequest(method, path.Length == 0 ? "/" : path);
        if (question >= 0)
        {
            foreach (string part in target[(question + 1)..].Split('&'))
            {
                if (part.Length == 0) continue;
                int equals = part.IndexOf('=');
                request.Query.Add(equals < 0
                    ? new(AwsUri.Decode(part), null)
                    : new(AwsUri.Decode(part[..equals]), AwsUri.Decode(part[(equals + 1)..])));
            }
        }
        return request;
    }

    /// <summary>The end of the head and the start of the body (-1 when there is no blank line).</summary>
    private static (int HeadEnd, int BodyStart) FindHeadEnd(byte[] file)
    {
        for (int i = 0; i + 1 < file.Length; i++)
        {
            if (file[i] != '\n') continue;
            if (file[i + 1] == '\n') return (i, i + 2);
            if (file[i + 1] == '\r' && i + 2 < file.Length && file[i + 2] == '\n') return (i, i + 3);
        }
        return (file.Length, -1);
    }
}
