using System;
using System.IO;
using AwsCodegen.Runtime;
using AwsCodegen.Runtime.Errors;
using NUnit.Framework;

namespace AwsCodegen.Tests.Config;

[TestFixture]
public sealed class SharedConfigTests
{
    private TestEnvironment _env = null!;

    [SetUp]
    public void SetUp() => _env = new TestEnvironment();

    [TearDown]
    public void TearDown() => _env.Dispose();

    [Test]
    public void Load_WithoutFiles_ReturnsNull()
    {
        Assert.That(SharedConfig.Load(null, _env.Env), Is.Null);
    }

    [Test]
    public void Load_DefaultProfile_MergesBothFiles_CredentialsFileWins()
    {
        _env.WriteConfig("""
            [default]
            region = eu-west-1
            output = json
            aws_access_key_id = FROM_CONFIG
            """);
        _env.WriteCredentials("""
            [default]
            aws_access_key_id = FROM_CREDENTIALS
            aws_secret_access_key = secret
            """);

        var profile = SharedConfig.Load(null, _env.Env)!;

        Assert.That(profile, Is.Not.Null);
        Assert.That(profile.ProfileName, Is.EqualTo("default"));
        Assert.That(profile.ConfigPath, Is.EqualTo(_env.ConfigPath));
        Assert.That(profile.CredentialsPath, Is.EqualTo(_env.CredentialsPath));
        Assert.That(profile.Get("region"), Is.EqualTo("eu-west-1"));
        Assert.That(profile.Get("output"), Is.EqualTo("json"));
        Assert.That(profile.Get("aws_access_key_id"), Is.EqualTo("FROM_CREDENTIALS"));
        Assert.That(profile.Get("aws_secret_access_key"), Is.EqualTo("secret"));
        Assert.That(profile.Get("nope"), Is.Null);
    }

    [Test]
    public void Load_NamedProfile_IsProfileSectionInConfigAndPlainSectionInCredentials()
    {
        _env.WriteConfig("""
            [default]
            region = us-east-1
            [profile dev]
            region = ap-south-1
            [dev]
            region = ignored-in-config-file
            """);
        _env.WriteCredentials("""
            [dev]
            aws_access_key_id = DEV
            [profile dev]
            aws_access_key_id = NOT_A_CREDENTIALS_FILE_PROFILE
            """);

        var profile = SharedConfig.Load("dev", _env.Env)!;

        Assert.That(profile.ProfileName, Is.EqualTo("dev"));
        Assert.That(profile.Get("region"), Is.EqualTo("ap-south-1"));
        Assert.That(profile.Get("aws_access_key_id"), Is.EqualTo("DEV"));
    }

    [Test]
    public void Load_ProfileOnlyInCredentialsFile_Exists()
    {
        _env.WriteCredentials("[ci]\naws_access_key_id = CI\n");
        Assert.That(SharedConfig.Load("ci", _env.Env)!.Get("aws_access_key_id"), Is.EqualTo("CI"));
    }

    [Test]
    public void Load_ConfigSectionWithoutProfilePrefix_IsNotAProfile()
    {
        _env.WriteConfig("[dev]\nregion = eu-west-1\n");
        _env["AWS_DEFAULT_PROFILE"] = "dev";
        Assert.That(SharedConfig.Load(null, _env.Env), Is.Null);
    }

    [Test]
    public void Load_ProfileDefaultSection_IsTheDefaultProfile_AndWinsOverPlainDefault()
    {
        _env.WriteConfig("""
            [default]
            region = from-default
            output = text
            [profile default]
            region = from-profile-default
            """);

        var profile = SharedConfig.Load(null, _env.Env)!;

        Assert.That(profile.Get("region"), Is.EqualTo("from-profile-default"));
        Assert.That(profile.Get("output"), Is.EqualTo("text"));
    }

    [Test]
    public void ProfileName_ParameterBeatsAwsProfileBeatsAwsDefaultProfileBeatsDefault()
    {
        _env.WriteConfig("""
            [default]
            region = r-default
            [profile a]
            region = r-a
            [profile b]
            region = r-b
            [profile c]
            region = r-c
            """);

        Assert.That(SharedConfig.Load(null, _env.Env)!.Get("region"), Is.EqualTo("r-default"));
        _env["AWS_DEFAULT_PROFILE"] = "c";
        Assert.That(SharedConfig.Load(null, _env.Env)!.Get("region"), Is.EqualTo("r-c"));
        _env["AWS_PROFILE"] = "b";
        Assert.That(SharedConfig.Load(null, _env.Env)!.Get("region"), Is.EqualTo("r-b"));
        Assert.That(SharedConfig.Load("a", _env.Env)!.Get("region"), Is.EqualTo("r-a"));
        // Empty values count as unset.
        _env["AWS_PROFILE"] = "";
        Assert.That(SharedConfig.Load("", _env.Env)!.Get("region"), Is.EqualTo("r-c"));
    }

    [Test]
    public void Load_ExplicitProfileThatDoesNotExist_Throws_NamingProfileAndFiles()
    {
        _env.WriteConfig("[default]\nregion = us-east-1\n");

        var e = Assert.Throws<AwsClientException>(() => SharedConfig.Load("missing", _env.Env))!;

        Assert.That(e.Message, Does.Contain("The config profile (missing) could not be found"));
        Assert.That(e.Message, Does.Contain(_env.ConfigPath));
        Assert.That(e.Message, Does.Contain(_env.CredentialsPath + " (no such file)"));
    }

    [Test]
    public void Load_ProfileFromAwsProfileThatDoesNotExist_Throws_EvenWithoutFiles()
    {
        _env["AWS_PROFILE"] = "ghost";
        var e = Assert.Throws<AwsClientException>(() => SharedConfig.Load(null, _env.Env))!;
        Assert.That(e.Message, Does.Contain("(ghost)"));
    }

    [Test]
    public void Load_ImplicitProfileThatDoesNotExist_ReturnsNull()
    {
        _env.WriteConfig("[profile other]\nregion = us-east-1\n");
        Assert.That(SharedConfig.Load(null, _env.Env), Is.Null);
        _env["AWS_DEFAULT_PROFILE"] = "ghost";
        Assert.That(SharedConfig.Load(null, _env.Env), Is.Null);
    }

    [Test]
    public void FileLocations_ComeFromEnvironmentVariables_WithTildeExpandedFromHome()
    {
        string config = _env.Write("elsewhere/my-config", "[profile x]\nregion = from-custom-config\n");
        string credentials = _env.Write("elsewhere/my-credentials", "[x]\naws_access_key_id = CUSTOM\n");
        _env.WriteConfig("[profile x]\nregion = from-default-location\n");
        _env["AWS_CONFIG_FILE"] = config;
        _env["AWS_SHARED_CREDENTIALS_FILE"] = "~/elsewhere/my-credentials";

        var profile = SharedConfig.Load("x", _env.Env)!;

        Assert.That(profile.Get("region"), Is.EqualTo("from-custom-config"));
        Assert.That(profile.Get("aws_access_key_id"), Is.EqualTo("CUSTOM"));
        Assert.That(profile.ConfigPath, Is.EqualTo(config));
        Assert.That(profile.CredentialsPath, Is.EqualTo(credentials));
    }

    [Test]
    public void HomeDirectory_FallsBackToUserProfile()
    {
        _env.WriteConfig("[default]\nregion = from-userprofile-home\n");
        _env.Variables.Remove("HOME");
        _env["USERPROFILE"] = _env.Home;

        Assert.That(SharedConfig.Load(null, _env.Env)!.Get("region"), Is.EqualTo("from-userprofile-home"));
    }

    [Test]
    public void Parse_CommentsWhitespaceAndCase()
    {
        _env.WriteConfig("""
            # a comment
            ; another comment
               # an indented comment before any section

            [  profile    spaced   ]   # comment after a header
              Region   =   eu-central-1   # trailing comment
            output=json;not-a-comment
            url = https://example.com/#fragment
            semi = a ; comment
            empty =
            """);

        var profile = SharedConfig.Load("spaced", _env.Env)!;

        Assert.That(profile.Get("region"), Is.EqualTo("eu-central-1"));
        Assert.That(profile.Get("REGION"), Is.EqualTo("eu-central-1"));
        Assert.That(profile.Get("output"), Is.EqualTo("json;not-a-comment"));
        Assert.That(profile.Get("url"), Is.EqualTo("https://example.com/#fragment"));
        Assert.That(profile.Get("semi"), Is.EqualTo("a"));
        Assert.That(profile.Get("empty"), Is.EqualTo(""));
    }

    [Test]
    public void Parse_CrLfAndByteOrderMark()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_env.ConfigPath)!);
        File.WriteAllText(_env.ConfigPath, "\uFEFF[default]\r\nregion = us-west-2\r\noutput = yaml\r\n");

        var profile = SharedConfig.Load(null, _env.Env)!;

        Assert.That(profile.Get("region"), Is.EqualTo("us-west-2"));
        Assert.That(profile.Get("output"), Is.EqualTo("yaml"));
    }

    [Test]
    public void Parse_SubSections_BecomeDottedKeys()
    {
        _env.WriteConfig("""
            [default]
            s3 =
              addressing_style = path
              # a comment inside the sub-section
              use_accelerate_endpoint = true
            region = us-east-1
            dynamodb =
                endpoint_url = http://localhost:8000
            """);

        var profile = SharedConfig.Load(null, _env.Env)!;

        Assert.That(profile.Get("s3.addressing_style"), Is.EqualTo("path"));
        Assert.That(profile.Get("s3.use_accelerate_endpoint"), Is.EqualTo("true"));
        Assert.That(profile.Get("S3.Addressing_Style"), Is.EqualTo("path"));
        Assert.That(profile.Get("region"), Is.EqualTo("us-east-1"));
        Assert.That(profile.Get("dynamodb.endpoint_url"), Is.EqualTo("http://localhost:8000"));
        Assert.That(profile.Get("addressing_style"), Is.Null);
    }

    [Test]
    public void Parse_IndentedLineAfterAValue_ContinuesIt()
    {
        _env.WriteConfig("""
            [default]
            credential_process = /bin/tool
               --flag value
            region = us-east-1
            """);

        var profile = SharedConfig.Load(null, _env.Env)!;

        Assert.That(profile.Get("credential_process"), Is.EqualTo("/bin/tool\n--flag value"));
        Assert.That(profile.Get("region"), Is.EqualTo("us-east-1"));
    }

    [Test]
    public void Parse_RepeatedSectionsMerge_LaterKeysWin()
    {
        _env.WriteConfig("""
            [default]
            region = first
            output = json
            [profile other]
            region = x
            [default]
            region = second
            """);

        var profile = SharedConfig.Load(null, _env.Env)!;

        Assert.That(profile.Get("region"), Is.EqualTo("second"));
        Assert.That(profile.Get("output"), Is.EqualTo("json"));
    }

    [TestCase("region = us-east-1\n[default]\n", 1, "before any [section]")]
    [TestCase("[default]\nregion = us-east-1\n[profile broken\n", 3, "closing ']'")]
    [TestCase("[default]\n\n# c\nthis line has no equals sign\n", 4, "'name = value'")]
    [TestCase("[default]\ns3 =\n  addressing_style path\n", 3, "sub-property of 's3'")]
    [TestCase("[default]\n = value\n", 2, "no name")]
    [TestCase("[]\n", 1, "section name is empty")]
    [TestCase("[default] trailing\n", 1, "after the section header")]
    public void Parse_Errors_NameTheFileAndLine(string text, int line, string expected)
    {
        _env.WriteConfig(text);

        var e = Assert.Throws<AwsClientException>(() => SharedConfig.Load(null, _env.Env))!;

        Assert.That(e.Message, Does.Contain(_env.ConfigPath));
        Assert.That(e.Message, Does.Contain($"line {line}:"));
        Assert.That(e.Message, Does.Contain(expected));
    }

    [Test]
    public void Parse_Error_DoesNotEchoTheLine()
    {
        _env.WriteCredentials("[default]\naws_secret_access_key wJalrXUtnFEMI/K7MDENG\n");
        var e = Assert.Throws<AwsClientException>(() => SharedConfig.Load(null, _env.Env))!;
        Assert.That(e.Message, Does.Not.Contain("wJalr"));
        Assert.That(e.Message, Does.Contain(_env.CredentialsPath).And.Contain("line 2"));
    }

    [Test]
    public void Files_AreCachedByModificationTime_AndReReadWhenChanged()
    {
        string path = _env.WriteConfig("[default]\nregion = one\n");
        var firstWrite = new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(path, firstWrite);

        var first = SharedConfigFileCache.Read(path);
        Assert.That(SharedConfigFileCache.Read(path), Is.SameAs(first), "an unchanged file is parsed once");
        Assert.That(SharedConfig.Load(null, _env.Env)!.Get("region"), Is.EqualTo("one"));

        // Same length, new time: read again.
        File.WriteAllText(path, "[default]\nregion = two\n");
        File.SetLastWriteTimeUtc(path, firstWrite.AddSeconds(1));
        Assert.That(SharedConfigFileCache.Read(path), Is.Not.SameAs(first));
        Assert.That(SharedConfig.Load(null, _env.Env)!.Get("region"), Is.EqualTo("two"));

        // Deleted: gone.
        File.Delete(path);
        Assert.That(SharedConfig.Load(null, _env.Env), Is.Null);
    }

    [Test]
    public void GetSection_And_GetProfile_ReadTheSameFiles()
    {
        _env.WriteConfig("""
            [profile dev]
            sso_session = corp
            [sso-session   corp]
            sso_region = us-east-2
            sso_start_url = https://corp.awsapps.com/start
            [profile base]
            region = eu-north-1
            """);
        _env.WriteCredentials("[base]\naws_access_key_id = BASE\n");

        var dev = SharedConfig.Load("dev", _env.Env)!;

        var session = dev.GetSection("sso-session", "corp");
        Assert.That(session, Is.Not.Null);
        Assert.That(session!["sso_region"], Is.EqualTo("us-east-2"));
        Assert.That(dev.GetSection("sso-session", "nope"), Is.Null);
        var baseProfile = dev.GetProfile("base")!;
        Assert.That(baseProfile.Get("region"), Is.EqualTo("eu-north-1"));
        Assert.That(baseProfile.Get("aws_access_key_id"), Is.EqualTo("BASE"));
        Assert.That(dev.GetProfile("missing"), Is.Null);
    }
}
