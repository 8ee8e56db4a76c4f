using System.Text;
using System.Threading;
using System.Threading.Tasks;
using AwsCodegen.Cli.Help;
using AwsCodegen.Resident.Protocol;

namespace AwsCodegen.Cli.Daemon;

/// <summary>Help's pager in the daemon: the client runs it on the user's terminal (an Exec frame) and says when it ended.</summary>
internal sealed class RemotePager : IPager
{
    private readonly FrameConnection _frames;
    private TaskCompletionSource<bool>? _pending;

    public RemotePager(FrameConnection frames) => _frames = frames;

    public async Task<bool> ShowAsync(string command, string text, CancellationToken cancellationToken)
    {
        var pending = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending = pending;
        await _frames.WriteAsync(FrameType.Exec, new ExecRequest(command, new UTF8Encoding(false).GetBytes(text)).Encode(), cancellationToken).ConfigureAwait(false);
        // The pager owns the terminal until it ends, Ctrl-C included: no cancellation here.
        return await pending.Task.ConfigureAwait(false);
    }

    /// <summary>From the session's read loop: ExecDone (true: it ran), or false when the connection ended.</summary>
    public void Done(bool started) => _pending?.TrySetResult(started);
}
