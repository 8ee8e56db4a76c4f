using System;
using System.Runtime.InteropServices;

namespace AwsCodegen.Resident.Unix;

/// <summary>
/// An exclusive flock on a file, held until disposed (or until the process dies: the kernel drops it, so a crashed
/// holder never leaves a stale lock).
/// </summary>
internal sealed class FileLock : IDisposable
{
    private int _fd;

    private FileLock(int fd) => _fd = fd;

    public static FileLock Acquire(string path)
    {
        int fd = Libc.open(path, Libc.O_RDWR | Libc.O_CREAT | Libc.O_CLOEXEC | Libc.O_NOFOLLOW, 0b110_000_000);
        if (fd < 0) throw new ResidentException($"cannot open the lock file {path} (errno {Marshal.GetLastPInvokeError()})");
        while (Libc.flock(fd, Libc.LOCK_EX) != 0)
        {
            int errno = Marshal.GetLastPInvokeError();
            if (errno == Libc.EINTR) continue;
            Libc.close(fd);
            throw new ResidentException($"cannot lock {path} (errno {errno})");
        }
        return new FileLock(fd);
    }

    public void Dispose()
    {
        if (_fd < 0) return;
        Libc.flock(_fd, Libc.LOCK_UN);
        Libc.close(_fd);
        _fd = -1;
    }
}
