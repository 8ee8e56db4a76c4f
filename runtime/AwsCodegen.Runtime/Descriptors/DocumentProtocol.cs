namespace AwsCodegen.Runtime.Descriptors;

/// <summary>The wire protocol a service's documents are read from (the one botocore would choose).</summary>
public enum DocumentProtocol : byte
{
    Json = 0,
    RestJson = 1,
    Query = 2,
    Ec2 = 3,
    RestXml = 4,
}
