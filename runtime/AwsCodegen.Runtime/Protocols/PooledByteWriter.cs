using System;
using System.Buffers;

namespace AwsCodegen.Runtime.Protocols;

/// <summary>
/// A growable byte buffer on arrays rented from <see cref="ArrayPool{T}.Shared"/>, for building request bodies. A body
/// is written here and copied once, at the end, into an array of exactly its size, so a request costs its body's bytes
/// and no more (an ArrayBufferWriter or a StringBuilder that grows by doubling allocates about twice the body, and a
/// string then a byte[] twice more). <see cref="Reset"/> gives the array back; a writer that is dropped without it only
/// costs the pool one array.
/// </summary>
internal sealed class PooledByteWriter : IBufferWriter<byte>
{
    private const int MinimumSize = 256;

    private byte[] _array = Array.Empty<byte>();
    private int _written;

    public int WrittenCount => _written;

    public ReadOnlySpan<byte> WrittenSpan => _array.AsSpan(0, _written);

    public void Advance(int count)
    {
        if (count < 0 || _written + count > _array.Length) throw new ArgumentOutOfRangeException(nameof(count));
        _written += count;
    }

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _array.AsMemory(_written);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _array.AsSpan(_written);
    }

    public void Write(ReadOnlySpan<byte> bytes)
    {
        Ensure(bytes.Length);
        bytes.CopyTo(_array.AsSpan(_written));
        _written += bytes.Length;
    }

    /// <summary>The bytes written, in a new array of exactly their size.</summary>
    public byte[] ToArray() => WrittenSpan.ToArray();

    /// <summary>Empties the buffer and returns its array to the pool.</summary>
    public void Reset()
    {
        byte[] array = _array;
        _array = Array.Empty<byte>();
        _written = 0;
        if (array.Length > 0) ArrayPool<byte>.Shared.Return(array);
    }

    private void Ensure(int sizeHint)
    {
        int needed = _written + Math.Max(sizeHint, 1);
        if (needed <= _array.Length) return;
        var larger = ArrayPool<byte>.Shared.Rent(Math.Max(needed, Math.Max(MinimumSize, _array.Length * 2)));
        _array.AsSpan(0, _written).CopyTo(larger);
        byte[] old = _array;
        _array = larger;
        if (old.Length > 0) ArrayPool<byte>.Shared.Return(old);
    }
}
