using System.Collections.Generic;

namespace AwsCodegen.Resident.Protocol;

/// <summary>The client's first frame.</summary>
public sealed record Hello(ushort Version, string BuildId)
{
    public byte[] Encode() => new PayloadWriter().U16(Version).String(BuildId).ToArray();

    public static Hello Decode(Frame frame)
    {
        var reader = frame.Reader();
        ushort version = reader.U16();
        // Another version's Hello may go on differently: only the version is read before it is checked.
        if (version != FrameLimits.ProtocolVersion) return new Hello(version, "");
        var hello = new Hello(version, reader.String());
        reader.End();
        return hello;
    }
}

/// <summary>The daemon's answer to a Hello it accepts.</summary>
public sealed record Welcome(ushort Version, string BuildId, int Pid)
{
    public byte[] Encode() => new PayloadWriter().U16(Version).String(BuildId).I32(Pid).ToArray();

    public static Welcome Decode(Frame frame)
    {
        var reader = frame.Reader();
        var welcome = new Welcome(reader.U16(), reader.String(), reader.I32());
        reader.End();
        return welcome;
    }
}

public sealed record Rejected(RejectReason Reason, string Message)
{
    public byte[] Encode() => new PayloadWriter().U8((byte)Reason).String(Message).ToArray();

    public static Rejected Decode(Frame frame)
    {
        var reader = frame.Reader();
        var rejected = new Rejected((RejectReason)reader.U8(), reader.String());
        reader.End();
        return rejected;
    }
}

/// <summary>
/// One command as the user gave it. argv and the environment travel as raw bytes, as the kernel gave them to the
/// client (an empty argument stays an argument, a variable set to "" stays set); the daemon decodes them exactly as
/// an in-process run would.
/// </summary>
public sealed record CommandRequest(
    IReadOnlyList<byte[]> Arguments,
    IReadOnlyList<byte[]> Environment,
    byte[] WorkingDirectory,
    bool StdinIsTerminal,
    bool StdoutIsTerminal,
    bool StderrIsTerminal,
    int Columns,
    int Rows)
{
    public byte[] Encode()
    {
        byte flags = (byte)((StdinIsTerminal ? 1 : 0) | (StdoutIsTerminal ? 2 : 0) | (StderrIsTerminal ? 4 : 0));
        return new PayloadWriter().ByteStrings(Arguments).ByteStrings(Environment).Bytes(WorkingDirectory)
            .U8(flags).I32(Columns).I32(Rows).ToArray();
    }

    public static CommandRequest Decode(Frame frame)
    {
        var reader = frame.Reader();
        var arguments = reader.ByteStrings();
        var environment = reader.ByteStrings();
        var cwd = reader.Bytes();
        byte flags = reader.U8();
        int columns = reader.I32(), rows = reader.I32();
        reader.End();
        return new CommandRequest(arguments, environment, cwd, (flags & 1) != 0, (flags & 2) != 0, (flags & 4) != 0, columns, rows);
    }
}

/// <summary>Run a shell command on the user's terminal with this text on its stdin (help's pager).</summary>
public sealed record ExecRequest(string Command, byte[] Input)
{
    public byte[] Encode() => new PayloadWriter().String(Command).Bytes(Input).ToArray();

    public static ExecRequest Decode(Frame frame)
    {
        var reader = frame.Reader();
        var exec = new ExecRequest(reader.String(), reader.Bytes());
        reader.End();
        return exec;
    }
}

public static class SmallFrames
{
    public static byte[] Int(int value) => new PayloadWriter().I32(value).ToArray();

    public static int ReadInt(Frame frame)
    {
        var reader = frame.Reader();
        int value = reader.I32();
        reader.End();
        return value;
    }

    public static byte[] Size(int columns, int rows) => new PayloadWriter().I32(columns).I32(rows).ToArray();

    public static (int Columns, int Rows) ReadSize(Frame frame)
    {
        var reader = frame.Reader();
        var size = (reader.I32(), reader.I32());
        reader.End();
        return size;
    }
}
