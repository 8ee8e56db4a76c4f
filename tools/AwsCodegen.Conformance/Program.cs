using System;
using System.IO;
using System.Linq;
using AwsCodegen.Conformance.Protocol;

namespace AwsCodegen.Conformance;

/// <summary>
/// The conformance runner's entry point: one subcommand per suite family. Stdout carries only the report
/// (failing cases, then the counts) so that scripts and CI can read it; usage errors go to stderr.
/// </summary>
public static class Program
{
    private const string Usage =
        """
        usage: AwsCodegen.Conformance <command> <args>
          protocol <file-or-dir>...   run botocore protocol test files (input/ or output/ *.json) against the generator
          sigv4 <dir>                 run the AWS Signature Version 4 test suite in <dir>
          jmespath <file-or-dir>...   run JMESPath compliance files (*.json) against the runtime's JMESPath engine
          endpoints <dir>...          run endpoint rule-set cases (<dir>/<service>/endpoint-tests-1.json) against the rules engine
        exit codes: 0 all passed, 1 some case failed, 2 bad usage
        """;

    public static int Main(string[] args)
    {
        if (args.Length == 0) return UsageError("no command given");
        string command = args[0];
        string[] rest = args.Skip(1).ToArray();
        switch (command)
        {
            case "protocol":
                if (rest.Length == 0) return UsageError("protocol: give at least one file or directory");
                return ProtocolSuiteRunner.Run(rest, Console.Out);
            case "sigv4":
                if (rest.Length != 1) return UsageError("sigv4: give exactly one directory");
                return SigV4.SigV4SuiteRunner.Run(rest[0], Console.Out);
            case "jmespath":
                if (rest.Length == 0) return UsageError("jmespath: give at least one file or directory");
                return JmesPath.JmesPathComplianceRunner.Run(rest, Console.Out);
            case "endpoints":
                if (rest.Length == 0) return UsageError("endpoints: give at least one directory");
                return Endpoints.EndpointTestRunner.Run(rest, Console.Out);
            case "-h":
            case "--help":
            case "help":
                Console.Error.WriteLine(Usage);
                return 0;
            default:
                return UsageError($"unknown command '{command}'");
        }
    }

    private static int UsageError(string message)
    {
        TextWriter error = Console.Error;
        error.WriteLine(message);
        error.WriteLine(Usage);
        return 2;
    }
}
