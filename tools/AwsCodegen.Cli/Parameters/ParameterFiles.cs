using System;
using System.IO;
using System.Text;

namespace AwsCodegen.Cli.Parameters;

/// <summary>A file reference that cannot be loaded (aws-cli's ResourceLoadingError); the message is aws-cli's.</summary>
public sealed class ResourceLoadingException(string message) : Exception(message);

/// <summary>
/// <c>file://</c> (text: UTF-8, universal newlines) and <c>fileb://</c> (bytes) references, as aws-cli's paramfile.py
/// loads them. URLs (<c>http://</c>, <c>https://</c>) are not fetched: their text is the value, as in aws-cli v2.
/// </summary>
public static class ParameterFiles
{
    public const string TextPrefix = "file://";
    public const string BinaryPrefix = "fileb://";

    private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The loaded value of a file reference (a str or bytes), or null when the text is no file reference.</summary>
    /// <exception cref="ResourceLoadingException">The file cannot be read or decoded.</exception>
    public static CliValue? TryLoad(string value, ParameterContext context)
    {
        bool binary;
        if (value.StartsWith(BinaryPrefix, StringComparison.Ordinal)) binary = true;
        else if (value.StartsWith(TextPrefix, StringComparison.Ordinal)) binary = false;
        else return null;
        string path = ExpandPath(value[(binary ? BinaryPrefix : TextPrefix).Length..], context);
        byte[] bytes;
        try
        {
            bytes = context.Files.ReadAllBytes(FullPath(path, context));
        }
        catch (ParameterFileException e)
        {
            throw new ResourceLoadingException($"Unable to load paramfile {value}: [Errno {e.Errno}] {e.Reason}: {PythonRepr.ReprString(path)}");
        }
        if (binary) return new CliBytes(bytes);
        string text;
        try
        {
            text = s_strictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw new ResourceLoadingException(
                $"Unable to load paramfile ({path}), text contents could not be decoded.  If this is a binary file, " +
                "please use the fileb:// prefix instead of the file:// prefix.");
        }
        return new CliString(UniversalNewlines(text));
    }

    /// <summary>A path made absolute against the command's working directory.</summary>
    public static string FullPath(string path, ParameterContext context) =>
        Path.GetFullPath(path, context.WorkingDirectory);

    /// <summary>Python's <c>os.path.expandvars(os.path.expanduser(path))</c>, with the command's environment.</summary>
    public static string ExpandPath(string path, ParameterContext context) => ExpandVars(ExpandUser(path, context), context);

    private static string ExpandUser(string path, ParameterContext context)
    {
        if (!path.StartsWith('~')) return path;
        int slash = path.IndexOf('/', 1);
        if (slash < 0) slash = path.Length;
        if (slash != 1) return path; // ~user: not looked up
        string? home = context.Environment("HOME");
        if (string.IsNullOrEmpty(home)) return path;
        string result = home.TrimEnd('/') + path[1..];
        return result.Length == 0 ? "/" : result;
    }

    private static string ExpandVars(string path, ParameterContext context)
    {
        if (!path.Contains('$')) return path;
        var sb = new StringBuilder(path.Length);
        int i = 0;
        while (i < path.Length)
        {
            int dollar = path.IndexOf('$', i);
            if (dollar < 0) { sb.Append(path, i, path.Length - i); break; }
            sb.Append(path, i, dollar - i);
            int nameStart, nameEnd, end;
            if (dollar + 1 < path.Length && path[dollar + 1] == '{')
            {
                nameStart = dollar + 2;
                nameEnd = path.IndexOf('}', nameStart);
                if (nameEnd < 0) { sb.Append(path, dollar, path.Length - dollar); break; }
                end = nameEnd + 1;
            }
            else
            {
                nameStart = dollar + 1;
                nameEnd = nameStart;
                while (nameEnd < path.Length && (char.IsAsciiLetterOrDigit(path[nameEnd]) || path[nameEnd] == '_')) nameEnd++;
                end = nameEnd;
            }
            string name = path[nameStart..nameEnd];
            string? value = name.Length > 0 ? context.Environment(name) : null;
            sb.Append(value ?? path[dollar..end]);
            i = end == dollar ? dollar + 1 : end;
            if (end == dollar) sb.Append('$');
        }
        return sb.ToString();
    }

    /// <summary>Python's text-mode reading: "\r\n" and "\r" become "\n".</summary>
    private static string UniversalNewlines(string text) =>
        text.Contains('\r') ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n') : text;
}
