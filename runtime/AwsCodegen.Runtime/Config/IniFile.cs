using System;
using System.Collections.Generic;
using AwsCodegen.Runtime.Errors;

namespace AwsCodegen.Runtime;

/// <summary>
/// One parsed shared config or credentials file: sections of settings, in the format the AWS CLI and SDKs read.
/// </summary>
/// <remarks>
/// The rules:
/// <list type="bullet">
/// <item>Blank lines are skipped; a line whose first non-blank character is '#' or ';' is a comment.</item>
/// <item>"[name]" starts a section. Whitespace inside the brackets is trimmed and runs of it are folded to one space,
/// so "[profile   dev ]" is the section "profile dev". A comment may follow the ']'.</item>
/// <item>"name = value" sets a property of the current section. A '#' or ';' that follows whitespace in a value
/// starts a comment. Names are case-insensitive; a later duplicate wins, and a repeated section is merged.</item>
/// <item>An indented line after a property with an empty value is a sub-property: "s3 =" then "  addressing_style = path"
/// is the key "s3.addressing_style". An indented line after a property with a value continues that value.</item>
/// </list>
/// Anything else is an error naming the file and line.
/// </remarks>
internal sealed class IniFile
{
    private readonly Dictionary<string, Dictionary<string, string>> _sections;

    private IniFile(string path, Dictionary<string, Dictionary<string, string>> sections)
    {
        Path = path;
        _sections = sections;
    }

    public string Path { get; }

    /// <summary>The normalized section names, such as "default", "profile dev" or "sso-session corp".</summary>
    public IEnumerable<string> SectionNames => _sections.Keys;

    /// <summary>The settings of a section, or null when the file has no such section.</summary>
    public IReadOnlyDictionary<string, string>? GetSection(string name) =>
        _sections.TryGetValue(name, out var section) ? section : null;

    public bool HasSection(string name) => _sections.ContainsKey(name);

    /// <summary>Folds whitespace in a section name: "profile   dev " becomes "profile dev".</summary>
    public static string NormalizeSectionName(string name) =>
        string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    public static IniFile Parse(string text, string path)
    {
        var sections = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        Dictionary<string, string>? current = null;
        string? lastKey = null;        // the last top-level property of the current section
        bool inSubProperties = false;  // lastKey had an empty value and indented "k = v" lines follow it

        int lineNumber = 0;
        int start = 0;
        if (text.Length > 0 && text[0] == '\uFEFF') start = 1;
        while (start <= text.Length)
        {
            int end = text.IndexOf('\n', start);
            if (end < 0) end = text.Length;
            string line = text.Substring(start, end - start).TrimEnd('\r');
            start = end + 1;
            lineNumber++;

            string trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed[0] == '#' || trimmed[0] == ';') continue;

            bool indented = char.IsWhiteSpace(line[0]);
            if (indented && current is not null && lastKey is not null)
            {
                if (inSubProperties || current[lastKey].Length == 0)
                {
                    var (subKey, subValue) = ParseProperty(trimmed, path, lineNumber, "a sub-property of '" + lastKey + "'");
                    current[lastKey + "." + subKey] = subValue;
                    inSubProperties = true;
                }
                else
                {
                    current[lastKey] = current[lastKey] + "\n" + StripComment(trimmed).Trim();
                }
                continue;
            }

            if (trimmed[0] == '[')
            {
                int close = trimmed.IndexOf(']');
                if (close < 0)
                    throw Error(path, lineNumber, "a section header is missing its closing ']'");
                string after = trimmed.Substring(close + 1).TrimStart();
                if (after.Length > 0 && after[0] != '#' && after[0] != ';')
                    throw Error(path, lineNumber, $"unexpected text '{after}' after the section header");
                string name = NormalizeSectionName(trimmed.Substring(1, close - 1));
                if (name.Length == 0)
                    throw Error(path, lineNumber, "the section name is empty");
                if (!sections.TryGetValue(name, out current))
                {
                    current = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                    sections.Add(name, current);
                }
                lastKey = null;
                inSubProperties = false;
                continue;
            }

            if (current is null)
                throw Error(path, lineNumber, "a property appears before any [section] header");
            var (key, value) = ParseProperty(trimmed, path, lineNumber, "a property");
            current[key] = value;
            lastKey = key;
            inSubProperties = false;
        }

        return new IniFile(path, sections);
    }

    // The messages never quote the offending line: a malformed line may hold a secret key.
    private static (string Key, string Value) ParseProperty(string trimmed, string path, int lineNumber, string what)
    {
        int equals = trimmed.IndexOf('=');
        if (equals < 0)
            throw Error(path, lineNumber, $"expected {what} of the form 'name = value'");
        string key = trimmed.Substring(0, equals).Trim();
        if (key.Length == 0)
            throw Error(path, lineNumber, $"{what} has no name before '='");
        string value = StripComment(trimmed.Substring(equals + 1)).Trim();
        return (key, value);
    }

    /// <summary>Cuts a value at the first '#' or ';' that follows whitespace.</summary>
    private static string StripComment(string value)
    {
        for (int i = 1; i < value.Length; i++)
        {
            if ((value[i] == '#' || value[i] == ';') && char.IsWhiteSpace(value[i - 1]))
                return value.Substring(0, i);
        }
        return value;
    }

    private static AwsClientException Error(string path, int lineNumber, string message) =>
        new($"Cannot parse the AWS shared config file {path}, line {lineNumber}: {message}.");
}
