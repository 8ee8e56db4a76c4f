namespace AwsCodegen.Generator.Model;

/// <summary>One documentation text, keyed as the runtime's ServiceDocumentation looks it up.</summary>
public sealed record DocumentationEntry(string Key, string Text);

/// <summary>
/// A model's full documentation, as plain text, parsed apart from the code spec so that editing documentation does
/// not re-emit code (only the first sentence, in the code's summary comments, is part of the code spec).
/// </summary>
public sealed record DocumentationSpec(string FilePath, EquatableArray<DocumentationEntry> Entries);

/// <summary>What the documentation file needs from the code spec: where the client class is.</summary>
public sealed record ServiceNames(string FilePath, string Namespace, string ServiceName, string ClientName, TypeAccessibility Accessibility)
{
    public static ServiceNames? Of(ServiceSpec? spec) =>
        spec is null ? null : new ServiceNames(spec.FilePath, spec.Namespace, spec.ServiceName, spec.ClientName, spec.Accessibility);
}

/// <summary>One service of the service index: its client class and its command name.</summary>
public sealed record ServiceIndexEntrySpec(string Namespace, string ClientName, string CliName, string BotocoreName);
