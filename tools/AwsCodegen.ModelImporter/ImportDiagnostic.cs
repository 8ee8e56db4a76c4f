namespace AwsCodegen.ModelImporter;

/// <summary>How serious an <see cref="ImportDiagnostic"/> is.</summary>
public enum ImportSeverity
{
    Info,
    Warning,
    Error,
}

/// <summary>
/// One message from the importer. <see cref="ToString"/> uses MSBuild's canonical format
/// (<c>AwsCodegen.ModelImporter : warning AWSCGI101: ...</c>) so MSBuild's Exec task reports it as a real warning or error.
/// </summary>
public sealed record ImportDiagnostic(ImportSeverity Severity, string Code, string Message)
{
    public const string Origin = "AwsCodegen.ModelImporter";

    public override string ToString() => Severity switch
    {
        ImportSeverity.Error => $"{Origin} : error {Code}: {Message}",
        ImportSeverity.Warning => $"{Origin} : warning {Code}: {Message}",
        _ => Message,
    };
}
