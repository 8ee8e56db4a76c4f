using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;

namespace AwsCodegen.Runtime.Endpoints;

/// <summary>What an <see cref="EndpointValue"/> holds.</summary>
public enum EndpointValueKind
{
    /// <summary>Unset: a parameter with no value, or a function that found nothing (the rules language's "none").</summary>
    None,
    String,
    Boolean,
    Number,
    Array,
    Record,
}

/// <summary>
/// One value of the endpoint rules language: a parameter, a variable bound by <c>assign</c>, a function result or a
/// resolved endpoint property. A struct, so that the booleans and strings that make up almost every evaluation are
/// not boxed; arrays and records are immutable once built, so compiled constants can be shared between resolutions.
/// </summary>
public readonly struct EndpointValue : IEquatable<EndpointValue>
{
    private readonly object? _reference; // string, IReadOnlyList<EndpointValue> or IReadOnlyDictionary<string, EndpointValue>
    private readonly double _scalar;     // the number, or 1/0 for a boolean

    private EndpointValue(EndpointValueKind kind, object? reference, double scalar)
    {
        Kind = kind;
        _reference = reference;
        _scalar = scalar;
    }

    public EndpointValueKind Kind { get; }

    public static EndpointValue None => default;
    public static EndpointValue True { get; } = new(EndpointValueKind.Boolean, null, 1);
    public static EndpointValue False { get; } = new(EndpointValueKind.Boolean, null, 0);

    public static EndpointValue FromString(string value) =>
        new(EndpointValueKind.String, value ?? throw new ArgumentNullException(nameof(value)), 0);

    public static EndpointValue FromBoolean(bool value) => value ? True : False;

    public static EndpointValue FromNumber(double value) => new(EndpointValueKind.Number, null, value);

    public static EndpointValue FromArray(IReadOnlyList<EndpointValue> items) =>
        new(EndpointValueKind.Array, items ?? throw new ArgumentNullException(nameof(items)), 0);

    public static EndpointValue FromRecord(IReadOnlyDictionary<string, EndpointValue> members) =>
        new(EndpointValueKind.Record, members ?? throw new ArgumentNullException(nameof(members)), 0);

    /// <summary>A string array (a stringArray parameter, ARN resource ids) as an array of string values.</summary>
    public static EndpointValue FromStrings(IReadOnlyList<string> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var values = new EndpointValue[items.Count];
        for (int i = 0; i < values.Length; i++) values[i] = FromString(items[i]);
        return FromArray(values);
    }

    public bool IsSet => Kind != EndpointValueKind.None;

    /// <summary>
    /// Whether a condition holding this value passes: every value but none and false does. (An empty string passes:
    /// conditions test for a result, not for its content.)
    /// </summary>
    public bool IsTruthy => Kind switch
    {
        EndpointValueKind.None => false,
        EndpointValueKind.Boolean => _scalar != 0,
        _ => true,
    };

    public bool TryGetString(out string value)
    {
        value = _reference as string ?? "";
        return Kind == EndpointValueKind.String;
    }

    public bool TryGetBoolean(out bool value)
    {
        value = Kind == EndpointValueKind.Boolean && _scalar != 0;
        return Kind == EndpointValueKind.Boolean;
    }

    public string AsString() => Kind == EndpointValueKind.String ? (string)_reference! : throw WrongKind(EndpointValueKind.String);

    public bool AsBoolean() => Kind == EndpointValueKind.Boolean ? _scalar != 0 : throw WrongKind(EndpointValueKind.Boolean);

    public double AsNumber() => Kind == EndpointValueKind.Number ? _scalar : throw WrongKind(EndpointValueKind.Number);

    public IReadOnlyList<EndpointValue> AsArray() =>
        Kind == EndpointValueKind.Array ? (IReadOnlyList<EndpointValue>)_reference! : throw WrongKind(EndpointValueKind.Array);

    public IReadOnlyDictionary<string, EndpointValue> AsRecord() =>
        Kind == EndpointValueKind.Record ? (IReadOnlyDictionary<string, EndpointValue>)_reference! : throw WrongKind(EndpointValueKind.Record);

    /// <summary>Writes the value as JSON (none as null). Records keep their members' order.</summary>
    public void WriteTo(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        switch (Kind)
        {
            case EndpointValueKind.None:
                writer.WriteNullValue();
                break;
            case EndpointValueKind.String:
                writer.WriteStringValue((string)_reference!);
                break;
            case EndpointValueKind.Boolean:
                writer.WriteBooleanValue(_scalar != 0);
                break;
            case EndpointValueKind.Number:
                writer.WriteNumberValue(_scalar);
                break;
            case EndpointValueKind.Array:
                writer.WriteStartArray();
                foreach (var item in AsArray()) item.WriteTo(writer);
                writer.WriteEndArray();
                break;
            case EndpointValueKind.Record:
                writer.WriteStartObject();
                foreach (var member in AsRecord())
                {
                    writer.WritePropertyName(member.Key);
                    member.Value.WriteTo(writer);
                }
                writer.WriteEndObject();
                break;
        }
    }

    /// <summary>The text a template puts in place of this value.</summary>
    public override string ToString() => Kind switch
    {
        EndpointValueKind.None => "",
        EndpointValueKind.String => (string)_reference!,
        EndpointValueKind.Boolean => _scalar != 0 ? "true" : "false",
        EndpointValueKind.Number => _scalar.ToString("R", CultureInfo.InvariantCulture),
        EndpointValueKind.Array => "[" + string.Join(", ", AsArray()) + "]",
        _ => "{record}",
    };

    /// <summary>Scalars compare by value, arrays and records by reference (the language never compares them).</summary>
    public bool Equals(EndpointValue other) =>
        Kind == other.Kind && _scalar.Equals(other._scalar) &&
        (Kind == EndpointValueKind.String ? string.Equals((string?)_reference, (string?)other._reference, StringComparison.Ordinal) : ReferenceEquals(_reference, other._reference));

    public override bool Equals(object? obj) => obj is EndpointValue other && Equals(other);

    public override int GetHashCode() =>
        HashCode.Combine(Kind, _scalar, _reference is string text ? StringComparer.Ordinal.GetHashCode(text) : _reference?.GetHashCode() ?? 0);

    public static bool operator ==(EndpointValue left, EndpointValue right) => left.Equals(right);

    public static bool operator !=(EndpointValue left, EndpointValue right) => !left.Equals(right);

    private InvalidOperationException WrongKind(EndpointValueKind wanted) =>
        new($"The endpoint value is {Kind}, not {wanted}.");
}
