namespace AwsCodegen.Runtime.JmesPath.Values;

/// <summary>
/// The JMESPath types. <see cref="Expression"/> is the spec's expression type (the value of <c>&amp;expr</c>):
/// it only ever reaches function arguments, never a result.
/// </summary>
internal enum JmesKind : byte
{
    Null,
    Boolean,
    Number,
    String,
    Array,
    Object,
    Expression,
}
