using System;
using AwsCodegen.Generator.Model;

namespace AwsCodegen.Generator.Parsing;

/// <summary>Reads the AwsAccessibility metadata: "public" (also when unset) or "internal", in any case.</summary>
internal static class AccessibilityOption
{
    public static TypeAccessibility Parse(string? value) =>
        string.Equals(value, "internal", StringComparison.OrdinalIgnoreCase) ? TypeAccessibility.Internal : TypeAccessibility.Public;

    /// <summary>A diagnostic for a value that is neither "public" nor "internal", else null.</summary>
    public static DiagnosticInfo? Check(ModelInput input)
    {
        if (input.Accessibility is null ||
            string.Equals(input.Accessibility, "public", StringComparison.OrdinalIgnoreCase) ||
            string.Equals(input.Accessibility, "internal", StringComparison.OrdinalIgnoreCase))
            return null;
        return DiagnosticInfo.Create(Diagnostics.InvalidOption, input.FilePath, input.FilePath,
            $"the AwsAccessibility metadata is '{input.Accessibility}'; it must be 'public' or 'internal'");
    }
}
