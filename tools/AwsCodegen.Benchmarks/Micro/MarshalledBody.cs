using System.IO;
using Amazon.Runtime.Internal;

namespace AwsCodegen.Benchmarks.Micro;

/// <summary>The body AWSSDK's marshaller wrote (into a pooled content stream), as bytes, for the setup's checks.</summary>
public static class MarshalledBody
{
    public static byte[] Read(IRequest request)
    {
        if (request.Content is { } bytes) return bytes;
        using var copy = new MemoryStream();
        request.ContentStream.Position = 0;
        request.ContentStream.CopyTo(copy);
        return copy.ToArray();
    }
}
