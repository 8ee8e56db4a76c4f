using System;
using System.Buffers;

namespace AwsCodegen.Runtime.Endpoints;

/// <summary>
/// A <see cref="Memory{T}"/> over a UTF-8 literal's bytes, which live in the assembly's read-only data for the life of
/// the process and never move: APIs that want memory rather than a span (JsonDocument.Parse) can read the literal
/// without a copy. Never use it for a span of anything else.
/// </summary>
internal sealed unsafe class LiteralMemory : MemoryManager<byte>
{
    private readonly byte* _start;
    private readonly int _length;

    private LiteralMemory(byte* start, int length)
    {
        _start = start;
        _length = length;
    }

    public static ReadOnlyMemory<byte> Of(ReadOnlySpan<byte> literal)
    {
        fixed (byte* start = literal)
        {
            // The pin is released at the end of this block; for literal data there is nothing to pin: it is not on
            // the GC heap.
            return new LiteralMemory(start, literal.Length).Memory;
        }
    }

    public override Span<byte> GetSpan() => new(_start, _length);

    public override MemoryHandle Pin(int elementIndex = 0) => new(_start + elementIndex);

    public override void Unpin() { }

    protected override void Dispose(bool disposing) { }
}
