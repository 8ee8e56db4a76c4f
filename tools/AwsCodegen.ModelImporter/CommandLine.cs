using System;
using System.Collections.Generic;

namespace AwsCodegen.ModelImporter;

/// <summary>The parsed command line: import options, or a request for help or the service list.</summary>
public sealed class CommandLine
{
    public const string Usage = """
        Imports AWS service models from an installed botocore into the models directory.

        usage: dotnet run --project tools/AwsCodegen.ModelImporter -- [options]

          --botocore-data <dir>   botocore's 'data' directory (default: $AWSCODEGEN_BOTOCORE_DATA,
                                  else the botocore that python3/python imports)
          --out <dir>             where to write the models (default: the repository's models/)
          --services <a,b,...>    services to import (default: models/default-services.txt)
          --services-file <file>  read the services from a file (one per line, '#' comments)
          --all                   import every service in botocore
          --if-missing            do nothing for services already imported from the same botocore
          --update-checksums      record the imported files' SHA-256 in models/checksums.txt
          --file-list <file>      also write the chosen model files' paths to <file>, one per line
          --list                  print botocore's service names and exit
          -h, --help              print this help

        exit codes: 0 ok, 1 bad arguments, 2 botocore not found, 3 unknown service, 4 import failed
        """;

    public bool Help { get; private init; }

    public bool ListServices { get; private init; }

    public required ImportOptions Options { get; init; }

    /// <summary>
    /// Parses arguments; <paramref name="modelsDirectory"/> is the repository's models directory, if known, and
    /// <paramref name="log"/> becomes <see cref="ImportOptions.Log"/>.
    /// </summary>
    public static CommandLine Parse(IReadOnlyList<string> args, string? modelsDirectory, Action<ImportDiagnostic>? log = null)
    {
        string? botocoreData = null, output = null, servicesFile = null, fileList = null;
        List<string>? services = null;
        bool all = false, ifMissing = false, updateChecksums = false, help = false, list = false;

        for (int i = 0; i < args.Count; i++)
        {
            string arg = args[i];
            string? inlineValue = null;
            int equals = arg.IndexOf('=', StringComparison.Ordinal);
            if (arg.StartsWith("--", StringComparison.Ordinal) && equals > 0)
            {
                inlineValue = arg[(equals + 1)..];
                arg = arg[..equals];
            }

            string Value()
            {
                if (inlineValue is not null)
                {
                    return inlineValue;
                }

                if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
                {
                    throw Invalid($"{arg} needs a value.");
                }

                return args[++i];
            }

            switch (arg)
            {
                case "--botocore-data": botocoreData = Value(); break;
                case "--out": output = Value(); break;
                case "--services": (services ??= []).Add(Value()); break;
                case "--services-file": servicesFile = Value(); break;
                case "--file-list": fileList = Value(); break;
                case "--all": all = true; break;
                case "--if-missing": ifMissing = true; break;
                case "--update-checksums": updateChecksums = true; break;
                case "--list": list = true; break;
                case "-h" or "--help" or "-?": help = true; break;
                default: throw Invalid($"unknown argument '{args[i]}' (see --help).");
            }
        }

        output ??= modelsDirectory
            ?? throw Invalid("no --out given and no models/default-services.txt found above the current directory.");

        return new CommandLine
        {
            Help = help,
            ListServices = list,
            Options = new ImportOptions
            {
                OutputDirectory = output,
                ConfigDirectory = modelsDirectory,
                BotocoreDataDirectory = botocoreData,
                Services = services is null ? null : ServiceList.Normalize(services),
                ServicesFile = servicesFile,
                All = all,
                IfMissing = ifMissing,
                UpdateChecksums = updateChecksums,
                FileListPath = fileList,
                Log = log,
            },
        };
    }

    private static ModelImportException Invalid(string message) => new(ImportErrorCodes.InvalidArguments, message);
}
