namespace AwsCodegen.Runtime.Errors;

/// <summary>A request that fails the model's constraints (a required member left unset) and so was never sent.</summary>
public sealed class AwsValidationException : AwsClientException
{
    public AwsValidationException(string serviceId, string operation, string memberPath, string message) : base(message)
    {
        ServiceId = serviceId;
        Operation = operation;
        MemberPath = memberPath;
    }

    public string ServiceId { get; }
    public string Operation { get; }

    /// <summary>The member at fault, as a path from the request in model names: "TransactItems[2].Put.TableName".</summary>
    public string MemberPath { get; }

    public static AwsValidationException MissingMember(string serviceId, string operation, string memberPath) =>
        new(serviceId, operation, memberPath, $"{serviceId} {operation}: the required parameter '{memberPath}' is not set.");
}
