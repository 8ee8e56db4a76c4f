using System;
using AwsCodegen.ModelImporter;

// Entry point: parse, import, print one summary line. Errors and warnings use MSBuild's canonical
// "origin : error CODE: message" form so build/ImportModels.targets surfaces them as real build errors.
try
{
    CommandLine command = CommandLine.Parse(args, RepoLayout.FindModelsDirectory(), Print);
    if (command.Help)
    {
        Console.WriteLine(CommandLine.Usage);
        return ImportErrorCodes.ExitOk;
    }

    ImportOptions options = command.Options;
    if (command.ListServices)
    {
        BotocoreLocation botocore = BotocoreLocator.Locate(options, PinnedVersion.Read(options.ConfigDirectory ?? options.OutputDirectory));
        foreach (string name in new BotocoreCatalog(botocore.DataDirectory).AllServiceNames)
        {
            Console.WriteLine(name);
        }

        return ImportErrorCodes.ExitOk;
    }

    ImportResult result = BotocoreModelImporter.Import(options);
    Console.WriteLine(result.Summary);
    return ImportErrorCodes.ExitOk;
}
catch (ModelImportException e)
{
    Print(e.ToDiagnostic());
    return e.ExitCode;
}

static void Print(ImportDiagnostic diagnostic)
{
    if (diagnostic.Severity == ImportSeverity.Info)
    {
        Console.WriteLine(diagnostic.ToString());
    }
    else
    {
        Console.Error.WriteLine(diagnostic.ToString());
    }
}
