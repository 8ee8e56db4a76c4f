namespace AwsCodegen.Runtime.Http;

/// <summary>
/// An operation's httpChecksum request side (requestAlgorithmMember, requestChecksumRequired): the header the input's
/// algorithm member is bound to (S3: x-amz-sdk-checksum-algorithm), and whether a checksum must be sent even when
/// the client calculates checksums only when required.
/// </summary>
public sealed record FlexibleChecksumTrait(string AlgorithmHeader, bool Required);
