using AwsCodegen.Generator.Model;

namespace AwsCodegen.Generator.Parsing;

/// <summary>The model's protocol names that the generator supports, in botocore's spelling.</summary>
internal static class ProtocolNames
{
    public const string SupportedList = "json, rest-json, rest-xml, query, ec2";

    public static bool TryParse(string name, out WireProtocol protocol)
    {
        switch (name)
        {
            case "json": protocol = WireProtocol.Json; return true;
            case "rest-json": protocol = WireProtocol.RestJson; return true;
            case "rest-xml": protocol = WireProtocol.RestXml; return true;
            case "query": protocol = WireProtocol.Query; return true;
            case "ec2": protocol = WireProtocol.Ec2; return true;
            default: protocol = default; return false;
        }
    }
}
