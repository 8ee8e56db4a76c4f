using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace AwsCodegen.Generator.Naming;

/// <summary>Turns model names into valid, idiomatic C# identifiers.</summary>
public static class CSharpNames
{
    private static readonly HashSet<string> Keywords = new(System.StringComparer.Ordinal)
    {
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const", "continue",
        "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern", "false", "finally",
        "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface", "internal", "is", "lock",
        "long", "namespace", "new", "null", "object", "operator", "out", "override", "params", "private", "protected",
        "public", "readonly", "ref", "return", "sbyte", "sealed", "short", "sizeof", "stackalloc", "static", "string",
        "struct", "switch", "this", "throw", "true", "try", "typeof", "uint", "ulong", "unchecked", "unsafe", "ushort",
        "using", "virtual", "void", "volatile", "while",
    };

    /// <summary>
    /// A model identifier (member, shape or operation name) as a C# identifier: first letter upper-cased,
    /// other characters kept, invalid ones dropped at word boundaries.
    /// </summary>
    public static string Pascal(string name)
    {
        var sb = new StringBuilder(name.Length);
        bool upperNext = true;
        foreach (char c in name)
        {
            if (char.IsLetterOrDigit(c) || c == '_')
            {
                sb.Append(upperNext ? char.ToUpperInvariant(c) : c);
                upperNext = false;
            }
            else
            {
                upperNext = true;
            }
        }
        return Identifier(sb.ToString());
    }

    /// <summary>An enum value ("PAY_PER_REQUEST", "t2.micro", "us-east-1") as a PascalCase member name.</summary>
    public static string EnumMember(string value)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (!char.IsLetterOrDigit(c))
            {
                Flush();
                continue;
            }
            // Split camel humps in mixed-case values ("fooBar" -> Foo Bar), not runs of capitals ("ACTIVE").
            if (current.Length > 0 && char.IsUpper(c) && char.IsLower(current[current.Length - 1])) Flush();
            current.Append(c);
        }
        Flush();
        var sb = new StringBuilder();
        foreach (var word in words)
        {
            bool allUpper = true;
            foreach (char c in word) if (char.IsLower(c)) { allUpper = false; break; }
            string w = allUpper ? word.ToLowerInvariant() : word;
            sb.Append(char.ToUpperInvariant(w[0])).Append(w, 1, w.Length - 1);
        }
        return Identifier(sb.ToString());

        void Flush()
        {
            if (current.Length > 0) words.Add(current.ToString());
            current.Clear();
        }
    }

    /// <summary>Makes any string a legal identifier: never empty, never starting with a digit, never a keyword.</summary>
    public static string Identifier(string name)
    {
        if (name.Length == 0) return "Value";
        if (char.IsDigit(name[0])) name = "Value" + name;
        return Keywords.Contains(name) ? "@" + name : name;
    }

    /// <summary>Returns <paramref name="name"/>, or it with a number appended, so that it is not in <paramref name="taken"/>; records the result.</summary>
    public static string Unique(string name, ISet<string> taken, string suffix = "")
    {
        string candidate = name;
        if (taken.Contains(candidate) && suffix.Length > 0) candidate = name + suffix;
        for (int n = 2; taken.Contains(candidate); n++) candidate = name + suffix + n.ToString(CultureInfo.InvariantCulture);
        taken.Add(candidate);
        return candidate;
    }

    /// <summary>A C# string literal for any text.</summary>
    public static string Literal(string? value)
    {
        if (value is null) return "null";
        var sb = new StringBuilder(value.Length + 2);
        sb.Append('"');
        foreach (char c in value)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                case '\0': sb.Append("\\0"); break;
                default:
                    if (c < ' ' || c == '\u2028' || c == '\u2029') sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    else sb.Append(c);
                    break;
            }
        }
        return sb.Append('"').ToString();
    }
}
