using System;

namespace AwsCodegen.Runtime.Descriptors;

/// <summary>One service of a generated service index: its command name and, on demand, its descriptor.</summary>
public sealed class ServiceIndexEntry
{
    private readonly Func<ServiceDescriptor> _descriptor;

    public ServiceIndexEntry(string cliName, string serviceName, Func<ServiceDescriptor> descriptor)
    {
        CliName = cliName;
        ServiceName = serviceName;
        _descriptor = descriptor;
    }

    /// <summary>The command's name (s3api, dynamodb, logs).</summary>
    public string CliName { get; }

    /// <summary>botocore's name of the service (s3, dynamodb, logs).</summary>
    public string ServiceName { get; }

    /// <summary>The service's descriptor (created on first use and cached by the generated client class).</summary>
    public ServiceDescriptor Descriptor => _descriptor();

    public override string ToString() => CliName;
}
