using System;

namespace AwsCodegen.ColdStart;

/// <summary>The one argument every cold-start app takes: the endpoint URL of the stub (or of moto).</summary>
public static class EndpointArgument
{
    /// <summary>The URL, or null after printing the usage line (the app then exits with 2).</summary>
    public static Uri? Parse(string[] args, string appName)
    {
        if (args.Length == 1 && Uri.TryCreate(args[0], UriKind.Absolute, out var endpoint)) return endpoint;
        Console.Error.WriteLine($"usage: {appName} ENDPOINT_URL");
        return null;
    }
}
