using AwsCodegen.Generator.Model;

namespace AwsCodegen.Generator.Emit;

/// <summary>How generated code reads and sets a member: an error's message member maps to the exception's message.</summary>
internal static class MemberAccess
{
    public static bool IsErrorMessage(ShapeSpec owner, MemberSpec member) => owner.Role == ShapeRole.Error && member.PropertyName == "Message";

    /// <summary>A statement assigning <paramref name="value"/> to the member of <c>value</c>.</summary>
    public static string Assign(ShapeSpec owner, MemberSpec member, string value) =>
        IsErrorMessage(owner, member) ? $"value.SetMessage({value});" : $"value.{member.PropertyName} = {value};";

    /// <summary>The property that holds the member's value.</summary>
    public static string Property(ShapeSpec owner, MemberSpec member) =>
        IsErrorMessage(owner, member) ? "ErrorMessage" : member.PropertyName;
}
