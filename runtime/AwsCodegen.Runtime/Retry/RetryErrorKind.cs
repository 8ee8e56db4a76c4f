namespace AwsCodegen.Runtime.Retry;

/// <summary>What a failed attempt was, as far as retrying is concerned.</summary>
internal enum RetryErrorKind
{
    /// <summary>Not retryable (or not a failure).</summary>
    None,

    /// <summary>A transient failure: 500/502/503/504, a transient error code, a connection reset or truncated body.</summary>
    Transient,

    /// <summary>The service asked us to slow down: 429 or a throttling error code.</summary>
    Throttling,

    /// <summary>A clock-skew error after which the client corrected its clock.</summary>
    ClockSkew,

    /// <summary>The attempt ran past its timeout.</summary>
    Timeout,
}
