using System;
using System.Buffers;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;

namespace AwsCodegen.Runtime.Endpoints;

/// <summary>
/// One level of a rule set's JSON, for compiling subtrees on first use without parsing what is not compiled: the
/// level's text with each tree rule's "rules" list replaced by its index in <see cref="Subtrees"/>, which hold those
/// lists as slices of the original text. Parsing S3's whole 120 KB rule set into a JsonDocument cost a one-command
/// process about as much as its static bases; its top level is 3.6 KB, and a resolution enters a few subtrees.
/// </summary>
internal sealed class RuleSetSkeleton
{
    private static ReadOnlySpan<byte> RulesName => "rules"u8;
    private static ReadOnlySpan<byte> AssignName => "assign"u8;

    private RuleSetSkeleton(byte[] text, ReadOnlyMemory<byte>[] subtrees, List<string>? assigned)
    {
        Text = text;
        Subtrees = subtrees;
        AssignedNames = assigned ?? (IReadOnlyList<string>)Array.Empty<string>();
    }

    /// <summary>The level's JSON, its subtrees replaced by their indexes.</summary>
    public byte[] Text { get; }

    /// <summary>The replaced lists, each a JSON array of rules.</summary>
    public ReadOnlyMemory<byte>[] Subtrees { get; }

    /// <summary>For a whole rule set: every "assign" name anywhere in it, in document order (subtrees included).</summary>
    public IReadOnlyList<string> AssignedNames { get; }

    /// <summary>A whole rule set: an object whose "rules" list is the top level. Throws <see cref="JsonException"/> on bad JSON.</summary>
    public static RuleSetSkeleton OfRuleSet(ReadOnlyMemory<byte> json) => Build(json, wholeRuleSet: true);

    /// <summary>A subtree: a list of rules, as held in <see cref="Subtrees"/>.</summary>
    public static RuleSetSkeleton OfSubtree(ReadOnlyMemory<byte> json) => Build(json, wholeRuleSet: false);

    private static RuleSetSkeleton Build(ReadOnlyMemory<byte> json, bool wholeRuleSet)
    {
        var span = json.Span;
        var reader = new Utf8JsonReader(span, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow });
        var output = new ArrayBufferWriter<byte>(Math.Min(span.Length, 8192));
        var subtrees = new List<ReadOnlyMemory<byte>>();
        int subtreeStart = 0;
        List<string>? assigned = wholeRuleSet ? new List<string>() : null;
        int copiedTo = 0;
        // The depth of the list whose rules are this level's: the root's "rules" value, or the root itself.
        int listDepth = wholeRuleSet ? -1 : 0;
        int skippedDepth = -1; // inside a replaced subtree: its array's depth (names are still collected there)
        bool pendingRules = false, pendingAssign = false;
        while (reader.Read())
        {
            var token = reader.TokenType;
            if (skippedDepth >= 0)
            {
                if (token == JsonTokenType.EndArray && reader.CurrentDepth == skippedDepth)
                {
                    int end = (int)reader.BytesConsumed;
                    subtrees.Add(json[subtreeStart..end]);
                    copiedTo = end;
                    skippedDepth = -1;
                }
                else CollectAssign(ref reader, token, assigned, ref pendingAssign);
                continue;
            }
            if (token == JsonTokenType.PropertyName)
            {
                pendingRules = reader.ValueTextEquals(RulesName) &&
                    (listDepth < 0 ? reader.CurrentDepth == 1 : reader.CurrentDepth == listDepth + 2);
                pendingAssign = assigned is not null && reader.ValueTextEquals(AssignName);
                continue;
            }
            if (pendingRules && token == JsonTokenType.StartArray)
            {
                pendingRules = false;
                if (listDepth < 0)
                {
                    listDepth = reader.CurrentDepth; // the root's list: kept, its rules' subtrees replaced
                    continue;
                }
                int start = (int)reader.TokenStartIndex;
                output.Write(span[copiedTo..start]);
                Write(output, subtrees.Count);
                subtreeStart = start;
                skippedDepth = reader.CurrentDepth;
                continue;
            }
            pendingRules = false;
            CollectAssign(ref reader, token, assigned, ref pendingAssign);
        }
        output.Write(span[copiedTo..]);
        return new RuleSetSkeleton(output.WrittenSpan.ToArray(), [.. subtrees], assigned);
    }

    private static void CollectAssign(ref Utf8JsonReader reader, JsonTokenType token, List<string>? assigned, ref bool pendingAssign)
    {
        if (token == JsonTokenType.PropertyName)
        {
            pendingAssign = assigned is not null && reader.ValueTextEquals(AssignName);
            return;
        }
        if (pendingAssign && token == JsonTokenType.String && reader.GetString() is { } name && !assigned!.Contains(name)) assigned.Add(name);
        pendingAssign = false;
    }

    private static void Write(ArrayBufferWriter<byte> output, int index)
    {
        Span<byte> digits = stackalloc byte[11];
        index.TryFormat(digits, out int written, default, System.Globalization.CultureInfo.InvariantCulture);
        output.Write(digits[..written]);
    }
}
