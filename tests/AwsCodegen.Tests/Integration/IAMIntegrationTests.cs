using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using AwsCodegen.IAM;
using AwsCodegen.Runtime.Auth;
using AwsCodegen.Runtime.Errors;
using STSClient = AwsCodegen.STS.STSClient;
using GetCallerIdentityRequest = AwsCodegen.STS.GetCallerIdentityRequest;
using AwsCodegen.Tests.Infrastructure;
using NUnit.Framework;

namespace AwsCodegen.Tests.Integration;

/// <summary>The generated IAM client (awsQuery, a global service reached through the moto endpoint) with signature checking on.</summary>
[TestFixture]
[Category("Integration")]
public sealed class IAMIntegrationTests
{
    private MotoServer _moto = null!;
    private IAMClient _client = null!;

    [OneTimeSetUp]
    public void CreateClient()
    {
        _moto = MotoServer.Shared;
        _client = new IAMClient(IntegrationSupport.Options(_moto));
    }

    [OneTimeTearDown]
    public void DisposeClient() => _client?.Dispose();

    /// <summary>A path of its own, so list calls with PathPrefix see only this test's entities on the shared moto.</summary>
    private static string UniquePath() => "/" + IntegrationSupport.UniqueName("awscodegen") + "/";

    [Test]
    public async Task User_CreateGetTagListDelete()
    {
        string name = IntegrationSupport.UniqueName("user");
        string path = UniquePath();

        var created = await _client.CreateUserAsync(new CreateUserRequest
        {
            UserName = name,
            Path = path,
            Tags = new() { new Tag { Key = "team", Value = "sdk" } },
        });
        var user = created.User!;
        Assert.Multiple(() =>
        {
            Assert.That(user.UserName, Is.EqualTo(name));
            Assert.That(user.Path, Is.EqualTo(path));
            Assert.That(user.Arn, Is.EqualTo($"arn:aws:iam::{MotoServer.AccountId}:user{path}{name}"));
            Assert.That(user.UserId, Is.Not.Null.And.Not.Empty);
            Assert.That(user.CreateDate, Is.Not.Null);
            Assert.That(user.CreateDate!.Value, Is.EqualTo(System.DateTimeOffset.UtcNow).Within(System.TimeSpan.FromMinutes(10)));
        });

        try
        {
            var got = await _client.GetUserAsync(new GetUserRequest { UserName = name });
            Assert.Multiple(() =>
            {
                Assert.That(got.User?.UserId, Is.EqualTo(user.UserId));
                Assert.That(got.User?.Arn, Is.EqualTo(user.Arn));
                Assert.That(got.User?.CreateDate, Is.EqualTo(user.CreateDate));
            });

            const string awkward = "a b&c=d/e+f%g ✓";
            await _client.TagUserAsync(new TagUserRequest
            {
                UserName = name,
                Tags = new() { new Tag { Key = "awkward", Value = awkward }, new Tag { Key = "empty", Value = "" } },
            });
            var tags = await _client.ListUserTagsAsync(new ListUserTagsRequest { UserName = name });
            Assert.That(tags.Tags?.ToDictionary(t => t.Key!, t => t.Value), Is.EquivalentTo(new Dictionary<string, string?>
            {
                ["team"] = "sdk",
                ["awkward"] = awkward,
                ["empty"] = "",
            }));
            Assert.That(tags.IsTruncated, Is.False);

            await _client.UntagUserAsync(new UntagUserRequest { UserName = name, TagKeys = new() { "team" } });
            tags = await _client.ListUserTagsAsync(new ListUserTagsRequest { UserName = name });
            Assert.That(tags.Tags?.Select(t => t.Key), Is.EquivalentTo(new[] { "awkward", "empty" }));

            var listed = await _client.ListUsersAsync(new ListUsersRequest { PathPrefix = path });
            Assert.That(listed.Users?.Select(u => u.UserName), Is.EqualTo(new[] { name }));
        }
        finally
        {
            await _client.DeleteUserAsync(new DeleteUserRequest { UserName = name });
        }

        var error = Assert.ThrowsAsync<NoSuchEntityException>(() => _client.GetUserAsync(new GetUserRequest { UserName = name }));
        Assert.Multiple(() =>
        {
            Assert.That(error!.ErrorCode, Is.EqualTo("NoSuchEntity"));
            Assert.That(error.StatusCode, Is.EqualTo(404));
            Assert.That(error.ErrorType, Is.EqualTo("Sender"));
            Assert.That(error.RequestId, Is.Not.Null.And.Not.Empty);
            Assert.That(error.ErrorMessage, Does.Contain(name));
        });
    }

    [Test]
    public async Task CreateUser_Twice_ThrowsEntityAlreadyExists()
    {
        string name = IntegrationSupport.UniqueName("dup-user");
        await _client.CreateUserAsync(new CreateUserRequest { UserName = name });
        try
        {
            var error = Assert.ThrowsAsync<EntityAlreadyExistsException>(() => _client.CreateUserAsync(new CreateUserRequest { UserName = name }));
            Assert.That(error!.ErrorCode, Is.EqualTo("EntityAlreadyExists"));
            Assert.That(error.StatusCode, Is.EqualTo(409));
        }
        finally
        {
            await _client.DeleteUserAsync(new DeleteUserRequest { UserName = name });
        }
    }

    [Test]
    public async Task Policies_ManagedAttachDetach_InlinePutGet()
    {
        string userName = IntegrationSupport.UniqueName("policy-user");
        string policyName = IntegrationSupport.UniqueName("managed");
        string path = UniquePath();
        await _client.CreateUserAsync(new CreateUserRequest { UserName = userName });

        // Characters that the request form and IAM's percent-encoded response must both carry: spaces, '+', '&', '%', '=', non-ASCII.
        string document = """
            {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["s3:GetObject","s3:ListBucket"],
            "Resource":["arn:aws:s3:::awscodegen-bucket/a path+with&odd=chars%20ü/*"]}]}
            """.Replace("\n", " ");
        // moto 5.2.1 percent-encodes GetUserPolicy's document but returns GetPolicyVersion's raw (IAM encodes both), so
        // the managed policy's document has no '%' of its own, which decoding a raw document would change.
        string managedDocument = document.Replace("%20", "", System.StringComparison.Ordinal);
        string? policyArn = null;
        try
        {
            var created = await _client.CreatePolicyAsync(new CreatePolicyRequest
            {
                PolicyName = policyName,
                Path = path,
                PolicyDocument = managedDocument,
                Description = "managed policy of the integration tests",
            });
            var policy = created.Policy!;
            policyArn = policy.Arn;
            Assert.Multiple(() =>
            {
                Assert.That(policy.PolicyName, Is.EqualTo(policyName));
                Assert.That(policy.Arn, Is.EqualTo($"arn:aws:iam::{MotoServer.AccountId}:policy{path}{policyName}"));
                Assert.That(policy.DefaultVersionId, Is.EqualTo("v1"));
                Assert.That(policy.AttachmentCount, Is.EqualTo(0));
                Assert.That(policy.IsAttachable, Is.True);
            });

            // GetPolicyVersion's Document is a policyDocumentType: IAM percent-encodes it, the client decodes it.
            var version = await _client.GetPolicyVersionAsync(new GetPolicyVersionRequest { PolicyArn = policyArn, VersionId = "v1" });
            Assert.That(version.PolicyVersion?.Document, Is.EqualTo(managedDocument));
            Assert.That(version.PolicyVersion?.IsDefaultVersion, Is.True);

            await _client.AttachUserPolicyAsync(new AttachUserPolicyRequest { UserName = userName, PolicyArn = policyArn });
            var attached = await _client.ListAttachedUserPoliciesAsync(new ListAttachedUserPoliciesRequest { UserName = userName });
            Assert.That(attached.AttachedPolicies?.Select(p => (p.PolicyName, p.PolicyArn)), Is.EquivalentTo(new[] { (policyName, policyArn) }));
            var afterAttach = await _client.GetPolicyAsync(new GetPolicyRequest { PolicyArn = policyArn });
            Assert.That(afterAttach.Policy?.AttachmentCount, Is.EqualTo(1));

            await _client.DetachUserPolicyAsync(new DetachUserPolicyRequest { UserName = userName, PolicyArn = policyArn });
            attached = await _client.ListAttachedUserPoliciesAsync(new ListAttachedUserPoliciesRequest { UserName = userName });
            Assert.That(attached.AttachedPolicies, Is.Null.Or.Empty);

            const string inlineName = "inline-policy";
            await _client.PutUserPolicyAsync(new PutUserPolicyRequest { UserName = userName, PolicyName = inlineName, PolicyDocument = document });
            var inline = await _client.GetUserPolicyAsync(new GetUserPolicyRequest { UserName = userName, PolicyName = inlineName });
            Assert.Multiple(() =>
            {
                Assert.That(inline.UserName, Is.EqualTo(userName));
                Assert.That(inline.PolicyName, Is.EqualTo(inlineName));
                Assert.That(inline.PolicyDocument, Does.StartWith("{"), "the document is percent-decoded");
                Assert.That(inline.PolicyDocument, Is.EqualTo(document));
                Assert.That(JsonNode.DeepEquals(JsonNode.Parse(inline.PolicyDocument!), JsonNode.Parse(document)), Is.True);
            });
            var inlineNames = await _client.ListUserPoliciesAsync(new ListUserPoliciesRequest { UserName = userName });
            Assert.That(inlineNames.PolicyNames, Is.EqualTo(new[] { inlineName }));

            await _client.DeleteUserPolicyAsync(new DeleteUserPolicyRequest { UserName = userName, PolicyName = inlineName });
            Assert.ThrowsAsync<NoSuchEntityException>(() => _client.GetUserPolicyAsync(new GetUserPolicyRequest { UserName = userName, PolicyName = inlineName }));
        }
        finally
        {
            if (policyArn is not null) await _client.DeletePolicyAsync(new DeletePolicyRequest { PolicyArn = policyArn });
            await _client.DeleteUserAsync(new DeleteUserRequest { UserName = userName });
        }
    }

    [Test]
    public async Task Role_AssumeRolePolicyDocument_IsDecoded()
    {
        string name = IntegrationSupport.UniqueName("role");
        const string trust = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"},"Action":"sts:AssumeRole"}]}""";
        var created = await _client.CreateRoleAsync(new CreateRoleRequest { RoleName = name, AssumeRolePolicyDocument = trust, Description = "d & <e>" });
        try
        {
            Assert.That(created.Role?.AssumeRolePolicyDocument, Is.EqualTo(trust));
            var got = await _client.GetRoleAsync(new GetRoleRequest { RoleName = name });
            Assert.Multiple(() =>
            {
                Assert.That(got.Role?.Arn, Is.EqualTo($"arn:aws:iam::{MotoServer.AccountId}:role/{name}"));
                Assert.That(got.Role?.AssumeRolePolicyDocument, Is.EqualTo(trust));
                Assert.That(got.Role?.Description, Is.EqualTo("d & <e>"));
            });
        }
        finally
        {
            await _client.DeleteRoleAsync(new DeleteRoleRequest { RoleName = name });
        }
    }

    [Test]
    public async Task AccessKeys_CreateUseListDelete()
    {
        string userName = IntegrationSupport.UniqueName("key-user");
        await _client.CreateUserAsync(new CreateUserRequest { UserName = userName });
        try
        {
            var created = await _client.CreateAccessKeyAsync(new CreateAccessKeyRequest { UserName = userName });
            var key = created.AccessKey!;
            Assert.Multiple(() =>
            {
                Assert.That(key.UserName, Is.EqualTo(userName));
                Assert.That(key.AccessKeyId, Does.StartWith("AKIA"));
                Assert.That(key.SecretAccessKey, Is.Not.Null.And.Not.Empty);
                Assert.That(key.Status, Is.EqualTo(StatusType.Active));
                Assert.That(key.CreateDate, Is.Not.Null);
            });

            var listed = await _client.ListAccessKeysAsync(new ListAccessKeysRequest { UserName = userName });
            Assert.That(listed.AccessKeyMetadata, Has.Count.EqualTo(1));
            Assert.Multiple(() =>
            {
                Assert.That(listed.AccessKeyMetadata![0].AccessKeyId, Is.EqualTo(key.AccessKeyId));
                Assert.That(listed.AccessKeyMetadata![0].Status, Is.EqualTo(StatusType.Active));
                Assert.That(listed.AccessKeyMetadata![0].UserName, Is.EqualTo(userName));
            });

            // The new key signs requests that moto verifies: STS names its user; IAM refuses it (the user has no policy).
            var keyOptions = IntegrationSupport.Options(_moto, new StaticCredentialsProvider(key.AccessKeyId!, key.SecretAccessKey!));
            using (var sts = new STSClient(keyOptions))
            {
                var identity = await sts.GetCallerIdentityAsync(new GetCallerIdentityRequest());
                Assert.That(identity.Arn, Is.EqualTo($"arn:aws:iam::{MotoServer.AccountId}:user/{userName}"));
            }
            using (var powerless = new IAMClient(keyOptions))
            {
                var denied = Assert.ThrowsAsync(Is.InstanceOf<AwsServiceException>(),
                    () => powerless.ListUsersAsync(new ListUsersRequest())) as AwsServiceException;
                Assert.That(denied!.ErrorCode, Is.EqualTo("AccessDenied"));
                Assert.That(denied.StatusCode, Is.EqualTo(403));
            }

            await _client.UpdateAccessKeyAsync(new UpdateAccessKeyRequest { UserName = userName, AccessKeyId = key.AccessKeyId, Status = StatusType.Inactive });
            listed = await _client.ListAccessKeysAsync(new ListAccessKeysRequest { UserName = userName });
            Assert.That(listed.AccessKeyMetadata?.Single().Status, Is.EqualTo(StatusType.Inactive));

            await _client.DeleteAccessKeyAsync(new DeleteAccessKeyRequest { UserName = userName, AccessKeyId = key.AccessKeyId });
            listed = await _client.ListAccessKeysAsync(new ListAccessKeysRequest { UserName = userName });
            Assert.That(listed.AccessKeyMetadata, Is.Null.Or.Empty);
        }
        finally
        {
            await _client.DeleteUserAsync(new DeleteUserRequest { UserName = userName });
        }
    }

    /// <summary>
    /// ListUsers with MaxItems=2 over five users, following IsTruncated/Marker by hand. moto 5.2.1 ignores MaxItems and
    /// Marker on ListUsers (it answers every user with IsTruncated=false), so the loop is checked for what it collects;
    /// <see cref="ListRoles_FollowsMarkers"/> checks real pages.
    /// </summary>
    [Test]
    public async Task ListUsers_FollowsMarkers()
    {
        string path = UniquePath();
        var names = Enumerable.Range(0, 5).Select(i => $"page-user-{i}-{System.Guid.NewGuid():N}").ToList();
        foreach (var name in names) await _client.CreateUserAsync(new CreateUserRequest { UserName = name, Path = path });
        try
        {
            var (items, pages) = await FollowMarkersAsync(async marker =>
            {
                var page = await _client.ListUsersAsync(new ListUsersRequest { PathPrefix = path, MaxItems = 2, Marker = marker });
                return (page.Users?.Select(u => u.UserName!).ToList() ?? new(), page.IsTruncated, page.Marker);
            });
            Assert.That(items, Is.EquivalentTo(names));
            Assert.That(items, Is.Unique);
            Assert.That(pages, Is.GreaterThanOrEqualTo(1));
        }
        finally
        {
            foreach (var name in names) await _client.DeleteUserAsync(new DeleteUserRequest { UserName = name });
        }
    }

    /// <summary>ListRoles, which moto does page: MaxItems=2 over five roles is three pages joined by markers.</summary>
    [Test]
    public async Task ListRoles_FollowsMarkers()
    {
        const string trust = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}""";
        string path = UniquePath();
        var names = Enumerable.Range(0, 5).Select(i => $"page-role-{i}-{System.Guid.NewGuid():N}").ToList();
        foreach (var name in names)
            await _client.CreateRoleAsync(new CreateRoleRequest { RoleName = name, Path = path, AssumeRolePolicyDocument = trust });
        try
        {
            var sizes = new List<int>();
            var (items, pages) = await FollowMarkersAsync(async marker =>
            {
                var page = await _client.ListRolesAsync(new ListRolesRequest { PathPrefix = path, MaxItems = 2, Marker = marker });
                sizes.Add(page.Roles?.Count ?? 0);
                if (page.IsTruncated == true) Assert.That(page.Marker, Is.Not.Null.And.Not.Empty, "a truncated page names the next marker");
                return (page.Roles?.Select(r => r.RoleName!).ToList() ?? new(), page.IsTruncated, page.Marker);
            });
            Assert.That(items, Is.EquivalentTo(names));
            Assert.That(items, Is.Unique);
            Assert.That(pages, Is.EqualTo(3));
            Assert.That(sizes, Is.EqualTo(new[] { 2, 2, 1 }));
        }
        finally
        {
            foreach (var name in names) await _client.DeleteRoleAsync(new DeleteRoleRequest { RoleName = name });
        }
    }

    private static async Task<(List<string> Items, int Pages)> FollowMarkersAsync(
        System.Func<string?, Task<(List<string> Items, bool? IsTruncated, string? Marker)>> fetch)
    {
        var items = new List<string>();
        string? marker = null;
        int pages = 0;
        while (true)
        {
            var (pageItems, truncated, next) = await fetch(marker);
            items.AddRange(pageItems);
            pages++;
            Assert.That(pages, Is.LessThan(20), "the marker loop never ended");
            if (truncated != true) break;
            Assert.That(next, Is.Not.EqualTo(marker), "the marker must move on");
            marker = next;
        }
        return (items, pages);
    }
}
