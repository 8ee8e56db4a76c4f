using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;

namespace AwsCodegen.ModelImporter;

/// <summary>
/// <c>models/checksums.txt</c>: SHA-256 of each imported file as imported from the botocore version named in its
/// <c># botocore &lt;version&gt;</c> header, in <c>sha256sum</c> format (<c>&lt;hex&gt;  &lt;path&gt;</c>, paths relative to the
/// models directory), so <c>cd models &amp;&amp; sha256sum -c checksums.txt</c> also works. Files are only checked when
/// imported from that same botocore version.
/// </summary>
public sealed class ChecksumFile
{
    public const string FileName = "checksums.txt";
    private const string VersionHeader = "# botocore ";

    private readonly SortedDictionary<string, string> _hashes = new(StringComparer.Ordinal);

    private ChecksumFile(string? botocoreVersion)
    {
        BotocoreVersion = botocoreVersion;
    }

    public string? BotocoreVersion { get; private set; }

    public IReadOnlyDictionary<string, string> Hashes => _hashes;

    public static ChecksumFile Read(string configDirectory)
    {
        string path = Path.Combine(configDirectory, FileName);
        var file = new ChecksumFile(null);
        if (!File.Exists(path))
        {
            return file;
        }

        foreach (string raw in File.ReadLines(path))
        {
            string line = raw.Trim();
            if (line.StartsWith(VersionHeader, StringComparison.Ordinal))
            {
                file.BotocoreVersion = line[VersionHeader.Length..].Trim();
            }
            else if (line.Length > 0 && !line.StartsWith('#'))
            {
                int space = line.IndexOf(' ', StringComparison.Ordinal);
                if (space > 0)
                {
                    file._hashes[line[(space + 1)..].TrimStart(' ', '*')] = line[..space].ToLowerInvariant();
                }
            }
        }

        return file;
    }

    public static string Hash(ReadOnlySpan<byte> content) => Convert.ToHexStringLower(SHA256.HashData(content));

    /// <summary>The recorded hash when it differs from <paramref name="hash"/>; null when it matches or nothing is recorded.</summary>
    public string? Mismatch(string relativePath, string hash) =>
        _hashes.TryGetValue(relativePath, out string? expected) && expected != hash ? expected : null;

    /// <summary>Records hashes from <paramref name="botocoreVersion"/>; entries recorded for another version are dropped.</summary>
    public void Update(string botocoreVersion, IEnumerable<KeyValuePair<string, string>> hashes)
    {
        if (BotocoreVersion != botocoreVersion)
        {
            _hashes.Clear();
            BotocoreVersion = botocoreVersion;
        }

        foreach (KeyValuePair<string, string> pair in hashes)
        {
            _hashes[pair.Key] = pair.Value;
        }
    }

    public void Write(string configDirectory)
    {
        var text = new StringBuilder();
        text.Append("# SHA-256 of the model files as imported by tools/AwsCodegen.ModelImporter (paths relative to models/).\n");
        text.Append("# Checked on every import from the botocore version below; refresh with --update-checksums.\n");
        text.Append(VersionHeader).Append(BotocoreVersion).Append('\n');
        foreach (KeyValuePair<string, string> pair in _hashes.Where(p => p.Key.Length > 0))
        {
            text.Append(pair.Value).Append("  ").Append(pair.Key).Append('\n');
        }

        AtomicFile.WriteIfChanged(Path.Combine(configDirectory, FileName), Encoding.UTF8.GetBytes(text.ToString()));
    }
}
