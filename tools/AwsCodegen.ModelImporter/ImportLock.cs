using System;
using System.Diagnostics;
using System.IO;
using System.Threading;

namespace AwsCodegen.ModelImporter;

/// <summary>
/// An exclusive lock on <c>&lt;out&gt;/.imported.lock</c> so that two builds importing into the same directory
/// take turns (the second then finds the models up to date). The file is left in place: deleting a lock file
/// that another process is waiting on would let a third process lock a different file.
/// </summary>
public sealed class ImportLock : IDisposable
{
    public const string FileName = ".imported.lock";

    private readonly FileStream _stream;

    private ImportLock(FileStream stream)
    {
        _stream = stream;
    }

    public static ImportLock Acquire(string outputDirectory, TimeSpan timeout, Action<string>? onWait)
    {
        Directory.CreateDirectory(outputDirectory);
        string path = Path.Combine(outputDirectory, FileName);
        var clock = Stopwatch.StartNew();
        bool announced = false;
        while (true)
        {
            try
            {
                // FileShare.None is an exclusive lock (flock on Unix, a share mode on Windows).
                return new ImportLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException) when (clock.Elapsed < timeout)
            {
                if (!announced)
                {
                    onWait?.Invoke($"waiting for another model import into {outputDirectory} to finish ({path})");
                    announced = true;
                }

                Thread.Sleep(100);
            }
            catch (IOException e)
            {
                throw new ModelImportException(
                    ImportErrorCodes.ImportFailed,
                    $"another model import into '{outputDirectory}' held {path} for more than {timeout.TotalSeconds:0}s; "
                    + "if no import is running, delete that file and retry.",
                    e);
            }
        }
    }

    public void Dispose() => _stream.Dispose();
}
