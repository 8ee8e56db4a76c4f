using System.Collections.Generic;
using AwsCodegen.Generator.Model;

namespace AwsCodegen.Generator.Parsing;

/// <summary>Property names a generated type may not use because its base type already has a member of that name.</summary>
internal static class ReservedMemberNames
{
    private static readonly string[] ObjectMembers = { "GetType", "Equals", "GetHashCode", "ToString", "MemberwiseClone", "Finalize" };

    private static readonly string[] ResponseMembers = { "RequestId", "HttpStatusCode" };

    private static readonly string[] ExceptionMembers =
    {
        "Message", "Data", "Source", "HelpLink", "StackTrace", "InnerException", "HResult", "TargetSite", "GetBaseException",
        "GetObjectData", "ErrorCode", "ErrorMessage", "StatusCode", "RequestId", "ErrorType", "Attempts", "WriteDocument",
    };

    public static IEnumerable<string> For(ShapeRole role)
    {
        foreach (var name in ObjectMembers) yield return name;
        if (role == ShapeRole.Response)
            foreach (var name in ResponseMembers) yield return name;
        if (role == ShapeRole.Error)
            foreach (var name in ExceptionMembers) yield return name;
    }
}
