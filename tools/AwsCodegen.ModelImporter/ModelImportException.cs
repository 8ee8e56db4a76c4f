using System;

namespace AwsCodegen.ModelImporter;

/// <summary>An import that cannot go on. <see cref="Code"/> is one of <see cref="ImportErrorCodes"/>.</summary>
public sealed class ModelImportException : Exception
{
    public ModelImportException(string code, string message, Exception? inner = null)
        : base(message, inner)
    {
        Code = code;
    }

    public string Code { get; }

    public int ExitCode => ImportErrorCodes.ExitCodeFor(Code);

    public ImportDiagnostic ToDiagnostic() => new(ImportSeverity.Error, Code, Message);
}
