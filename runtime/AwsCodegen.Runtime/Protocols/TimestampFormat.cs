namespace AwsCodegen.Runtime.Protocols;

/// <summary>The three ways AWS protocols write a timestamp.</summary>
public enum TimestampFormat
{
    Default,
    /// <summary>Seconds since the Unix epoch, with up to millisecond fractions: 1398796238.123.</summary>
    EpochSeconds,
    /// <summary>ISO 8601 in UTC: 2014-04-29T18:30:38.123Z.</summary>
    Iso8601,
    /// <summary>RFC 7231 IMF-fixdate: Tue, 29 Apr 2014 18:30:38 GMT.</summary>
    HttpDate,
}
