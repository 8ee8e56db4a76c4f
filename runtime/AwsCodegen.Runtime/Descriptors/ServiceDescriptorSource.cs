using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using AwsCodegen.Runtime.Documents;
using AwsCodegen.Runtime.Http;

namespace AwsCodegen.Runtime.Descriptors;

/// <summary>Returns generated data that lives in the assembly image (a UTF-8 literal), without copying it.</summary>
public delegate ReadOnlySpan<byte> Utf8Data();

/// <summary>Returns a generated table of offsets that lives in the assembly image.</summary>
public delegate ReadOnlySpan<int> OffsetData();

/// <summary>
/// Sends the operation at <paramref name="operationIndex"/> with its input given as a document: the generated code
/// reads the document into the typed request and runs it through the client's pipeline, and returns the checked
/// response (buffered, or with the payload stream open when the output streams).
/// </summary>
public delegate Task<AwsHttpResponse> DocumentSender(AwsServiceClient client, int operationIndex, JsonElement input, DocumentCall call, CancellationToken cancellationToken);

/// <summary>What generated code gives a <see cref="ServiceDescriptor"/>: names, and the encoded tables.</summary>
public sealed class ServiceDescriptorSource
{
    /// <summary>botocore's name of the service: its directory under botocore/data (dynamodb, logs, s3).</summary>
    public required string ServiceName { get; init; }

    /// <summary>The command's name (aws-cli's: s3api for s3, otherwise the botocore name).</summary>
    public required string CliName { get; init; }

    public required string ServiceId { get; init; }
    public required string ApiVersion { get; init; }
    public required DocumentProtocol Protocol { get; init; }

    /// <summary>The shapes, encoded (see DescriptorDecoder), one after another; <see cref="ShapeOffsets"/> says where each starts.</summary>
    public required Utf8Data Shapes { get; init; }
    public required OffsetData ShapeOffsets { get; init; }
    public required Utf8Data Operations { get; init; }
    public required OffsetData OperationOffsets { get; init; }

    /// <summary>The operations' command-line names, in operation order (for lookup without decoding every operation).</summary>
    public required IReadOnlyList<string> OperationCliNames { get; init; }

    /// <summary>The waiters, encoded; null when the service has none.</summary>
    public Utf8Data? Waiters { get; init; }

    public required Func<AwsClientOptions?, AwsServiceClient> CreateClient { get; init; }
    public required DocumentSender Send { get; init; }

    /// <summary>The full documentation (its own generated file), loaded when help needs it.</summary>
    public Func<ServiceDocumentation>? Documentation { get; init; }
}
