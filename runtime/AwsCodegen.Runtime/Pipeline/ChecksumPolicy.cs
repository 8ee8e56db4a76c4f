using System;
using System.Threading.Tasks;
using AwsCodegen.Runtime.Checksums;
using AwsCodegen.Runtime.Http;

namespace AwsCodegen.Runtime.Pipeline;

/// <summary>
/// Flexible checksums (httpChecksum), once per call, after compression (the checksum is of the bytes sent):
/// <list type="bullet">
/// <item>the request's: the algorithm the caller chose; else CRC32 when the operation requires a checksum or the
/// client calculates them when supported (the default), and the algorithm header says CRC32. Nothing when the caller
/// sent a checksum header of their own, or when a default checksum would need a stream that cannot be rewound.</item>
/// <item>the response's: the validation mode header is set to ENABLED when the caller left it unset and the client
/// validates when supported (the default); the response is validated when that header says ENABLED.</item>
/// </list>
/// A presigned request does not pass here: it carries no checksum the caller did not choose.
/// </summary>
internal sealed class ChecksumPolicy : PipelinePolicy
{
    public const string DefaultAlgorithm = "CRC32";

    public override ValueTask<AwsHttpResponse> SendAsync(PipelineContext context, PipelineNext next)
    {
        var request = context.Request;
        var config = context.Configuration;
        if (request.FlexibleChecksum is { } trait && !Http.Checksums.HasChecksumHeader(request.Headers))
            AddRequestChecksum(request, trait, config.RequestChecksumCalculation);
        if (request.ChecksumModeHeader is { } modeHeader)
        {
            if (!request.Headers.Contains(modeHeader) && config.ResponseChecksumValidation == ResponseChecksumValidation.WhenSupported)
                request.Headers.Set(modeHeader, "ENABLED");
            request.ValidateResponseChecksum = string.Equals(request.Headers.Get(modeHeader), "ENABLED", StringComparison.OrdinalIgnoreCase);
        }
        return next.SendAsync(context);
    }

    private static void AddRequestChecksum(AwsHttpRequest request, FlexibleChecksumTrait trait, RequestChecksumCalculation calculation)
    {
        if (request.Headers.Get(trait.AlgorithmHeader) is { Length: > 0 } chosen)
        {
            var algorithm = ChecksumAlgorithm.Find(chosen)
                ?? throw new Errors.AwsClientException($"The checksum algorithm '{chosen}' is not supported; use CRC32, CRC32C, SHA1 or SHA256.");
            request.Headers.Set(trait.AlgorithmHeader, algorithm.Name);
            Http.Checksums.AddFlexibleChecksum(request, algorithm, optional: false);
            return;
        }
        if (!trait.Required && calculation == RequestChecksumCalculation.WhenRequired) return;
        if (Http.Checksums.AddFlexibleChecksum(request, ChecksumAlgorithm.Crc32, optional: !trait.Required))
            request.Headers.Set(trait.AlgorithmHeader, DefaultAlgorithm);
    }
}
