using System;
using System.Collections.Generic;
using AwsCodegen.Runtime.Endpoints.Expressions;

namespace AwsCodegen.Runtime.Endpoints.Functions;

/// <summary>
/// The rules language's functions by name, each with its arity. The compiler binds a call to its function once, so
/// evaluation never looks a name up. getAttr is not here: its path argument is compiled, not evaluated.
/// </summary>
internal static class FunctionTable
{
    private static readonly Dictionary<string, (int Arity, Func<Expression[], Expression> Create)> Functions = new(StringComparer.Ordinal)
    {
        ["isSet"] = (1, a => new IsSetFunction(a[0])),
        ["not"] = (1, a => new NotFunction(a[0])),
        ["stringEquals"] = (2, a => new StringEqualsFunction(a[0], a[1])),
        ["booleanEquals"] = (2, a => new BooleanEqualsFunction(a[0], a[1])),
        ["substring"] = (4, a => new SubstringFunction(a[0], a[1], a[2], a[3])),
        ["uriEncode"] = (1, a => new UriEncodeFunction(a[0])),
        ["parseURL"] = (1, a => new ParseUrlFunction(a[0])),
        ["isValidHostLabel"] = (2, a => new IsValidHostLabelFunction(a[0], a[1])),
        ["aws.partition"] = (1, a => new AwsPartitionFunction(a[0])),
        ["aws.parseArn"] = (1, a => new AwsParseArnFunction(a[0])),
        ["aws.isVirtualHostableS3Bucket"] = (2, a => new AwsIsVirtualHostableS3BucketFunction(a[0], a[1])),
    };

    /// <summary>Binds a call; throws <see cref="EndpointRuleSetFormatException"/> for an unknown name or a wrong number of arguments.</summary>
    public static Expression Bind(string name, Expression[] arguments)
    {
        if (!Functions.TryGetValue(name, out var function))
            throw new EndpointRuleSetFormatException($"unknown function '{name}'");
        if (arguments.Length != function.Arity)
            throw new EndpointRuleSetFormatException($"function '{name}' takes {function.Arity} argument(s), got {arguments.Length}");
        return function.Create(arguments);
    }
}
