using System;
using System.Collections.Generic;
using AwsCodegen.Cli.Engine;

namespace AwsCodegen.Cli.Help;

/// <summary>One global option as help documents it and completion offers it.</summary>
internal sealed record GlobalOptionDoc(string Name, string Type, string Description, IReadOnlyList<string> Choices)
{
    /// <summary>A flag takes no value.</summary>
    public bool TakesValue => Type != "boolean";
}

/// <summary>The global options of <see cref="GlobalOptionParser"/>, in aws-cli's order, with what they do.</summary>
internal static class GlobalOptionDocs
{
    public static IReadOnlyList<GlobalOptionDoc> All { get; } = new GlobalOptionDoc[]
    {
        new("debug", "boolean", "Turn on debug logging.", Array.Empty<string>()),
        new("endpoint-url", "string", "Override command's default URL with the given URL.", Array.Empty<string>()),
        new("no-verify-ssl", "boolean", "Do not verify SSL certificates. By default every SSL connection's certificate is verified.", Array.Empty<string>()),
        new("no-paginate", "boolean", "Disable automatic pagination: make one call, for the first page of results.", Array.Empty<string>()),
        new("output", "string", "The formatting style for command output.", GlobalOptionParser.OutputChoices),
        new("query", "string", "A JMESPath query to use in filtering the response data.", Array.Empty<string>()),
        new("profile", "string", "Use a specific profile from your credential file.", Array.Empty<string>()),
        new("region", "string", "The region to use. Overrides config/env settings.", Array.Empty<string>()),
        new("version", "boolean", "Display the version of this tool.", Array.Empty<string>()),
        new("color", "string", "Turn on/off color output.", new[] { "on", "off", "auto" }),
        new("no-sign-request", "boolean", "Do not sign requests. Credentials will not be loaded if this argument is provided.", Array.Empty<string>()),
        new("ca-bundle", "string", "The CA certificate bundle to use when verifying SSL certificates. Overrides config/env settings.", Array.Empty<string>()),
        new("cli-read-timeout", "int", "The maximum socket read time in seconds. If the value is set to 0, the socket read will be blocking and not timeout. The default value is 60 seconds.", Array.Empty<string>()),
        new("cli-connect-timeout", "int", "The maximum socket connect time in seconds. If the value is set to 0, the socket connect will be blocking and not timeout. The default value is 60 seconds.", Array.Empty<string>()),
        new("cli-binary-format", "string", "The formatting style to be used for binary blobs. The default format is base64. The base64 format expects binary blobs to be provided as a base64 encoded string. The raw-in-base64-out format preserves compatibility with AWS CLI V1 behavior and binary values must be passed literally.", new[] { "base64", "raw-in-base64-out" }),
        new("no-cli-pager", "boolean", "Disable the pager for output (and for help).", Array.Empty<string>()),
        new("no-resident", "boolean", "Run this command in-process instead of in the resident daemon (also AWSCG_RESIDENT=0).", Array.Empty<string>()),
    };

    public static GlobalOptionDoc? Find(string name)
    {
        foreach (var option in All)
            if (string.Equals(option.Name, name, StringComparison.Ordinal)) return option;
        return null;
    }

    /// <summary>The synopsis lines of the global options.</summary>
    public static void WriteSynopsis(HelpDocument doc, int indent)
    {
        foreach (var option in All)
            doc.Line(indent, option.TakesValue ? $"[--{option.Name} <value>]" : $"[--{option.Name}]");
    }

    /// <summary>The GLOBAL OPTIONS section.</summary>
    public static void WriteSection(HelpDocument doc)
    {
        doc.Heading("GLOBAL OPTIONS");
        foreach (var option in All)
        {
            doc.Line(HelpLayout.Body, $"--{option.Name} ({option.Type})");
            doc.Blank();
            doc.Wrapped(HelpLayout.Body, option.Description);
            doc.Blank();
            foreach (var choice in option.Choices) doc.Line(HelpLayout.Body, "o " + choice);
            if (option.Choices.Count > 0) doc.Blank();
        }
    }
}

/// <summary>The indents of help's layout.</summary>
internal static class HelpLayout
{
    /// <summary>A section's body.</summary>
    public const int Body = 7;

    /// <summary>An option's description, and code blocks.</summary>
    public const int Detail = 10;

    /// <summary>What a nested member adds.</summary>
    public const int Step = 4;
}
