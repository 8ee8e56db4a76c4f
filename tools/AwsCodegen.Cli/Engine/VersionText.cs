using System;
using System.Reflection;
using System.Runtime.InteropServices;

namespace AwsCodegen.Cli.Engine;

/// <summary>What --version prints, in aws-cli's layout: program/version runtime/version os/version.</summary>
internal static class VersionText
{
    public static string Line { get; } =
        $"{Usage.Program}/{CliVersion.Value} " +
        $".NET/{Environment.Version} {OsName()}/{Environment.OSVersion.Version}";

    private static string OsName() =>
        OperatingSystem.IsLinux() ? "Linux" : OperatingSystem.IsMacOS() ? "Darwin" : OperatingSystem.IsWindows() ? "Windows" : RuntimeInformation.OSDescription;
}
