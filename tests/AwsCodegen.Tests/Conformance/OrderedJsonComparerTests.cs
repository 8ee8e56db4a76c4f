using System.Text.Json;
using AwsCodegen.Conformance.Protocol;
using NUnit.Framework;

namespace AwsCodegen.Tests.Conformance;

/// <summary>The document comparer is as strict as aws-cli's printing: order, number spelling, absent versus null.</summary>
public sealed class OrderedJsonComparerTests
{
    private static string? Compare(string expected, string actual)
    {
        using var e = JsonDocument.Parse(expected);
        using var a = JsonDocument.Parse(actual);
        return OrderedJsonComparer.Compare(e.RootElement, a.RootElement);
    }

    [Test]
    public void Equal_documents_compare_equal() =>
        Assert.That(Compare("""{"A":1,"B":[1.5,"x",true,null],"C":{"D":{}}}""", """{"A":1,"B":[1.5,"x",true,null],"C":{"D":{}}}"""), Is.Null);

    [Test]
    public void Member_order_matters() =>
        Assert.That(Compare("""{"A":1,"B":2}""", """{"B":2,"A":1}"""), Does.Contain("out of order"));

    [Test]
    public void An_int_is_not_a_float() =>
        Assert.That(Compare("""{"A":1}""", """{"A":1.0}"""), Does.Contain("$.A"));

    [Test]
    public void Null_is_not_absent()
    {
        Assert.That(Compare("""{"A":null}""", """{}"""), Does.Contain("member missing"));
        Assert.That(Compare("""{}""", """{"A":null}"""), Does.Contain("unexpected member"));
    }

    [Test]
    public void Nested_differences_name_their_path() =>
        Assert.That(Compare("""{"A":[{"B":"x"}]}""", """{"A":[{"B":"y"}]}"""), Does.StartWith("$.A[0].B"));
}
