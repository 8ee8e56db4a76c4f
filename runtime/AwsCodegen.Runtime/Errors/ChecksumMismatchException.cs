namespace AwsCodegen.Runtime.Errors;

/// <summary>A response body does not match the checksum the service sent with it (x-amz-checksum-*).</summary>
public sealed class ChecksumMismatchException : AwsClientException
{
    public ChecksumMismatchException(string algorithm, string expected, string actual)
        : base($"The response body failed {algorithm} validation: the service sent {expected}, the body hashes to {actual}. The data was corrupted in transit or storage.")
    {
        Algorithm = algorithm;
        Expected = expected;
        Actual = actual;
    }

    public string Algorithm { get; }
    public string Expected { get; }
    public string Actual { get; }
}
