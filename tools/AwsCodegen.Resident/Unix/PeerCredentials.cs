using System;
using System.Buffers.Binary;
using System.Net.Sockets;

namespace AwsCodegen.Resident.Unix;

/// <summary>Who is at the other end of a Unix socket, as the kernel recorded it at connect or listen (SO_PEERCRED).</summary>
public readonly record struct PeerCredentials(int Pid, uint Uid, uint Gid)
{
    private const int SOL_SOCKET = 1, SO_PEERCRED = 17;

    public static PeerCredentials Of(Socket socket)
    {
        Span<byte> ucred = stackalloc byte[12];
        int length = socket.GetRawSocketOption(SOL_SOCKET, SO_PEERCRED, ucred);
        if (length < 12) throw new InvalidOperationException($"SO_PEERCRED returned {length} bytes");
        return new PeerCredentials(BinaryPrimitives.ReadInt32LittleEndian(ucred),
            BinaryPrimitives.ReadUInt32LittleEndian(ucred[4..]), BinaryPrimitives.ReadUInt32LittleEndian(ucred[8..]));
    }

    public static uint CurrentUid => Libc.getuid();
}
