using System.Runtime.InteropServices;

namespace AwsCodegen.Resident.Unix;

/// <summary>The few libc calls the resident host needs and .NET does not offer (Linux; source-generated, AOT-safe).</summary>
internal static unsafe partial class Libc
{
    private const string Name = "libc";

    public const int O_RDONLY = 0, O_WRONLY = 1, O_RDWR = 2, O_CREAT = 0x40, O_NOFOLLOW = 0x20000, O_CLOEXEC = 0x80000;
    public const int LOCK_EX = 2, LOCK_UN = 8;
    public const int EINTR = 4, EAGAIN = 11, EPIPE = 32;
    public const int AT_FDCWD = -100, AT_SYMLINK_NOFOLLOW = 0x100, STATX_BASIC_STATS = 0x7ff;
    public const nuint TIOCGWINSZ = 0x5413;

    [LibraryImport(Name)] public static partial uint getuid();
    [LibraryImport(Name)] public static partial int getpid();
    [LibraryImport(Name, SetLastError = true)] public static partial int setsid();
    [LibraryImport(Name, SetLastError = true, StringMarshalling = StringMarshalling.Utf8)] public static partial int open(string path, int flags, int mode);
    [LibraryImport(Name, SetLastError = true)] public static partial int close(int fd);
    [LibraryImport(Name, SetLastError = true)] public static partial int flock(int fd, int operation);
    [LibraryImport(Name, SetLastError = true)] public static partial int dup2(int from, int to);
    [LibraryImport(Name)] public static partial int isatty(int fd);
    [LibraryImport(Name, SetLastError = true)] public static partial int ioctl(int fd, nuint request, void* argument);
    [LibraryImport(Name, SetLastError = true)] public static partial nint read(int fd, byte* buffer, nint count);
    [LibraryImport(Name, SetLastError = true)] public static partial nint write(int fd, byte* buffer, nint count);
    [LibraryImport(Name, SetLastError = true, StringMarshalling = StringMarshalling.Utf8)] public static partial int statx(int dirfd, string path, int flags, uint mask, byte* buffer);
    [LibraryImport(Name, SetLastError = true)] public static partial int execve(byte* path, byte** argv, byte** envp);
    [LibraryImport(Name, SetLastError = true)] public static partial int kill(int pid, int signal);
}
