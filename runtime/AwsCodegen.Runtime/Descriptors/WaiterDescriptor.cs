using System;
using System.Collections.Generic;
using AwsCodegen.Runtime.Waiters;

namespace AwsCodegen.Runtime.Descriptors;

/// <summary>One waiter of waiters-2.json over documents: the operation it polls, how often, and its acceptors.</summary>
public sealed class WaiterDescriptor
{
    internal WaiterDescriptor(string name, string cliName, OperationDescriptor operation, int delaySeconds, int maxAttempts, IReadOnlyList<WaiterAcceptor> acceptors)
    {
        Name = name;
        CliName = cliName;
        Operation = operation;
        Delay = TimeSpan.FromSeconds(Math.Max(0, delaySeconds));
        MaxAttempts = Math.Max(1, maxAttempts);
        Acceptors = acceptors;
    }

    /// <summary>The waiter's name in the model (TableExists).</summary>
    public string Name { get; }

    /// <summary>Its command-line name (table-exists).</summary>
    public string CliName { get; }

    public OperationDescriptor Operation { get; }
    public TimeSpan Delay { get; }
    public int MaxAttempts { get; }
    public IReadOnlyList<WaiterAcceptor> Acceptors { get; }

    public override string ToString() => $"{Name} (polls {Operation.Name} every {Delay.TotalSeconds} s, at most {MaxAttempts} times)";
}
