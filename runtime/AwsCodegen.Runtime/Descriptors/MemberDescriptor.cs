namespace AwsCodegen.Runtime.Descriptors;

/// <summary>
/// One member reference: a structure's member, a list's element ("member") or a map's key or value. Its shape is
/// decoded the first time it is asked for, so that describing a member costs nothing until it is used.
/// </summary>
public sealed class MemberDescriptor
{
    private readonly ServiceDescriptor _service;
    private readonly int _shapeIndex;

    internal MemberDescriptor(ServiceDescriptor service, string name, int shapeIndex, string? cliName, string? wireName,
        WireLocation location, MemberFlags flags, string? queryName, string? negatedCliName)
    {
        _service = service;
        Name = name;
        _shapeIndex = shapeIndex;
        CliName = cliName;
        WireName = wireName ?? name;
        HasWireName = wireName is not null;
        Location = location;
        Flags = flags;
        QueryName = queryName;
        NegatedCliName = negatedCliName;
    }

    /// <summary>The member's name in the model: the key in request and response documents.</summary>
    public string Name { get; }

    /// <summary>
    /// The command-line name without the dashes (<c>table-name</c>), after aws-cli's renames; set on the members of an
    /// operation's input only.
    /// </summary>
    public string? CliName { get; }

    /// <summary>For a boolean input member, the flag that sets it false (no-dry-run), after aws-cli's renames; else null.</summary>
    public string? NegatedCliName { get; }

    /// <summary>
    /// The name on the wire: the model's locationName when it gives one (the reference's, else its target shape's,
    /// as botocore resolves it), else <see cref="Name"/>.
    /// </summary>
    public string WireName { get; }

    /// <summary>
    /// Whether the model names the member on the wire (<see cref="WireName"/> is a locationName, not the fallback).
    /// The XML readers ask: a flattened list's items take the list's element name only when the model gives one.
    /// </summary>
    public bool HasWireName { get; }

    /// <summary>The ec2 protocol's query name (queryName), when the model gives one.</summary>
    public string? QueryName { get; }

    public WireLocation Location { get; }
    public MemberFlags Flags { get; }
    public bool IsRequired => (Flags & MemberFlags.Required) != 0;
    public int ShapeIndex => _shapeIndex;

    /// <summary>The member's shape (decoded on first use, then shared).</summary>
    public ShapeDescriptor Shape => _service.Shape(_shapeIndex);

    public override string ToString() => Name + ": " + _service.ShapeName(_shapeIndex);
}
