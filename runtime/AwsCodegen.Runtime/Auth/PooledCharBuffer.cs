using System;
using System.Buffers;

namespace AwsCodegen.Runtime.Auth;

/// <summary>
/// A growable char buffer on pooled arrays. The signer writes the canonical request and the string to sign here
/// and hashes them in place, so that signing a request does not build those texts as strings at all.
/// Pass it by <c>ref</c> and call <see cref="Dispose"/> in a finally block (a ref struct can't be both a
/// <c>using</c> variable and a <c>ref</c> argument).
/// </summary>
internal ref struct PooledCharBuffer
{
    private char[]? _array;
    private int _length;

    public PooledCharBuffer(int initialCapacity)
    {
        _array = ArrayPool<char>.Shared.Rent(Math.Max(initialCapacity, 16));
        _length = 0;
    }

    public readonly int Length => _length;

    public readonly ReadOnlySpan<char> AsSpan() => _array is null ? default : _array.AsSpan(0, _length);

    public void Clear() => _length = 0;

    public void Append(char c)
    {
        if (_array is null || _length == _array.Length) Grow(1);
        _array![_length++] = c;
    }

    public void Append(scoped ReadOnlySpan<char> text)
    {
        if (_array is null || _length + text.Length > _array.Length) Grow(text.Length);
        text.CopyTo(_array.AsSpan(_length));
        _length += text.Length;
    }

    /// <summary>Appends with each char lowercased (invariant), as SigV4 wants header names.</summary>
    public void AppendLower(scoped ReadOnlySpan<char> text)
    {
        if (_array is null || _length + text.Length > _array.Length) Grow(text.Length);
        var destination = _array.AsSpan(_length, text.Length);
        for (int i = 0; i < text.Length; i++) destination[i] = char.ToLowerInvariant(text[i]);
        _length += text.Length;
    }

    public override readonly string ToString() => _array is null ? "" : new string(_array, 0, _length);

    public void Dispose()
    {
        char[]? array = _array;
        _array = null;
        _length = 0;
        if (array is not null) ArrayPool<char>.Shared.Return(array);
    }

    private void Grow(int needed)
    {
        int current = _array?.Length ?? 0;
        char[] bigger = ArrayPool<char>.Shared.Rent(Math.Max(current * 2, Math.Max(_length + needed, 16)));
        if (_array is not null)
        {
            _array.AsSpan(0, _length).CopyTo(bigger);
            ArrayPool<char>.Shared.Return(_array);
        }
        _array = bigger;
    }
}
