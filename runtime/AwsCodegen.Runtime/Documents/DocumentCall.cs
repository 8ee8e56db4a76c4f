using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace AwsCodegen.Runtime.Documents;

/// <summary>
/// One call made with documents (<see cref="AwsServiceClient.InvokeDocumentAsync(Descriptors.OperationDescriptor, System.Text.Json.JsonElement, DocumentCall?, CancellationToken)"/>):
/// how values JSON has no type for are spelled, and the side channel for streams, which never pass through a document.
/// </summary>
public sealed class DocumentCall
{
    public static DocumentCall Default { get; } = new();

    /// <summary>How the input document spells blobs and timestamps (base64 and ISO 8601 or epoch seconds by default).</summary>
    public DocumentOptions Options { get; init; } = DocumentOptions.Cli;

    /// <summary>
    /// The content of the input's streaming member (S3 PutObject's Body), read as it is sent; the document leaves that
    /// member out. The call does not dispose it.
    /// </summary>
    public Stream? InputBody { get; init; }

    /// <summary>
    /// Receives the output's streaming member (S3 GetObject's Body) while the response is read; the output document
    /// leaves that member out. Without it the stream is drained and discarded, never buffered.
    /// </summary>
    public Func<Stream, CancellationToken, Task>? OutputBody { get; init; }
}
