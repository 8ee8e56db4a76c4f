using System.Runtime.InteropServices;

namespace AwsCodegen.Resident.Unix;

/// <summary>
/// What lstat says of a path: type, mode, owner, inode. Read with statx, whose layout is the same on every Linux
/// architecture (struct stat's is not).
/// </summary>
public readonly record struct FileStatus(uint Mode, uint Uid, ulong Inode)
{
    public const uint TypeMask = 0xF000, Directory = 0x4000, Socket = 0xC000, Symlink = 0xA000;

    public bool IsDirectory => (Mode & TypeMask) == Directory;
    public bool IsSocket => (Mode & TypeMask) == Socket;
    public bool IsSymlink => (Mode & TypeMask) == Symlink;
    public uint Permissions => Mode & 0xFFF;

    /// <summary>The path's status without following a final symlink; null if it does not exist (or cannot be read).</summary>
    public static unsafe FileStatus? Of(string path)
    {
        byte* buffer = stackalloc byte[256];
        if (Libc.statx(Libc.AT_FDCWD, path, Libc.AT_SYMLINK_NOFOLLOW, Libc.STATX_BASIC_STATS, buffer) != 0) return null;
        // struct statx: stx_uid at 20, stx_mode (u16) at 28, stx_ino at 32.
        uint uid = *(uint*)(buffer + 20);
        uint mode = *(ushort*)(buffer + 28);
        ulong inode = *(ulong*)(buffer + 32);
        return new FileStatus(mode, uid, inode);
    }

}
