using System;
using System.Text;

namespace AwsCodegen.Cli.Parameters;

/// <summary>
/// A shorthand value that does not parse (aws-cli's ShorthandParseError). The message shows the input with a caret
/// under the position, on the line where it is.
/// </summary>
public sealed class ShorthandSyntaxException : Exception
{
    public ShorthandSyntaxException(string message) : base(message) { }

    /// <summary>"Expected: '=', received: ',' for input:" and the caret.</summary>
    public static ShorthandSyntaxException Expected(string input, string expected, string actual, int index) =>
        new($"Expected: '{expected}', received: '{actual}' for input:\n{Location(input, index)}");

    public static ShorthandSyntaxException DuplicateKey(string input, string key, int index) =>
        new($"Second instance of key \"{key}\" encountered for input:\n{Location(input, index)}\n" +
            "This is often because there is a preceding \",\" instead of a space.");

    /// <summary>The input, with a line holding a caret under <paramref name="index"/> after the line it points into.</summary>
    public static string Location(string input, int index)
    {
        index = Math.Clamp(index, 0, input.Length);
        string consumed = input, remaining = "";
        int spaces = index;
        int lastNewline = input.LastIndexOf('\n', Math.Max(index - 1, 0), index);
        if (index > 0 && lastNewline >= 0) spaces = index - lastNewline - 1;
        int nextNewline = input.IndexOf('\n', index);
        if (nextNewline >= 0)
        {
            consumed = input[..nextNewline];
            remaining = input[nextNewline..];
        }
        return new StringBuilder(input.Length + spaces + 2).Append(consumed).Append('\n').Append(' ', spaces).Append('^').Append(remaining).ToString();
    }
}
