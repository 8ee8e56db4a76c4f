using System;
using System.Linq;

namespace AwsCodegen.Cli.Tests.Differential;

/// <summary>What one tool did with one battery line, with the exit code mapped onto aws-cli v2's classes.</summary>
public sealed record ToolResult(int ExitCode, string ExitClass, string Stdout, string Stderr)
{
    /// <summary>aws-cli v2's classes for our codes: 0, 252 usage, 253 configuration, 254 service, 255 other; s3's 1 and 2.</summary>
    public static string ClassOfOurs(int code) => code switch
    {
        0 => "ok",
        252 => "usage",
        253 => "configuration",
        254 => "service",
        255 => "other",
        1 => "s3-failed",
        2 => "s3-warning",
        130 => "interrupted",
        _ => "code " + code,
    };

    /// <summary>
    /// aws-cli v1's codes mapped onto v2's classes: 2 is argparse (usage) unless it is s3's warning code; 255 is told
    /// apart by what v1 prints, which is what v2 keys its codes on (ParamValidationError, ClientError, NoRegionError...).
    /// </summary>
    public static string ClassOfAwsCliV1(int code, string stderr)
    {
        if (code == 0) return "ok";
        if (code == 2) return stderr.Contains("usage:", StringComparison.Ordinal) ? "usage" : "s3-warning";
        if (code == 1) return "s3-failed";
        if (code == 130) return "interrupted";
        if (code != 255) return "code " + code;
        string[] usage = { "Parameter validation failed", "Error parsing parameter", "Unknown options", "Invalid type for parameter",
            "Bad value for --", "Error during pagination", "argument ", "Invalid choice" };
        string[] configuration = { "could not be found", "You must specify a region", "Unable to locate credentials", "Unable to load paramfile" };
        string line = ErrorLine(stderr);
        if (line.Contains("An error occurred (", StringComparison.Ordinal) && line.Contains("when calling the", StringComparison.Ordinal)) return "service";
        if (usage.Any(u => line.Contains(u, StringComparison.Ordinal))) return "usage";
        if (configuration.Any(c => line.Contains(c, StringComparison.Ordinal))) return "configuration";
        return "other";
    }

    /// <summary>
    /// The line that says what went wrong: the first non-empty line of stderr that is not the usage block (nor v1's
    /// note about v2), with the program name made neutral.
    /// </summary>
    public static string ErrorLine(string stderr)
    {
        foreach (var raw in stderr.Replace("\r", "").Split('\n'))
        {
            var line = raw.TrimEnd();
            if (line.Length == 0 || line.StartsWith("usage:", StringComparison.Ordinal) || line.StartsWith("To see help text", StringComparison.Ordinal) ||
                line.StartsWith("  aws help", StringComparison.Ordinal) || line.StartsWith("  aws <command>", StringComparison.Ordinal) ||
                line.StartsWith("  awscg help", StringComparison.Ordinal) || line.StartsWith("  awscg <command>", StringComparison.Ordinal))
                continue;
            if (line.StartsWith("awscg: ", StringComparison.Ordinal)) return "PROG: " + line["awscg: ".Length..];
            if (line.StartsWith("aws: ", StringComparison.Ordinal)) return "PROG: " + line["aws: ".Length..];
            return line;
        }
        return "";
    }
}
