namespace AwsCodegen.Runtime.Retry;

/// <summary>How a client retries failed attempts: retry_mode (profile), AWS_RETRY_MODE, or <see cref="AwsClientOptions.RetryMode"/>.</summary>
public enum RetryMode
{
    /// <summary>
    /// The AWS SDKs' standard rules (the default): 3 attempts, exponential backoff with full jitter (1 s base, 20 s cap),
    /// and a per-client retry quota of 500 tokens.
    /// </summary>
    Standard,

    /// <summary>This runtime's earlier behaviour: 5 attempts, 100 ms base backoff, no retry quota.</summary>
    Legacy,

    /// <summary>Standard, plus a client-side rate limiter whose rate follows throttling responses (CUBIC).</summary>
    Adaptive,
}
