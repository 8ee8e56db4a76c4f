using AwsCodegen.Generator.Model;

namespace AwsCodegen.Generator.Parsing;

/// <summary>The model's protocol names that the generator supports, in botocore's spelling.</summary>
internal static class ProtocolNames
{
    public const string SupportedList = "json, rest-json";

    public static bool TryParse(string name, out WireProtocol protocol)
    {
        switch (name)
        {
            case "json": protocol = WireProtocol.Json; return true;
            case "rest-json": protocol = WireProtocol.RestJson; return true;
            default: protocol = default; return false;
        }
    }
}
