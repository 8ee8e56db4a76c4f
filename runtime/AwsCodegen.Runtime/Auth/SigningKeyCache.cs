using System;
using System.Threading;

namespace AwsCodegen.Runtime.Auth;

/// <summary>
/// Remembers derived SigV4 signing keys. A key depends only on (secret, date, region, service), so it changes once
/// a day per client, while deriving it costs four HMACs per request.
/// </summary>
/// <remarks>
/// A handful of slots, scanned in order and replaced round-robin: a process signs for few (region, service)
/// pairs at a time, so a linear scan beats hashing the secret. Entries are immutable and a slot is replaced
/// with one reference write, so readers need no lock; two threads missing at once both derive the same key,
/// which is harmless.
/// </remarks>
internal sealed class SigningKeyCache
{
    public static SigningKeyCache Shared { get; } = new(16);

    private readonly Entry?[] _slots;
    private int _next = -1;
    private long _derivations;

    public SigningKeyCache(int capacity)
    {
        if (capacity < 1) throw new ArgumentOutOfRangeException(nameof(capacity));
        _slots = new Entry?[capacity];
    }

    /// <summary>How many keys this cache had to derive (its misses); for tests.</summary>
    public long Derivations => Interlocked.Read(ref _derivations);

    /// <summary>Writes the signing key for these inputs to <paramref name="destination"/> (32 bytes).</summary>
    public void GetSigningKey(string secretAccessKey, ReadOnlySpan<char> date, string region, string service, Span<byte> destination)
    {
        Entry?[] slots = _slots;
        for (int i = 0; i < slots.Length; i++)
        {
            Entry? entry = Volatile.Read(ref slots[i]);
            if (entry is not null && entry.Matches(secretAccessKey, date, region, service))
            {
                entry.Key.CopyTo(destination);
                return;
            }
        }

        SigV4Crypto.DeriveSigningKey(secretAccessKey, date, region, service, destination);
        Interlocked.Increment(ref _derivations);
        var fresh = new Entry(secretAccessKey, date.ToString(), region, service, destination[..SigV4Crypto.KeySize].ToArray());
        int slot = (int)((uint)Interlocked.Increment(ref _next) % (uint)slots.Length);
        Volatile.Write(ref slots[slot], fresh);
    }

    private sealed class Entry
    {
        public Entry(string secret, string date, string region, string service, byte[] key)
        {
            Secret = secret;
            Date = date;
            Region = region;
            Service = service;
            Key = key;
        }

        // The secret is kept as the credentials' own string (no copy); comparing it is usually a reference check.
        public string Secret { get; }
        public string Date { get; }
        public string Region { get; }
        public string Service { get; }
        public byte[] Key { get; }

        public bool Matches(string secret, ReadOnlySpan<char> date, string region, string service) =>
            string.Equals(Region, region, StringComparison.Ordinal)
            && string.Equals(Service, service, StringComparison.Ordinal)
            && date.SequenceEqual(Date)
            && string.Equals(Secret, secret, StringComparison.Ordinal);
    }
}
