namespace AwsCodegen.Resident.Protocol;

public static class FrameLimits
{
    /// <summary>Bumped when a frame's layout changes; both sides refuse another version.</summary>
    public const ushort ProtocolVersion = 1;

    /// <summary>
    /// The largest frame either side accepts (type byte and payload). A Request carries the whole environment, so this
    /// is generous; output is cut into <see cref="ChunkSize"/> pieces well below it.
    /// </summary>
    public const int MaxFrameSize = 16 * 1024 * 1024;

    /// <summary>The largest Stdout, Stderr or StdinChunk payload a sender makes.</summary>
    public const int ChunkSize = 256 * 1024;
}
