namespace AwsCodegen.Runtime.JmesPath;

/// <summary>The error kinds of the JMESPath specification (and of its compliance suite).</summary>
public enum JmesPathErrorKind
{
    /// <summary>The expression is not valid JMESPath (found when compiling).</summary>
    Syntax,

    /// <summary>A function received an argument of a type it does not accept (found when evaluating).</summary>
    InvalidType,

    /// <summary>A value is out of its domain, such as a slice step of 0 (found when compiling).</summary>
    InvalidValue,

    /// <summary>A function was called with the wrong number of arguments (found when compiling).</summary>
    InvalidArity,

    /// <summary>The expression calls a function that does not exist (found when compiling).</summary>
    UnknownFunction,
}
