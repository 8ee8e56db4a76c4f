using System.Collections.Immutable;
using System.Linq;
using AwsCodegen.Generator.Model;
using AwsCodegen.Generator.Naming;

namespace AwsCodegen.Generator.Emit;

/// <summary>
/// Emits AwsServiceIndex.g.cs, from the Collect() of every service: the command name of each and its descriptor,
/// sorted by command name, which is the CLI's dispatch table. Descriptors are created when first asked for.
/// </summary>
internal static class ServiceIndexEmitter
{
    public const string HintName = "AwsServiceIndex.g.cs";
    public const string DefaultNamespace = "AwsCodegen.Generated";

    public static string Emit(ImmutableArray<ServiceIndexEntrySpec> services, string ns)
    {
        var w = Header.Begin(ns, "every service-2.json of the project");
        w.Line("/// <summary>Every service generated in this project, by command name (s3api, dynamodb, logs).</summary>");
        using (w.Block("public static class AwsServiceIndex"))
        {
            var sorted = services.GroupBy(s => s.CliName).Select(g => g.First()).OrderBy(s => s.CliName, System.StringComparer.Ordinal).ToList();
            w.Line($"private static readonly {TypeNames.Runtime}.Descriptors.ServiceIndexEntry[] s_services =");
            using (w.InitializerBlock("new " + TypeNames.Runtime + ".Descriptors.ServiceIndexEntry[]"))
            {
                foreach (var s in sorted)
                    w.Line($"new({CSharpNames.Literal(s.CliName)}, {CSharpNames.Literal(s.BotocoreName)}, static () => global::{s.Namespace}.{s.ClientName}.Descriptor),");
            }
            w.Line();
            w.Line($"public static global::System.Collections.Generic.IReadOnlyList<{TypeNames.Runtime}.Descriptors.ServiceIndexEntry> Services => s_services;");
            w.Line();
            w.Line("/// <summary>A service by its command name, or null.</summary>");
            using (w.Block($"public static {TypeNames.Runtime}.Descriptors.ServiceIndexEntry? Find(string cliName)"))
            {
                w.Line("int lo = 0, hi = s_services.Length - 1;");
                using (w.Block("while (lo <= hi)"))
                {
                    w.Line("int mid = (lo + hi) >>> 1;");
                    w.Line("int c = string.CompareOrdinal(s_services[mid].CliName, cliName);");
                    w.Line("if (c == 0) return s_services[mid];");
                    w.Line("if (c < 0) lo = mid + 1; else hi = mid - 1;");
                }
                w.Line("return null;");
            }
        }
        return w.ToString();
    }
}
