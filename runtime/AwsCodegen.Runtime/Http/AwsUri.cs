using System;
using System.Buffers;
using System.Text;

namespace AwsCodegen.Runtime.Http;

/// <summary>Percent-encoding as AWS defines it (RFC 3986 unreserved set, UTF-8), for paths, queries and SigV4.</summary>
public static class AwsUri
{
    private const string Hex = "0123456789ABCDEF";

    public static bool IsUnreserved(byte b) =>
        (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z') || (b >= '0' && b <= '9') || b == '-' || b == '_' || b == '.' || b == '~';

    /// <summary>Encodes every byte outside the unreserved set; with <paramref name="keepSlash"/> '/' stays as is (greedy path labels).</summary>
    public static string Encode(string value, bool keepSlash = false)
    {
        bool clean = true;
        foreach (char c in value)
        {
            if (c >= 0x80 || !(IsUnreserved((byte)c) || (keepSlash && c == '/'))) { clean = false; break; }
        }
        if (clean) return value;

        int max = Encoding.UTF8.GetMaxByteCount(value.Length);
        byte[] rented = ArrayPool<byte>.Shared.Rent(max);
        try
        {
            int n = Encoding.UTF8.GetBytes(value, 0, value.Length, rented, 0);
            var sb = new StringBuilder(n * 3);
            for (int i = 0; i < n; i++)
            {
                byte b = rented[i];
                if (IsUnreserved(b) || (keepSlash && b == '/')) sb.Append((char)b);
                else sb.Append('%').Append(Hex[b >> 4]).Append(Hex[b & 0xF]);
            }
            return sb.ToString();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>Decodes %XX escapes (UTF-8); '+' is left alone because AWS query strings encode space as %20.</summary>
    public static string Decode(string value)
    {
        if (value.IndexOf('%') < 0) return value;
        var bytes = new byte[Encoding.UTF8.GetMaxByteCount(value.Length)];
        int n = 0;
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (c == '%' && i + 2 < value.Length && Uri.IsHexDigit(value[i + 1]) && Uri.IsHexDigit(value[i + 2]))
            {
                bytes[n++] = (byte)((HexValue(value[i + 1]) << 4) | HexValue(value[i + 2]));
                i += 2;
            }
            else
            {
                n += Encoding.UTF8.GetBytes(value, i, 1 + (char.IsHighSurrogate(c) && i + 1 < value.Length ? 1 : 0), bytes, n);
                if (char.IsHighSurrogate(c) && i + 1 < value.Length) i++;
            }
        }
        return Encoding.UTF8.GetString(bytes, 0, n);
    }

    private static int HexValue(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
}
