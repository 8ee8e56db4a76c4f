using System;
using System.Collections.Generic;
using System.Text.Json;

namespace AwsCodegen.Runtime.Waiters;

/// <summary>One waiter of waiters-2.json, as generated code describes it.</summary>
public sealed class WaiterDefinition<TResponse>
{
    /// <param name="name">The waiter's name in the model (TableExists).</param>
    /// <param name="operationName">The operation it polls.</param>
    /// <param name="delaySeconds">The model's delay between attempts.</param>
    /// <param name="maxAttempts">The model's maximum number of attempts.</param>
    /// <param name="acceptors">The acceptors, in the model's order (the first that matches decides).</param>
    /// <param name="writeDocument">Writes a response in its JSON document form, for the path acceptors.</param>
    public WaiterDefinition(string name, string operationName, int delaySeconds, int maxAttempts, IReadOnlyList<WaiterAcceptor> acceptors, Action<Utf8JsonWriter, TResponse> writeDocument)
    {
        Name = name;
        OperationName = operationName;
        Delay = TimeSpan.FromSeconds(Math.Max(0, delaySeconds));
        MaxAttempts = Math.Max(1, maxAttempts);
        Acceptors = acceptors;
        WriteDocument = writeDocument;
    }

    public string Name { get; }
    public string OperationName { get; }
    public TimeSpan Delay { get; }
    public int MaxAttempts { get; }
    public IReadOnlyList<WaiterAcceptor> Acceptors { get; }
    public Action<Utf8JsonWriter, TResponse> WriteDocument { get; }
}
