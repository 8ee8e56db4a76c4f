namespace AwsCodegen.ModelImporter;

/// <summary>Diagnostic codes (errors 0xx, warnings 1xx) and the process exit codes that go with the errors.</summary>
public static class ImportErrorCodes
{
    public const string InvalidArguments = "AWSCGI001";
    public const string BotocoreNotFound = "AWSCGI002";
    public const string UnknownService = "AWSCGI003";
    public const string ImportFailed = "AWSCGI004";

    public const string BotocoreVersionMismatch = "AWSCGI101";
    public const string ChecksumMismatch = "AWSCGI102";
    public const string BotocoreVersionUnknown = "AWSCGI103";

    public const int ExitOk = 0;
    public const int ExitInvalidArguments = 1;
    public const int ExitBotocoreNotFound = 2;
    public const int ExitUnknownService = 3;
    public const int ExitImportFailed = 4;

    public static int ExitCodeFor(string code) => code switch
    {
        InvalidArguments => ExitInvalidArguments,
        BotocoreNotFound => ExitBotocoreNotFound,
        UnknownService => ExitUnknownService,
        _ => ExitImportFailed,
    };
}
