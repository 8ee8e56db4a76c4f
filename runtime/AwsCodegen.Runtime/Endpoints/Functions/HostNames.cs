using System;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace AwsCodegen.Runtime.Endpoints.Functions;

/// <summary>Shapes of IP-address hosts, for parseURL's isIp and the S3 bucket check.</summary>
internal static class HostNames
{
    /// <summary>Four dot-separated groups of 1 to 3 digits. Ranges are not checked: "999.1.1.1" is still no DNS name.</summary>
    public static bool IsIPv4Shaped(ReadOnlySpan<char> host)
    {
        int groups = 0;
        int digits = 0;
        foreach (char c in host)
        {
            if (char.IsAsciiDigit(c))
            {
                if (++digits > 3) return false;
            }
            else if (c == '.' && digits > 0 && groups < 3)
            {
                groups++;
                digits = 0;
            }
            else
            {
                return false;
            }
        }
        return groups == 3 && digits > 0;
    }

    /// <summary>"[v6-address]" with an optional zone id ("%25eth0"), as a URL writes it.</summary>
    public static bool IsBracketedIPv6(ReadOnlySpan<char> host)
    {
        if (host.Length < 3 || host[0] != '[' || host[^1] != ']') return false;
        var inner = host[1..^1];
        int zone = inner.IndexOf('%');
        var address = zone < 0 ? inner : inner[..zone];
        if (address.IndexOf(':') < 0) return false;
        return IPAddress.TryParse(address, out var parsed) && parsed.AddressFamily == AddressFamily.InterNetworkV6;
    }

    /// <summary>A port: empty, or decimal digits up to 65535.</summary>
    public static bool IsValidPort(ReadOnlySpan<char> port) =>
        port.IsEmpty ||
        (IsAllDigits(port) && int.TryParse(port, NumberStyles.None, CultureInfo.InvariantCulture, out int number) && number <= 65535);

    private static bool IsAllDigits(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (!char.IsAsciiDigit(c)) return false;
        }
        return true;
    }
}
