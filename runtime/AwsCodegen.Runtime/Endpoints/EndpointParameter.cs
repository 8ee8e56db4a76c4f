namespace AwsCodegen.Runtime.Endpoints;

/// <summary>
/// A parameter a rule set declares. The clients fill <see cref="BuiltIn"/> parameters (AWS::Region, SDK::Endpoint, ...)
/// from their configuration and the others from operation inputs; the resolver applies <see cref="Default"/> and
/// <see cref="Required"/>.
/// </summary>
public sealed class EndpointParameter
{
    internal EndpointParameter(string name, EndpointParameterType type, string? builtIn, EndpointValue defaultValue,
        bool required, string? documentation, string? deprecatedMessage, int slot)
    {
        Name = name;
        Type = type;
        BuiltIn = builtIn;
        Default = defaultValue;
        Required = required;
        Documentation = documentation;
        DeprecatedMessage = deprecatedMessage;
        Slot = slot;
    }

    public string Name { get; }
    public EndpointParameterType Type { get; }
    public string? BuiltIn { get; }

    /// <summary>The value used when the caller gives none; <see cref="EndpointValue.None"/> when there is no default.</summary>
    public EndpointValue Default { get; }

    public bool Required { get; }
    public string? Documentation { get; }

    /// <summary>Set when the parameter is deprecated (possibly to an empty text).</summary>
    public string? DeprecatedMessage { get; }

    /// <summary>Where the parameter's value lives in an evaluation's variables.</summary>
    internal int Slot { get; }
}
