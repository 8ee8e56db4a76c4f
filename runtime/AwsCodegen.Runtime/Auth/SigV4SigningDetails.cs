namespace AwsCodegen.Runtime.Auth;

/// <summary>
/// The intermediate texts of one signature, for tests, conformance runs and "why was my signature rejected"
/// diagnostics. The hot path (<see cref="SigV4Signer.Sign"/>) never builds them.
/// The Authorization header is null for a presigned URL, whose signature is in the query instead.
/// </summary>
public sealed record SigV4SigningDetails(
    string CanonicalRequest,
    string StringToSign,
    string SignedHeaders,
    string PayloadHash,
    string Signature,
    string? Authorization);
