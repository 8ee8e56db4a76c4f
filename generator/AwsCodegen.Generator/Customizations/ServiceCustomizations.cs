using AwsCodegen.Generator.Model;

namespace AwsCodegen.Generator.Customizations;

/// <summary>What one service does differently from what its model says.</summary>
internal sealed record ServiceQuirks(bool SignsRawPath = false)
{
    public static readonly ServiceQuirks None = new();
}

/// <summary>
/// The one table of service quirks, keyed by the model's signing name. Everything that would otherwise be an
/// "if (service == ...)" somewhere in an emitter lives here.
/// </summary>
internal static class ServiceCustomizations
{
    public static ServiceQuirks For(ServiceSpec spec) => spec.Info.SigningName switch
    {
        // S3 signs the path exactly as sent: no dot-segment removal, no second encoding.
        "s3" or "s3-outposts" or "s3express" => new ServiceQuirks(SignsRawPath: true),
        _ => ServiceQuirks.None,
    };
}
