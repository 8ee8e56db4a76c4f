using System;
using System.Collections.Generic;

namespace AwsCodegen.Benchmarks.Calls;

/// <summary>Checks a call's result once before measuring, so that no benchmark ever times an error path.</summary>
public static class Expect
{
    public static void Equal<T>(T expected, T actual, string what)
    {
        if (!EqualityComparer<T>.Default.Equals(expected, actual))
            throw new InvalidOperationException($"{what}: expected {expected}, got {actual}. The benchmark would not measure a successful call.");
    }
}
