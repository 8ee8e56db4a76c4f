using System;
using System.Collections.Generic;
using System.Text;

namespace AwsCodegen.Runtime;

/// <summary>
/// Splits one line into words as a POSIX shell splits a simple command, without expansions (as Python's shlex.split
/// does): blanks separate words; '...' is literal; "..." keeps its text, where \ escapes only $ ` " \ and a newline;
/// a \ outside quotes makes the next character literal; with <c>comments</c>, a # that starts a word starts a
/// comment. Nothing is expanded: $HOME stays $HOME. The CLI's batch lines and credential_process commands use it.
/// </summary>
public static class ShellWords
{
    /// <summary>The words of <paramref name="line"/>, or null with <paramref name="problem"/> set.</summary>
    public static List<string>? TrySplit(string line, bool comments, out string? problem)
    {
        problem = null;
        var words = new List<string>();
        var word = new StringBuilder();
        bool inWord = false;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            switch (c)
            {
                case ' ' or '\t' or '\r':
                    if (inWord) words.Add(word.ToString());
                    word.Clear();
                    inWord = false;
                    continue;
                case '#' when comments && !inWord:
                    return words;
                case '\'':
                {
                    int end = line.IndexOf('\'', i + 1);
                    if (end < 0)
                    {
                        problem = $"unterminated single quote at column {i + 1}";
                        return null;
                    }
                    word.Append(line, i + 1, end - i - 1);
                    i = end;
                    break;
                }
                case '"':
                {
                    int j = i + 1;
                    for (; j < line.Length && line[j] != '"'; j++)
                    {
                        if (line[j] == '\\' && j + 1 < line.Length && line[j + 1] is '$' or '`' or '"' or '\\') j++;
                        word.Append(line[j]);
                    }
                    if (j >= line.Length)
                    {
                        problem = $"unterminated double quote at column {i + 1}";
                        return null;
                    }
                    i = j;
                    break;
                }
                case '\\':
                    if (i + 1 >= line.Length)
                    {
                        problem = "a backslash ends the line";
                        return null;
                    }
                    word.Append(line[++i]);
                    break;
                default:
                    word.Append(c);
                    break;
            }
            inWord = true;
        }
        if (inWord) words.Add(word.ToString());
        return words;
    }
}
