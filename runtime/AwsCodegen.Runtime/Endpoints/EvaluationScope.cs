namespace AwsCodegen.Runtime.Endpoints;

/// <summary>
/// The state of one resolution: every parameter and assigned variable in a flat array, indexed by the slot the
/// compiler gave its name, and the partitions for aws.partition. Names never shadow each other along a path of rules
/// (the compiler checks), and a rule can only read names bound before it on its own path, so one array serves the
/// whole tree without copying scopes per rule as a dictionary-based interpreter would.
/// </summary>
internal sealed class EvaluationScope
{
    public EvaluationScope(int slotCount, Partitions partitions)
    {
        Variables = new EndpointValue[slotCount];
        Partitions = partitions;
    }

    public EndpointValue[] Variables { get; }
    public Partitions Partitions { get; }
}
