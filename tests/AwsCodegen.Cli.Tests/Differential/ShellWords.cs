using System;
using System.Collections.Generic;
using System.Text;

namespace AwsCodegen.Cli.Tests.Differential;

/// <summary>Splits a battery line into words the way a POSIX shell does for plain words, '...' and "..." (with \ escapes).</summary>
public static class ShellWords
{
    public static List<string> Split(string line)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        bool inWord = false;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (char.IsWhiteSpace(c))
            {
                if (inWord) words.Add(current.ToString());
                current.Clear();
                inWord = false;
                continue;
            }
            inWord = true;
            if (c == '\'')
            {
                int end = line.IndexOf('\'', i + 1);
                if (end < 0) throw new FormatException($"unclosed ' in: {line}");
                current.Append(line, i + 1, end - i - 1);
                i = end;
            }
            else if (c == '"')
            {
                for (i++; i < line.Length && line[i] != '"'; i++)
                {
                    if (line[i] == '\\' && i + 1 < line.Length && line[i + 1] is '"' or '\\' or '$' or '`') i++;
                    current.Append(line[i]);
                }
                if (i >= line.Length) throw new FormatException($"unclosed \" in: {line}");
            }
            else if (c == '\\' && i + 1 < line.Length)
            {
                current.Append(line[++i]);
            }
            else current.Append(c);
        }
        if (inWord) words.Add(current.ToString());
        return words;
    }
}
