using System.Collections.Generic;
using System.Linq;
using AwsCodegen.Runtime.Endpoints;
using NUnit.Framework;

namespace AwsCodegen.Tests.Endpoints;

/// <summary>The engine on small rule sets: templates with getAttr, parameters, errors, trees, compile-time checks, partitions.</summary>
[TestFixture]
public class EndpointResolverTests
{
    private const string PartitionsJson =
        """
        {"version": "1.1", "partitions": [
          {"id": "aws", "regionRegex": "^(us|eu)\\-\\w+\\-\\d+$",
           "regions": {"aws-global": {"description": "global"}},
           "outputs": {"name": "aws", "dnsSuffix": "amazonaws.com", "dualStackDnsSuffix": "api.aws", "supportsFIPS": true, "supportsDualStack": true, "implicitGlobalRegion": "us-east-1"}},
          {"id": "aws-cn", "regionRegex": "^cn\\-\\w+\\-\\d+$",
           "regions": {"us-special-1": {"description": "listed here though the aws pattern would match", "dnsSuffix": "special.example"}},
           "outputs": {"name": "aws-cn", "dnsSuffix": "amazonaws.com.cn", "dualStackDnsSuffix": "api.amazonwebservices.com.cn", "supportsFIPS": true, "supportsDualStack": true, "implicitGlobalRegion": "cn-northwest-1"}}
        ]}
        """;

    private const string RuleSetJson =
        """
        {
          "version": "1.0",
          "parameters": {
            "Region": {"type": "string", "builtIn": "AWS::Region", "required": true, "default": "us-east-1"},
            "UseFIPS": {"type": "Boolean", "builtIn": "AWS::UseFIPS", "required": true, "default": false},
            "Endpoint": {"type": "string", "builtIn": "SDK::Endpoint"},
            "Names": {"type": "stringArray"}
          },
          "rules": [
            {"conditions": [{"fn": "isSet", "argv": [{"ref": "Endpoint"}]}, {"fn": "parseURL", "argv": [{"ref": "Endpoint"}], "assign": "url"}],
             "type": "tree",
             "rules": [
               {"conditions": [{"fn": "booleanEquals", "argv": [{"ref": "UseFIPS"}, true]}], "type": "error", "error": "FIPS and {url#authority} do not mix"},
               {"conditions": [], "type": "endpoint",
                "endpoint": {"url": "{url#scheme}://{url#authority}{url#normalizedPath}x", "headers": {"x-first": ["{Names#[0]}", "lit"]}}}
             ]},
            {"conditions": [{"fn": "aws.partition", "argv": [{"ref": "Region"}], "assign": "p"}],
             "type": "endpoint",
             "endpoint": {"url": "https://svc.{Region}.{p#dnsSuffix}",
                          "properties": {"authSchemes": [{"name": "sigv4", "signingName": "svc", "signingRegion": "{Region}", "disableDoubleEncoding": true}],
                                         "partition": "{p#name}", "braces": "{{literal}}"}}}
          ]
        }
        """;

    private static readonly EndpointResolver Resolver = new(EndpointRuleSet.Parse(RuleSetJson), Partitions.Parse(PartitionsJson));

    private static ResolvedEndpoint Resolve(params (string Name, EndpointParameterValue Value)[] parameters) =>
        Resolver.Resolve(parameters.ToDictionary(p => p.Name, p => p.Value));

    [Test]
    public void Templates_read_parameters_and_attributes_of_assigned_values()
    {
        var endpoint = Resolve(("Endpoint", "https://example.com:8443/base"), ("Names", new[] { "n1", "n2" }));
        Assert.Multiple(() =>
        {
            Assert.That(endpoint.Url, Is.EqualTo("https://example.com:8443/base/x"));
            Assert.That(endpoint.Headers["x-first"], Is.EqualTo(new[] { "n1", "lit" }));
        });
    }

    [Test]
    public void Defaults_fill_missing_parameters_and_properties_are_templated()
    {
        var endpoint = Resolve();
        Assert.Multiple(() =>
        {
            Assert.That(endpoint.Url, Is.EqualTo("https://svc.us-east-1.amazonaws.com"));
            Assert.That(endpoint.Properties["partition"].ToString(), Is.EqualTo("aws"));
            Assert.That(endpoint.Properties["braces"].ToString(), Is.EqualTo("{literal}"));
            var scheme = endpoint.AuthSchemes.Single();
            Assert.That((scheme.Name, scheme.SigningName, scheme.SigningRegion, scheme.DisableDoubleEncoding),
                Is.EqualTo(("sigv4", (string?)"svc", (string?)"us-east-1", (bool?)true)));
        });
    }

    [Test]
    public void Error_rules_throw_their_templated_message()
    {
        var error = Assert.Throws<EndpointResolutionException>(() => Resolve(("Endpoint", "https://example.com"), ("UseFIPS", true)));
        Assert.That(error!.Message, Is.EqualTo("FIPS and example.com do not mix"));
    }

    [Test]
    public void A_tree_whose_rules_all_fail_is_an_error()
    {
        // A tree whose own conditions fail is skipped like any rule: parseURL finds no URL here.
        Assert.That(Resolve(("Endpoint", "not a url")).Url, Is.EqualTo("https://svc.us-east-1.amazonaws.com"));
        var ruleSet = EndpointRuleSet.Parse(
            """
            {"version": "1.0", "parameters": {"A": {"type": "string"}},
             "rules": [{"conditions": [], "type": "tree", "rules": [{"conditions": [{"fn": "isSet", "argv": [{"ref": "A"}]}], "type": "endpoint", "endpoint": {"url": "https://a"}}]},
                       {"conditions": [], "type": "endpoint", "endpoint": {"url": "https://never"}}]}
            """);
        var resolver = new EndpointResolver(ruleSet, Partitions.Parse(PartitionsJson));
        Assert.Throws<EndpointResolutionException>(() => resolver.Resolve(new Dictionary<string, EndpointParameterValue>()));
    }

    [Test]
    public void Parameter_values_of_the_wrong_type_are_refused() =>
        Assert.Throws<EndpointResolutionException>(() => Resolve(("UseFIPS", "true")));

    [Test]
    public void A_required_parameter_without_value_or_default_is_an_error()
    {
        var ruleSet = EndpointRuleSet.Parse(
            """{"version": "1.0", "parameters": {"Region": {"type": "string", "required": true}}, "rules": [{"conditions": [], "type": "endpoint", "endpoint": {"url": "https://{Region}"}}]}""");
        var error = Assert.Throws<EndpointResolutionException>(() =>
            new EndpointResolver(ruleSet, Partitions.Parse(PartitionsJson)).Resolve(new Dictionary<string, EndpointParameterValue>()));
        Assert.That(error!.Message, Does.Contain("Region"));
    }

    [TestCase("""{"fn": "noSuchFunction", "argv": []}""", "noSuchFunction")]
    [TestCase("""{"fn": "isSet", "argv": [{"ref": "Unbound"}]}""", "Unbound")]
    [TestCase("""{"fn": "stringEquals", "argv": ["a"]}""", "stringEquals")]
    [TestCase("""{"fn": "getAttr", "argv": [{"ref": "A"}, "x[y]"]}""", "x[y]")]
    public void Rule_sets_with_mistakes_do_not_compile(string condition, string named)
    {
        string json = $$$"""{"version": "1.0", "parameters": {"A": {"type": "string"}}, "rules": [{"conditions": [{{{condition}}}], "type": "endpoint", "endpoint": {"url": "https://a"}}]}""";
        var error = Assert.Throws<EndpointRuleSetFormatException>(() => EndpointRuleSet.Parse(json));
        Assert.That(error!.Message, Does.Contain(named));
    }

    [TestCase("""{"fn": "noSuchFunction", "argv": []}""", "noSuchFunction")]
    [TestCase("""{"fn": "isSet", "argv": [{"ref": "Unbound"}]}""", "Unbound")]
    [TestCase("""{"fn": "isSet", "argv": [{"ref": "u"}]}""", "'u'")]
    public void A_subtree_compiled_on_first_use_reports_its_mistake_when_resolution_reaches_it(string condition, string named)
    {
        // The outer tree binds "v"; the inner mistake is found only when a resolution enters the tree, and then every time.
        string json = $$$"""
            {"version": "1.0", "parameters": {"A": {"type": "string"}},
             "rules": [{"conditions": [{"fn": "isSet", "argv": [{"ref": "A"}]}, {"fn": "parseURL", "argv": [{"ref": "A"}], "assign": "v"}], "type": "tree",
                        "rules": [{"conditions": [{{{condition}}}], "type": "endpoint", "endpoint": {"url": "https://a"}}]},
                       {"conditions": [{"fn": "parseURL", "argv": ["https://x"], "assign": "u"}], "type": "endpoint", "endpoint": {"url": "https://b"}}]}
            """;
        var resolver = new EndpointResolver(EndpointRuleSet.ParseOnFirstUse(System.Text.Encoding.UTF8.GetBytes(json)), Partitions.Parse(PartitionsJson));
        Assert.That(resolver.Resolve(new Dictionary<string, EndpointParameterValue>()).Url.ToString(), Is.EqualTo("https://b"), "the tree is not entered");
        for (int i = 0; i < 2; i++)
        {
            var error = Assert.Throws<EndpointRuleSetFormatException>(() => resolver.Resolve(new Dictionary<string, EndpointParameterValue> { ["A"] = "https://a" }));
            Assert.That(error!.Message, Does.Contain(named).And.Contain("rules[0].rules[0]"));
        }
    }

    [Test]
    public void A_subtree_compiled_on_first_use_sees_the_names_its_tree_bound()
    {
        string json = """
            {"version": "1.0", "parameters": {"A": {"type": "string"}},
             "rules": [{"conditions": [{"fn": "parseURL", "argv": [{"ref": "A"}], "assign": "u"}], "type": "tree",
                        "rules": [{"conditions": [{"fn": "parseURL", "argv": ["https://inner.example"], "assign": "w"}], "type": "tree",
                                   "rules": [{"conditions": [], "type": "endpoint", "endpoint": {"url": "{u#scheme}://{w#authority}.{u#authority}"}}]}]}]}
            """;
        var ruleSet = EndpointRuleSet.ParseOnFirstUse(System.Text.Encoding.UTF8.GetBytes(json));
        var resolver = new EndpointResolver(ruleSet, Partitions.Parse(PartitionsJson));
        Assert.That(resolver.Resolve(new Dictionary<string, EndpointParameterValue> { ["A"] = "http://outer.example" }).Url.ToString(),
            Is.EqualTo("http://inner.example.outer.example"));
    }

    [Test]
    public void A_rule_set_compiled_on_first_use_resolves_as_when_compiled_whole()
    {
        // "rules" also names an endpoint property and a string here: only a tree's own list may be cut out and deferred.
        string json = """
            {"version": "1.0", "parameters": {"A": {"type": "string"}, "B": {"type": "string"}},
             "rules": [{"conditions": [{"fn": "isSet", "argv": [{"ref": "A"}]}], "type": "tree",
                        "rules": [{"conditions": [{"fn": "stringEquals", "argv": [{"ref": "A"}, "rules"]}], "type": "tree",
                                   "rules": [{"conditions": [], "type": "endpoint",
                                              "endpoint": {"url": "https://rules.example", "properties": {"rules": [{"type": "tree", "rules": []}]}}}]},
                                  {"conditions": [{"fn": "isSet", "argv": [{"ref": "B"}]}, {"fn": "parseURL", "argv": [{"ref": "B"}], "assign": "b"}], "type": "tree",
                                   "rules": [{"conditions": [], "type": "endpoint", "endpoint": {"url": "https://{b#authority}/{A}"}}]},
                                  {"conditions": [], "type": "endpoint", "endpoint": {"url": "https://{A}.example"}}]},
                       {"conditions": [], "type": "endpoint", "endpoint": {"url": "https://none.example", "headers": {"rules": ["x"]}}}]}
            """;
        var whole = new EndpointResolver(EndpointRuleSet.Parse(json), Partitions.Parse(PartitionsJson));
        var deferred = new EndpointResolver(EndpointRuleSet.ParseOnFirstUse(System.Text.Encoding.UTF8.GetBytes(json)), Partitions.Parse(PartitionsJson));
        var cases = new[]
        {
            new Dictionary<string, EndpointParameterValue>(),
            new Dictionary<string, EndpointParameterValue> { ["A"] = "rules" },
            new Dictionary<string, EndpointParameterValue> { ["A"] = "a", ["B"] = "http://b.example" },
            new Dictionary<string, EndpointParameterValue> { ["A"] = "a" },
        };
        var expected = new[] { "https://none.example", "https://rules.example", "https://b.example/a", "https://a.example" };
        for (int i = 0; i < cases.Length; i++)
        {
            var fromWhole = whole.Resolve(cases[i]);
            var fromDeferred = deferred.Resolve(cases[i]);
            Assert.That(fromDeferred.Url.TrimEnd('/'), Is.EqualTo(expected[i]), $"case {i}");
            Assert.That(fromDeferred.Url, Is.EqualTo(fromWhole.Url), $"case {i}");
            Assert.That(fromDeferred.Properties.Keys, Is.EquivalentTo(fromWhole.Properties.Keys), $"case {i}");
            Assert.That(fromDeferred.Headers.Keys, Is.EquivalentTo(fromWhole.Headers.Keys), $"case {i}");
        }
    }

    [Test]
    public void Names_bound_by_a_rule_are_not_visible_to_its_siblings()
    {
        string json =
            """
            {"version": "1.0", "parameters": {"A": {"type": "string"}},
             "rules": [{"conditions": [{"fn": "parseURL", "argv": [{"ref": "A"}], "assign": "u"}], "type": "endpoint", "endpoint": {"url": "https://a"}},
                       {"conditions": [], "type": "endpoint", "endpoint": {"url": "{u#scheme}://b"}}]}
            """;
        Assert.Throws<EndpointRuleSetFormatException>(() => EndpointRuleSet.Parse(json));
    }

    [TestCase("us-west-2", "aws")]
    [TestCase("cn-north-1", "aws-cn")]
    [TestCase("aws-global", "aws")]
    [TestCase("us-special-1", "aws-cn")]
    [TestCase("mars-central-1", "aws")]
    public void Partitions_prefer_listed_regions_then_patterns_then_aws(string region, string partition) =>
        Assert.That(Partitions.Parse(PartitionsJson).Find(region).Id, Is.EqualTo(partition));

    [Test]
    public void A_region_may_override_its_partitions_outputs()
    {
        var endpoint = Resolve(("Region", "us-special-1"));
        Assert.That(endpoint.Url, Is.EqualTo("https://svc.us-special-1.special.example"));
    }
}
