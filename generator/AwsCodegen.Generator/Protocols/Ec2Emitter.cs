using AwsCodegen.Generator.Model;

namespace AwsCodegen.Generator.Protocols;

/// <summary>
/// ec2: the query protocol with other names. A member's key is its queryName, else its locationName or name with the
/// first letter upper-cased; lists are always flattened (never ".member") and an empty one is not sent; the output's
/// members sit directly under the root; errors come as &lt;Response&gt;&lt;Errors&gt;&lt;Error&gt; (the runtime's business).
/// </summary>
internal sealed class Ec2Emitter : QueryEmitter
{
    public static new readonly Ec2Emitter Instance = new();

    private Ec2Emitter()
    {
    }

    public override string RuntimeProtocol(ServiceSpec spec) => Protocol + ".Ec2";

    internal override string MemberKey(ServiceSpec spec, MemberSpec member) =>
        member.QueryName ?? UpperFirst(member.HasExplicitWireName ? member.WireName : member.Name);

    internal override string? ListItemName(ServiceSpec spec, MemberSpec listMember) => null;

    protected override string FormFactory => "ForEc2";

    protected override string? ResultWrapper(OperationSpec op) => null;

    private static string UpperFirst(string name) =>
        name.Length == 0 || char.IsUpper(name[0]) ? name : char.ToUpperInvariant(name[0]) + name.Substring(1);
}
