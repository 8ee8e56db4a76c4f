using System;
using System.Collections.Generic;
using System.Text.Json;
using AwsCodegen.Runtime.Waiters;

namespace AwsCodegen.Runtime.Descriptors;

/// <summary>
/// Decodes the generated descriptor encoding: compact JSON arrays, one per shape or operation, concatenated in a UTF-8
/// literal with an offsets table beside it. The generator's DescriptorEmitter writes exactly this:
/// <code>
/// shape      [name, type, flags, ...]          type is <see cref="ShapeType"/>, flags <see cref="ShapeFlags"/>
///   structure  ..., members]                   members: [member, ...]
///   list       ..., member, min]               (min omitted when the model has none)
///   map        ..., key, value]
///   string     ..., [enum values], min]        (either omitted when the model has none)
///   number     ..., min]                       integer, long, float, double (omitted without min)
///   timestamp  ..., format]                    (omitted without timestampFormat)
/// member     [name, shape, cliName|null, wireName|null, location, flags, queryName|null, negatedCliName|null]
///   wireName   the locationName of the reference, else of its target shape; null when neither has one
/// operation  [name, cliName, input, output, flags, resultWrapper|null, modelInput|null, modelOutput|null, paginator|null]
/// paginator  [[inputTokens], [outputTokens], limitKey|null, moreResults|null, [resultKeys], [nonAggregateKeys]]
/// waiters    [[name, cliName, operation, delay, maxAttempts, [[state, matcher, argument|null, expectedJson], ...]], ...]
/// </code>
/// The data is generated, so a malformed record is a generator bug: it fails with a message naming the record.
/// </summary>
internal static class DescriptorDecoder
{
    public static string FirstString(ReadOnlySpan<byte> record)
    {
        var reader = new Utf8JsonReader(record);
        Expect(ref reader, JsonTokenType.StartArray);
        return String(ref reader);
    }

    public static ShapeDescriptor Shape(ServiceDescriptor service, int index, ReadOnlySpan<byte> record)
    {
        var reader = new Utf8JsonReader(record);
        Expect(ref reader, JsonTokenType.StartArray);
        string name = String(ref reader);
        var type = (ShapeType)Int(ref reader);
        var flags = (ShapeFlags)Int(ref reader);
        IReadOnlyList<MemberDescriptor> members = Array.Empty<MemberDescriptor>();
        MemberDescriptor? element = null, key = null;
        IReadOnlyList<string> enumValues = Array.Empty<string>();
        string? timestampFormat = null;
        string? min = null;
        switch (type)
        {
            case ShapeType.Structure:
                Expect(ref reader, JsonTokenType.StartArray);
                var list = new List<MemberDescriptor>();
                while (Next(ref reader) != JsonTokenType.EndArray) list.Add(Member(service, ref reader));
                members = list;
                break;
            case ShapeType.List:
                Next(ref reader);
                element = Member(service, ref reader);
                min = OptionalNumber(ref reader);
                break;
            case ShapeType.Map:
                Next(ref reader);
                key = Member(service, ref reader);
                Next(ref reader);
                element = Member(service, ref reader);
                break;
            case ShapeType.String:
                var next = Next(ref reader);
                if (next == JsonTokenType.StartArray)
                {
                    enumValues = StringsAfterStart(ref reader);
                    next = Next(ref reader);
                }
                if (next == JsonTokenType.Number) min = NumberText(ref reader);
                break;
            case ShapeType.Integer or ShapeType.Long or ShapeType.Float or ShapeType.Double:
                min = OptionalNumber(ref reader);
                break;
            case ShapeType.Timestamp:
                if (Next(ref reader) == JsonTokenType.String) timestampFormat = reader.GetString();
                break;
        }
        return new ShapeDescriptor(index, name, type, flags, members, element, key, enumValues, timestampFormat, min);
    }

    private static string? OptionalNumber(ref Utf8JsonReader reader) => Next(ref reader) == JsonTokenType.Number ? NumberText(ref reader) : null;

    private static string NumberText(ref Utf8JsonReader reader) => System.Text.Encoding.UTF8.GetString(reader.ValueSpan);

    /// <summary>Reads a member record; the reader is on its StartArray.</summary>
    private static MemberDescriptor Member(ServiceDescriptor service, ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartArray) throw Malformed(ref reader, "a member record");
        string name = String(ref reader);
        int shape = Int(ref reader);
        string? cliName = NullableString(ref reader);
        string? wireName = NullableString(ref reader);
        var location = (WireLocation)Int(ref reader);
        var flags = (MemberFlags)Int(ref reader);
        string? queryName = NullableString(ref reader);
        string? negatedCliName = NullableString(ref reader);
        Expect(ref reader, JsonTokenType.EndArray);
        return new MemberDescriptor(service, name, shape, cliName, wireName, location, flags, queryName, negatedCliName);
    }

    public static OperationDescriptor Operation(ServiceDescriptor service, int index, ReadOnlySpan<byte> record)
    {
        var reader = new Utf8JsonReader(record);
        Expect(ref reader, JsonTokenType.StartArray);
        string name = String(ref reader);
        string cliName = String(ref reader);
        int input = Int(ref reader);
        int output = Int(ref reader);
        var flags = (OperationFlags)Int(ref reader);
        string? resultWrapper = NullableString(ref reader);
        string? modelInput = NullableString(ref reader);
        string? modelOutput = NullableString(ref reader);
        PaginatorDescriptor? paginator = null;
        if (Next(ref reader) == JsonTokenType.StartArray)
        {
            var inputTokens = Strings(ref reader);
            var outputTokens = Strings(ref reader);
            string? limitKey = NullableString(ref reader);
            string? moreResults = NullableString(ref reader);
            var resultKeys = Strings(ref reader);
            var nonAggregate = Strings(ref reader);
            Expect(ref reader, JsonTokenType.EndArray);
            paginator = new PaginatorDescriptor(inputTokens, outputTokens, limitKey, moreResults, resultKeys, nonAggregate);
        }
        return new OperationDescriptor(service, index, name, cliName, input, output, flags, resultWrapper, modelInput, modelOutput, paginator);
    }

    public static IReadOnlyList<WaiterDescriptor> Waiters(ServiceDescriptor service, ReadOnlySpan<byte> data)
    {
        var reader = new Utf8JsonReader(data);
        Expect(ref reader, JsonTokenType.StartArray);
        var waiters = new List<WaiterDescriptor>();
        while (Next(ref reader) != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.StartArray) throw Malformed(ref reader, "a waiter record");
            string name = String(ref reader);
            string cliName = String(ref reader);
            var operation = service.Operation(Int(ref reader));
            int delay = Int(ref reader);
            int maxAttempts = Int(ref reader);
            Expect(ref reader, JsonTokenType.StartArray);
            var acceptors = new List<WaiterAcceptor>();
            while (Next(ref reader) != JsonTokenType.EndArray)
            {
                var state = (WaiterState)Int(ref reader);
                var matcher = (WaiterMatcher)Int(ref reader);
                string? argument = NullableString(ref reader);
                string expected = String(ref reader);
                Expect(ref reader, JsonTokenType.EndArray);
                acceptors.Add(new WaiterAcceptor(state, matcher, argument, expected));
            }
            Expect(ref reader, JsonTokenType.EndArray);
            waiters.Add(new WaiterDescriptor(name, cliName, operation, delay, maxAttempts, acceptors));
        }
        return waiters;
    }

    private static JsonTokenType Next(ref Utf8JsonReader reader)
    {
        if (!reader.Read()) throw Malformed(ref reader, "more data");
        return reader.TokenType;
    }

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType type)
    {
        if (Next(ref reader) != type) throw Malformed(ref reader, type.ToString());
    }

    private static string String(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.String);
        return reader.GetString()!;
    }

    private static string? NullableString(ref Utf8JsonReader reader) => Next(ref reader) switch
    {
        JsonTokenType.Null => null,
        JsonTokenType.String => reader.GetString(),
        _ => throw Malformed(ref reader, "a string or null"),
    };

    private static int Int(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.Number);
        return reader.GetInt32();
    }

    private static IReadOnlyList<string> Strings(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.StartArray);
        return StringsAfterStart(ref reader);
    }

    private static IReadOnlyList<string> StringsAfterStart(ref Utf8JsonReader reader)
    {
        List<string>? values = null;
        while (Next(ref reader) != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.String) throw Malformed(ref reader, "a string");
            (values ??= new List<string>()).Add(reader.GetString()!);
        }
        return values is null ? Array.Empty<string>() : values;
    }

    private static InvalidOperationException Malformed(ref Utf8JsonReader reader, string expected) =>
        new($"Generated descriptor data is malformed: expected {expected} at byte {reader.TokenStartIndex}, found {reader.TokenType}. Regenerate the clients.");
}
