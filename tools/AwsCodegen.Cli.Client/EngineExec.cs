using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;
using System.Text;
using AwsCodegen.Resident;
using AwsCodegen.Resident.Client;

namespace AwsCodegen.Cli.Client;

/// <summary>Replaces this process with the engine (execve): same argv and environment bytes, plus the in-process marker.</summary>
internal static unsafe partial class EngineExec
{
    [LibraryImport("libc", SetLastError = true)]
    private static partial int execve(byte* path, byte** argv, byte** envp);

    public static int Replace(EngineCommand engine, ClientCommand command)
    {
        var arguments = new List<byte[]> { Encoding.UTF8.GetBytes(engine.Executable) };
        foreach (var leading in engine.LeadingArguments) arguments.Add(Encoding.UTF8.GetBytes(leading));
        arguments.AddRange(command.RawArguments);
        var environment = new List<byte[]>(command.RawEnvironment) { Encoding.UTF8.GetBytes(EngineCommand.InProcessVariable + "=1") };
        var handles = new List<GCHandle>();
        try
        {
            byte* path = Pin(Encoding.UTF8.GetBytes(engine.Executable), handles);
            byte** argv = stackalloc byte*[arguments.Count + 1];
            for (int i = 0; i < arguments.Count; i++) argv[i] = Pin(arguments[i], handles);
            argv[arguments.Count] = null;
            byte** envp = (byte**)NativeMemory.Alloc((nuint)(environment.Count + 1), (nuint)sizeof(byte*));
            for (int i = 0; i < environment.Count; i++) envp[i] = Pin(environment[i], handles);
            envp[environment.Count] = null;
            execve(path, argv, envp);
            Console.Error.WriteLine($"awscg: cannot run the engine {engine.Executable} (errno {Marshal.GetLastPInvokeError()})");
            return 255;
        }
        finally
        {
            foreach (var handle in handles) handle.Free();
        }
    }

    /// <summary>A NUL-terminated copy, pinned until the exec (which does not return on success).</summary>
    private static byte* Pin(byte[] bytes, List<GCHandle> handles)
    {
        var terminated = new byte[bytes.Length + 1];
        bytes.CopyTo(terminated, 0);
        var handle = GCHandle.Alloc(terminated, GCHandleType.Pinned);
        handles.Add(handle);
        return (byte*)handle.AddrOfPinnedObject();
    }
}
