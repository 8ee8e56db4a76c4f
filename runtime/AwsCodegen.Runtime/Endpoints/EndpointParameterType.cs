namespace AwsCodegen.Runtime.Endpoints;

/// <summary>The types a rule set's parameter may declare ("string", "boolean", "stringArray"; any letter case).</summary>
public enum EndpointParameterType
{
    String,
    Boolean,
    StringArray,
}
