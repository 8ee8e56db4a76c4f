using System;
using System.Collections.Generic;

namespace AwsCodegen.Runtime.Endpoints;

/// <summary>
/// A value the caller gives for a rule set's parameter. Only the three parameter types exist, so this is a closed
/// little union rather than <see cref="EndpointValue"/>, which also holds the records and numbers that only the rules
/// themselves produce.
/// </summary>
public readonly struct EndpointParameterValue
{
    private readonly string? _string;
    private readonly IReadOnlyList<string>? _strings;
    private readonly bool _boolean;

    private EndpointParameterValue(EndpointParameterType type, string? text, bool boolean, IReadOnlyList<string>? strings)
    {
        Type = type;
        _string = text;
        _boolean = boolean;
        _strings = strings;
    }

    public EndpointParameterType Type { get; }

    public static EndpointParameterValue String(string value) =>
        new(EndpointParameterType.String, value ?? throw new ArgumentNullException(nameof(value)), false, null);

    public static EndpointParameterValue Boolean(bool value) => new(EndpointParameterType.Boolean, null, value, null);

    public static EndpointParameterValue StringArray(IReadOnlyList<string> values) =>
        new(EndpointParameterType.StringArray, null, false, values ?? throw new ArgumentNullException(nameof(values)));

    public static implicit operator EndpointParameterValue(string value) => String(value);

    public static implicit operator EndpointParameterValue(bool value) => Boolean(value);

    public static implicit operator EndpointParameterValue(string[] values) => StringArray(values);

    internal EndpointValue ToValue() => Type switch
    {
        EndpointParameterType.String => EndpointValue.FromString(_string!),
        EndpointParameterType.Boolean => EndpointValue.FromBoolean(_boolean),
        _ => EndpointValue.FromStrings(_strings!),
    };

    public override string ToString() => ToValue().ToString();
}
