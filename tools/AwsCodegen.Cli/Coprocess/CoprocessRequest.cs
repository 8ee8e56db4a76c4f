using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;

namespace AwsCodegen.Cli.Coprocess;

/// <summary>
/// One request of the FCLI coprocess protocol, decoded from a netstring payload of NUL-terminated UTF-8 strings whose
/// first string is the request type:
///   argv  N  arg1 ... argN  [NAME=VALUE ...]   run a command (the N arguments after the program name), with the
///                                               environment entries after them overriding the coprocess's own;
///   flush                                      flush stdout and stderr;
///   echo  TEXT                                 answer with TEXT: the rest of the payload, byte for byte, without its
///                                              final NUL.
/// </summary>
public sealed record CoprocessRequest(string Type, IReadOnlyList<string> Arguments, IReadOnlyDictionary<string, string> Environment, ReadOnlyMemory<byte> EchoPayload)
{
    public const string Argv = "argv";
    public const string Flush = "flush";
    public const string Echo = "echo";

    public static CoprocessRequest Parse(byte[] payload)
    {
        int typeEnd = Array.IndexOf(payload, (byte)0);
        if (typeEnd < 0) throw new InvalidDataException("a request must start with its type and a NUL");
        string type = Encoding.UTF8.GetString(payload, 0, typeEnd);
        var empty = new Dictionary<string, string>(StringComparer.Ordinal);
        switch (type)
        {
            case Echo:
            {
                // The rest of the payload without its final NUL: "echo\0hi\0" answers "hi".
                int end = payload.Length > typeEnd + 1 && payload[^1] == 0 ? payload.Length - 1 : payload.Length;
                return new CoprocessRequest(type, [], empty, payload.AsMemory(typeEnd + 1, end - typeEnd - 1));
            }
            case Flush:
                return new CoprocessRequest(type, [], empty, ReadOnlyMemory<byte>.Empty);
            case Argv:
                break;
            default:
                throw new InvalidDataException($"unknown request type '{type}' (known: argv, flush, echo)");
        }
        var strings = Strings(payload, typeEnd + 1);
        if (strings.Count == 0 || !int.TryParse(strings[0], NumberStyles.None, CultureInfo.InvariantCulture, out int count))
            throw new InvalidDataException("an argv request must give its argument count after the type");
        if (strings.Count - 1 < count)
            throw new InvalidDataException($"an argv request promised {count} arguments and holds {strings.Count - 1}");
        var arguments = strings.GetRange(1, count);
        var environment = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in strings.GetRange(1 + count, strings.Count - 1 - count))
        {
            int equals = entry.IndexOf('=');
            if (equals <= 0) throw new InvalidDataException($"an environment entry must be NAME=VALUE, not '{entry}'");
            environment[entry[..equals]] = entry[(equals + 1)..];
        }
        return new CoprocessRequest(type, arguments, environment, ReadOnlyMemory<byte>.Empty);
    }

    private static List<string> Strings(byte[] payload, int start)
    {
        var strings = new List<string>();
        int at = start;
        while (at < payload.Length)
        {
            int end = Array.IndexOf(payload, (byte)0, at);
            if (end < 0) throw new InvalidDataException("every string of a request must end with a NUL");
            strings.Add(Encoding.UTF8.GetString(payload, at, end - at));
            at = end + 1;
        }
        return strings;
    }
}
