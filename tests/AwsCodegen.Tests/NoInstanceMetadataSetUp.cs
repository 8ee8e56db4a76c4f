using System;
using NUnit.Framework;

namespace AwsCodegen.Tests;

/// <summary>
/// For the whole test run: a client created without an environment delegate reads the process environment, and
/// when it finds no credentials the chain's last source would ask the EC2 instance metadata service. No test may
/// reach 169.254.169.254, so the process environment says it is disabled. Tests of that source use their own
/// environment delegate pointing at a fake on 127.0.0.1.
/// </summary>
[SetUpFixture]
public sealed class NoInstanceMetadataSetUp
{
    [OneTimeSetUp]
    public void DisableInstanceMetadata() => Environment.SetEnvironmentVariable("AWS_EC2_METADATA_DISABLED", "true");
}
