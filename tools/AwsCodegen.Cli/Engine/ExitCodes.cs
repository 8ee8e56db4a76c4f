namespace AwsCodegen.Cli.Engine;

/// <summary>Exit codes, as aws-cli v2 gives them.</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>A parameter or usage error: nothing was sent.</summary>
    public const int Usage = 252;

    /// <summary>A configuration or credentials error (no region, a broken profile, no credentials).</summary>
    public const int Configuration = 253;

    /// <summary>The service answered with an error.</summary>
    public const int Service = 254;

    /// <summary>Anything else: a transport failure, a client-side error.</summary>
    public const int Other = 255;

    /// <summary>Interrupted (Ctrl-C, or a cancel from the resident host's client).</summary>
    public const int Interrupted = 130;
}
