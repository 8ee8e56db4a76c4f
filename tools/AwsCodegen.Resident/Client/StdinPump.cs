using System;
using System.Collections.Concurrent;
using System.Threading;
using AwsCodegen.Resident.Protocol;
using AwsCodegen.Resident.Unix;

namespace AwsCodegen.Resident.Client;

/// <summary>
/// Reads this process's stdin for the daemon, one chunk per StdinRequest, on one background thread started at the
/// first request: the read blocks (a terminal, a pipe), and the read loop must stay free for output and Ctrl-C.
/// Each request gets a StdinChunk, or StdinEnd at end of file.
/// </summary>
internal sealed class StdinPump
{
    private readonly FrameConnection _frames;
    private readonly BlockingCollection<int> _requests = new();

    public StdinPump(FrameConnection frames)
    {
        _frames = frames;
        new Thread(Pump) { IsBackground = true, Name = "awscg stdin" }.Start();
    }

    public void Request(int count) => _requests.Add(count);

    private void Pump()
    {
        foreach (int count in _requests.GetConsumingEnumerable())
        {
            var buffer = new byte[count];
            int read = RawIo.Read(0, buffer);
            if (read > 0) CommandForwarder.SendQuietly(_frames, FrameType.StdinChunk, buffer.AsSpan(0, read));
            else CommandForwarder.SendQuietly(_frames, FrameType.StdinEnd, default);
        }
    }
}
