using System.ComponentModel;
using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;

namespace AwsCodegen.Resident.Client;

/// <summary>
/// A pager on this process's terminal: <c>/bin/sh -c command</c> with the text on its stdin, waited for. Whoever owns
/// the terminal runs it: the in-process engine, or the thin client when the daemon asks (an Exec frame).
/// </summary>
public static class ShellPager
{
    /// <summary>False when the shell could not be started (the caller writes the text itself).</summary>
    public static async Task<bool> RunAsync(string command, byte[] input)
    {
        var start = new ProcessStartInfo("/bin/sh") { UseShellExecute = false, RedirectStandardInput = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(command);
        Process? process;
        try
        {
            process = Process.Start(start);
        }
        catch (Win32Exception)
        {
            return false;
        }
        if (process is null) return false;
        using (process)
        {
            try
            {
                await process.StandardInput.BaseStream.WriteAsync(input).ConfigureAwait(false);
                process.StandardInput.Close();
            }
            catch (IOException)
            {
                // The user left the pager before reading it all.
            }
            // The pager owns the terminal until it ends, Ctrl-C included.
            await process.WaitForExitAsync().ConfigureAwait(false);
            return true;
        }
    }
}
