namespace AwsCodegen.Resident.Protocol;

/// <summary>
/// What a frame carries. The numbers are the wire format: never reuse one. Hello is always the first frame and always
/// starts with the protocol version, so a daemon of any version can read a client's version and answer Rejected.
/// </summary>
public enum FrameType : byte
{
    /// <summary>Client to daemon, first: protocol version, build id.</summary>
    Hello = 1,
    /// <summary>Daemon to client: protocol version, build id, daemon pid.</summary>
    Welcome = 2,
    /// <summary>Daemon to client, then the daemon closes the connection: a reason and a message.</summary>
    Rejected = 3,
    /// <summary>Client to daemon: argv, environment, cwd, terminal (<see cref="CommandRequest"/>).</summary>
    Request = 4,
    /// <summary>Daemon to client: the command wants up to N bytes of stdin.</summary>
    StdinRequest = 5,
    StdinChunk = 6,
    StdinEnd = 7,
    /// <summary>Client to daemon: the terminal's new size (SIGWINCH).</summary>
    Resize = 8,
    Stdout = 9,
    Stderr = 10,
    /// <summary>Daemon to client: run a program on the user's terminal (the pager) with this text on its stdin.</summary>
    Exec = 11,
    /// <summary>Client to daemon: the Exec ended; whether it could be started.</summary>
    ExecDone = 12,
    /// <summary>Daemon to client, last: the command's exit code.</summary>
    Exit = 13,
    /// <summary>Client to daemon: Ctrl-C. The command ends with 130.</summary>
    Cancel = 14,
}

/// <summary>Why a daemon refused a connection.</summary>
public enum RejectReason : byte
{
    WrongBuild = 1,
    WrongUser = 2,
    TooLarge = 3,
    Malformed = 4,
    ShuttingDown = 5,
}
