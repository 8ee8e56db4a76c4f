using AwsCodegen.Runtime.Endpoints.Expressions;

namespace AwsCodegen.Runtime.Endpoints.Functions;

/// <summary>
/// aws.partition(region): the outputs of the region's partition (name, dnsSuffix, dualStackDnsSuffix, supportsFIPS,
/// supportsDualStack, implicitGlobalRegion). The records are built once when the partitions are parsed.
/// </summary>
internal sealed class AwsPartitionFunction(Expression region) : Expression
{
    public override EndpointValue Evaluate(EvaluationScope scope) =>
        region.EvaluateString(scope) is { } name ? scope.Partitions.Outputs(name) : EndpointValue.None;
}
