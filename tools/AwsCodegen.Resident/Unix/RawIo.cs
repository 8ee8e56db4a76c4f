using System;
using System.Runtime.InteropServices;

namespace AwsCodegen.Resident.Unix;

/// <summary>
/// Reads and writes on the client's own descriptors 0, 1 and 2. Not through Console: its streams drop EPIPE
/// silently, and a client must notice a closed pipe (<c>| head -1</c>) to cancel its command.
/// </summary>
internal static unsafe class RawIo
{
    /// <summary>Writes all of <paramref name="bytes"/>; false when the reader is gone (EPIPE) or the write fails.</summary>
    public static bool WriteAll(int fd, ReadOnlySpan<byte> bytes)
    {
        fixed (byte* start = bytes)
        {
            int done = 0;
            while (done < bytes.Length)
            {
                nint written = Libc.write(fd, start + done, bytes.Length - done);
                if (written < 0)
                {
                    if (Marshal.GetLastPInvokeError() == Libc.EINTR) continue;
                    return false;
                }
                done += (int)written;
            }
        }
        return true;
    }

    /// <summary>Up to buffer.Length bytes; 0 at end of input; -1 on an error (a closed descriptor reads as end).</summary>
    public static int Read(int fd, Span<byte> buffer)
    {
        fixed (byte* start = buffer)
        {
            while (true)
            {
                nint read = Libc.read(fd, start, buffer.Length);
                if (read >= 0) return (int)read;
                if (Marshal.GetLastPInvokeError() != Libc.EINTR) return -1;
            }
        }
    }

    public static bool IsTerminal(int fd) => Libc.isatty(fd) == 1;

    /// <summary>The terminal's size from whichever of stdout, stderr and stdin is one; 80x24 otherwise.</summary>
    public static (int Columns, int Rows) TerminalSize()
    {
        ushort* size = stackalloc ushort[4];
        foreach (int fd in new[] { 1, 2, 0 })
            if (Libc.ioctl(fd, Libc.TIOCGWINSZ, size) == 0 && size[1] > 0) return (size[1], size[0]);
        return (80, 24);
    }
}
