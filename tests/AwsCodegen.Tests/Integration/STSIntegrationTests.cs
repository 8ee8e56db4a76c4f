using System.Threading.Tasks;
using AwsCodegen.IAM;
using AwsCodegen.Runtime.Auth;
using AwsCodegen.Runtime.Errors;
using AwsCodegen.STS;
using AwsCodegen.Tests.Infrastructure;
using NUnit.Framework;

namespace AwsCodegen.Tests.Integration;

/// <summary>The generated STS client (awsQuery) against moto with signature checking on.</summary>
[TestFixture]
[Category("Integration")]
public sealed class STSIntegrationTests
{
    private MotoServer _moto = null!;
    private STSClient _client = null!;

    [OneTimeSetUp]
    public void CreateClient()
    {
        _moto = MotoServer.Shared;
        _client = new STSClient(IntegrationSupport.Options(_moto));
    }

    [OneTimeTearDown]
    public void DisposeClient() => _client?.Dispose();

    [Test]
    public async Task GetCallerIdentity_NamesTheBootstrappedUser()
    {
        var identity = await _client.GetCallerIdentityAsync(new GetCallerIdentityRequest());

        using var iam = new IAMClient(IntegrationSupport.Options(_moto));
        var user = await iam.GetUserAsync(new GetUserRequest { UserName = MotoServer.BootstrapUserName });

        Assert.Multiple(() =>
        {
            Assert.That(identity.Account, Is.EqualTo(MotoServer.AccountId));
            Assert.That(identity.Arn, Is.EqualTo($"arn:aws:iam::{MotoServer.AccountId}:user/{MotoServer.BootstrapUserName}"));
            Assert.That(identity.UserId, Is.Not.Null.And.Not.Empty);
            Assert.That(identity.UserId, Is.EqualTo(user.User?.UserId), "the caller is the IAM user that owns the signing key");
            Assert.That(user.User?.Arn, Is.EqualTo(identity.Arn));
            Assert.That(identity.RequestId, Is.Not.Null.And.Not.Empty);
        });
    }

    [Test]
    public void GetCallerIdentity_WithAnUnknownKey_IsRejected()
    {
        var options = IntegrationSupport.Options(_moto, new StaticCredentialsProvider("AKIAUNKNOWNKEY000000", "not-a-real-secret"));
        using var stranger = new STSClient(options);

        var error = Assert.ThrowsAsync(Is.InstanceOf<AwsServiceException>(),
            () => stranger.GetCallerIdentityAsync(new GetCallerIdentityRequest())) as AwsServiceException;

        Assert.Multiple(() =>
        {
            Assert.That(error!.ErrorCode, Is.EqualTo("InvalidClientTokenId"));
            Assert.That(error.StatusCode, Is.EqualTo(403));
            Assert.That(error.ErrorMessage, Is.Not.Null.And.Not.Empty);
        });
    }
}
