using System;
using System.IO;
using System.Text;
using AwsCodegen.Resident.Unix;

namespace AwsCodegen.Resident;

/// <summary>
/// Where the daemon's socket, start-up lock and log live: $AWSCG_RESIDENT_DIR if set, else $XDG_RUNTIME_DIR/awscg,
/// else a 0700 directory of ours in $TMPDIR (or /tmp). A Unix socket's path must fit in 108 bytes: one that would
/// not fit in 100 falls back to /tmp/awscg-UID.
/// </summary>
public sealed record ResidentPaths(string Directory, bool Explicit)
{
    public const int MaxSocketPath = 100;

    public string Socket => Path.Combine(Directory, "daemon.sock");
    public string Lock => Path.Combine(Directory, "daemon.lock");
    public string Log => Path.Combine(Directory, "daemon.log");

    public static ResidentPaths Resolve(Func<string, string?> env)
    {
        uint uid = PeerCredentials.CurrentUid;
        if (env("AWSCG_RESIDENT_DIR") is { Length: > 0 } chosen)
        {
            var explicitPaths = new ResidentPaths(Path.GetFullPath(chosen), true);
            if (Encoding.UTF8.GetByteCount(explicitPaths.Socket) >= MaxSocketPath)
                throw new ResidentException($"AWSCG_RESIDENT_DIR={chosen}: the socket path {explicitPaths.Socket} is over {MaxSocketPath} bytes");
            return explicitPaths;
        }
        string directory = env("XDG_RUNTIME_DIR") is { Length: > 0 } runtime && Path.IsPathRooted(runtime)
            ? Path.Combine(runtime, "awscg")
            : Path.Combine(env("TMPDIR") is { Length: > 0 } tmp && Path.IsPathRooted(tmp) ? tmp : "/tmp", $"awscg-{uid}");
        var paths = new ResidentPaths(directory, false);
        return Encoding.UTF8.GetByteCount(paths.Socket) < MaxSocketPath ? paths : new ResidentPaths($"/tmp/awscg-{uid}", false);
    }

    /// <summary>Creates the directory (0700) if it is missing, then <see cref="Check"/>s it.</summary>
    public void Prepare()
    {
        if (FileStatus.Of(Directory) is null)
        {
            try
            {
                System.IO.Directory.CreateDirectory(Directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new ResidentException($"cannot create the resident host's directory {Directory}: {e.Message}", 253);
            }
        }
        Check();
    }

    /// <summary>
    /// Refuses a directory another user could put a socket in or swap ours from: it must be a real directory (not a
    /// symlink), ours, and writable by no one else.
    /// </summary>
    public void Check()
    {
        var status = FileStatus.Of(Directory) ?? throw new ResidentException($"the resident host's directory {Directory} does not exist", 253);
        if (status.IsSymlink || !status.IsDirectory)
            throw new ResidentException($"the resident host's directory {Directory} is not a directory (or is a symlink)", 253);
        if (status.Uid != PeerCredentials.CurrentUid)
            throw new ResidentException($"the resident host's directory {Directory} is owned by uid {status.Uid}, not by you (uid {PeerCredentials.CurrentUid})", 253);
        if ((status.Permissions & 0b000_010_010) != 0)
            throw new ResidentException($"the resident host's directory {Directory} has mode {Convert.ToString(status.Permissions, 8)}: group or others can write to it (chmod 700 it)", 253);
    }
}
