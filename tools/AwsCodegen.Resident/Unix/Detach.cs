using System.Runtime.InteropServices;

namespace AwsCodegen.Resident.Unix;

/// <summary>A daemon leaves its starter's session and terminal: a new session, and /dev/null for stdin, stdout and stderr.</summary>
public static class Detach
{
    public static void FromStarter()
    {
        Libc.setsid(); // fails only when already a session leader, which is detached enough
        int devNull = Libc.open("/dev/null", Libc.O_RDWR, 0);
        if (devNull < 0) throw new ResidentException($"cannot open /dev/null (errno {Marshal.GetLastPInvokeError()})");
        for (int fd = 0; fd <= 2; fd++) Libc.dup2(devNull, fd);
        if (devNull > 2) Libc.close(devNull);
    }
}
