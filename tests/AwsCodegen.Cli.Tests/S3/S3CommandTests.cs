using System;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using AwsCodegen.Cli.Engine;
using AwsCodegen.Tests.Infrastructure;
using NUnit.Framework;

namespace AwsCodegen.Cli.Tests.S3;

/// <summary>
/// <c>awscg s3 ...</c> against moto, in-process, and where practical compared line by line with aws-cli 1.45.11
/// running the same command against the same moto.
/// </summary>
[TestFixture]
[Category("Integration")]
public sealed class S3CommandTests
{
    private MotoServer _moto = null!;
    private S3Harness _cli = null!;

    [OneTimeSetUp]
    public async Task StartMoto()
    {
        // One private moto for the fixture. Without signature checks: moto checks a signature against the query as werkzeug
        // decoded it, so a correctly signed "prefix=p%2F" fails there (for aws-cli too).
        _moto = await MotoServer.StartAsync(authentication: false);
        _cli = new S3Harness(_moto);
    }

    [OneTimeTearDown]
    public void StopMoto()
    {
        _cli?.Dispose();
        _moto?.Dispose();
    }

    private async Task<string> MakeBucketAsync(string hint)
    {
        string bucket = S3Harness.NewBucket(hint);
        var made = await _cli.RunAsync(_cli.Root, "s3", "mb", "s3://" + bucket);
        Assert.That(made.ExitCode, Is.EqualTo(0), made.ToString());
        Assert.That(made.Stdout, Is.EqualTo("make_bucket: " + bucket + "\n"));
        return bucket;
    }

    private static void Write(string directory, string relative, string text)
    {
        string path = Path.Combine(directory, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private string Tree()
    {
        string dir = _cli.NewDirectory("tree");
        Write(dir, "a.txt", "alpha\n");
        Write(dir, "b.json", "{\"b\":1}\n");
        Write(dir, "sub/c.txt", "charlie charlie\n");
        Write(dir, "sub/deep/d.log", "delta\n");
        Write(dir, "sub-x/e.txt", "echo\n");
        // S3 keeps whole seconds: a file written within the second of its upload would look newer than its object.
        foreach (var file in Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories))
            File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddSeconds(-10));
        return dir;
    }

    private static string[] Sorted(System.Collections.Generic.IEnumerable<string> lines, string? from = null, string? to = null) =>
        lines.Select(l => from is null ? l : l.Replace(from, to!, StringComparison.Ordinal)).OrderBy(l => l, StringComparer.Ordinal).ToArray();

    [Test]
    public async Task MakeBucket_ListBuckets_RemoveBucket_AsAwsCli()
    {
        string bucket = await MakeBucketAsync("mb");
        var ours = await _cli.RunAsync(_cli.Root, "s3", "ls");
        var theirs = await _cli.RunAwsAsync(_cli.Root, "s3", "ls");
        Assert.That(ours.ExitCode, Is.EqualTo(0), ours.ToString());
        Assert.That(ours.Lines, Is.EqualTo(theirs.Lines));
        Assert.That(ours.Lines.Any(l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d " + bucket + "$")), ours.Stdout);

        // us-east-1 answers a second CreateBucket of one's own bucket with success, as S3 does there.
        var again = await _cli.RunAsync(_cli.Root, "s3", "mb", "s3://" + bucket);
        var againAws = await _cli.RunAwsAsync(_cli.Root, "s3", "mb", "s3://" + bucket);
        Assert.That(again.ExitCode, Is.EqualTo(againAws.ExitCode));
        Assert.That(again.Stdout, Is.EqualTo(againAws.Stdout));
        var elsewhere = await _cli.RunAsync(_cli.Root, "s3", "mb", "s3://" + bucket, "--region", "eu-west-1");
        var elsewhereAws = await _cli.RunAwsAsync(_cli.Root, "s3", "mb", "s3://" + bucket, "--region", "eu-west-1");
        Assert.That(elsewhere.ExitCode, Is.EqualTo(1), elsewhere.ToString());
        Assert.That(elsewhere.Stderr, Is.EqualTo(elsewhereAws.Stderr));
        Assert.That(elsewhere.Stderr, Does.StartWith($"make_bucket failed: s3://{bucket} An error occurred (BucketAlreadyOwnedByYou) when calling the CreateBucket operation"));

        var removed = await _cli.RunAsync(_cli.Root, "s3", "rb", "s3://" + bucket);
        Assert.That(removed.ExitCode, Is.EqualTo(0), removed.ToString());
        Assert.That(removed.Stdout, Is.EqualTo("remove_bucket: " + bucket + "\n"));
    }

    [Test]
    public async Task RecursiveUpload_PrintsAwsCliLines_AndLsMatches()
    {
        string tree = Tree();
        string ours = await MakeBucketAsync("up");
        string theirs = await MakeBucketAsync("upaws");
        var up = await _cli.RunAsync(tree, "s3", "cp", ".", "s3://" + ours + "/p/", "--recursive");
        var upAws = await _cli.RunAwsAsync(tree, "s3", "cp", ".", "s3://" + theirs + "/p/", "--recursive");
        Assert.That(up.ExitCode, Is.EqualTo(0), up.ToString());
        Assert.That(up.Stdout, Does.Not.Contain("\r"));
        Assert.That(Sorted(up.TransferLines), Is.EqualTo(Sorted(upAws.TransferLines, theirs, ours)));
        Assert.That(up.TransferLines, Does.Contain($"upload: ./a.txt to s3://{ours}/p/a.txt"));
        Assert.That(up.TransferLines, Does.Contain($"upload: sub/deep/d.log to s3://{ours}/p/sub/deep/d.log"));

        foreach (var args in new[]
        {
            new[] { "s3", "ls", "s3://{b}/p/" },
            new[] { "s3", "ls", "s3://{b}/p/sub" },
            new[] { "s3", "ls", "s3://{b}" },
            new[] { "s3", "ls", "s3://{b}/p/", "--recursive" },
            new[] { "s3", "ls", "s3://{b}/p/", "--recursive", "--human-readable", "--summarize" },
        })
        {
            var listed = await _cli.RunAsync(tree, args.Select(a => a.Replace("{b}", ours)).ToArray());
            var listedAws = await _cli.RunAwsAsync(tree, args.Select(a => a.Replace("{b}", ours)).ToArray());
            Assert.That(listed.ExitCode, Is.EqualTo(listedAws.ExitCode), string.Join(" ", args) + "\n" + listed);
            Assert.That(listed.Stdout, Is.EqualTo(listedAws.Stdout), string.Join(" ", args));
        }
        var pre = await _cli.RunAsync(tree, "s3", "ls", $"s3://{ours}/p/");
        Assert.That(pre.Lines, Does.Contain("                           PRE sub/"));
        Assert.That(pre.Lines.Any(l => l.EndsWith("          6 a.txt", StringComparison.Ordinal)), pre.Stdout);

        var none = await _cli.RunAsync(tree, "s3", "ls", $"s3://{ours}/nothing-here");
        Assert.That(none.ExitCode, Is.EqualTo(1));
        Assert.That(none.Stdout, Is.Empty);
    }

    [Test]
    public async Task Download_Recursive_AndSingle_AsAwsCli()
    {
        string tree = Tree();
        string bucket = await MakeBucketAsync("down");
        Assert.That((await _cli.RunAsync(tree, "s3", "cp", ".", "s3://" + bucket, "--recursive", "--quiet")).ExitCode, Is.EqualTo(0));
        string ours = _cli.NewDirectory("down-ours");
        string theirs = _cli.NewDirectory("down-aws");
        var down = await _cli.RunAsync(ours, "s3", "cp", "s3://" + bucket, "out", "--recursive");
        var downAws = await _cli.RunAwsAsync(theirs, "s3", "cp", "s3://" + bucket, "out", "--recursive");
        Assert.That(down.ExitCode, Is.EqualTo(0), down.ToString());
        Assert.That(Sorted(down.TransferLines), Is.EqualTo(Sorted(downAws.TransferLines)));
        Assert.That(File.ReadAllText(Path.Combine(ours, "out/sub/deep/d.log")), Is.EqualTo("delta\n"));

        var single = await _cli.RunAsync(ours, "s3", "cp", $"s3://{bucket}/sub/c.txt", ".");
        var singleAws = await _cli.RunAwsAsync(theirs, "s3", "cp", $"s3://{bucket}/sub/c.txt", ".");
        Assert.That(single.TransferLines, Is.EqualTo(singleAws.TransferLines));
        Assert.That(single.TransferLines, Is.EqualTo(new[] { $"download: s3://{bucket}/sub/c.txt to ./c.txt" }));
        Assert.That(File.ReadAllText(Path.Combine(ours, "c.txt")), Is.EqualTo("charlie charlie\n"));

        var missing = await _cli.RunAsync(ours, "s3", "cp", $"s3://{bucket}/absent.txt", ".");
        var missingAws = await _cli.RunAwsAsync(theirs, "s3", "cp", $"s3://{bucket}/absent.txt", ".");
        Assert.That(missing.ExitCode, Is.EqualTo(1));
        Assert.That(missing.ExitCode, Is.EqualTo(missingAws.ExitCode));
        Assert.That(missing.Stderr.Trim(), Is.EqualTo(missingAws.Stderr.Trim()));
        Assert.That(missing.Stderr, Is.EqualTo("fatal error: An error occurred (404) when calling the HeadObject operation: Key \"absent.txt\" does not exist\n"));
    }

    [Test]
    public async Task MissingBucket_Errors_AsAwsCli()
    {
        string bucket = S3Harness.NewBucket("missing");
        var ls = await _cli.RunAsync(_cli.Root, "s3", "ls", "s3://" + bucket);
        Assert.That(ls.ExitCode, Is.EqualTo(254), ls.ToString());
        Assert.That(ls.Stderr, Is.EqualTo("\nAn error occurred (NoSuchBucket) when calling the ListObjectsV2 operation: The specified bucket does not exist\n"));
        var lsAws = await _cli.RunAwsAsync(_cli.Root, "s3", "ls", "s3://" + bucket);
        Assert.That(ls.Stderr, Is.EqualTo(lsAws.Stderr));

        string dir = _cli.NewDirectory("missing");
        var cp = await _cli.RunAsync(dir, "s3", "cp", "s3://" + bucket, ".", "--recursive");
        var cpAws = await _cli.RunAwsAsync(dir, "s3", "cp", "s3://" + bucket, ".", "--recursive");
        Assert.That(cp.ExitCode, Is.EqualTo(1));
        Assert.That(cp.Stderr, Is.EqualTo(cpAws.Stderr));
        Assert.That(cp.Stderr, Is.EqualTo("fatal error: An error occurred (NoSuchBucket) when calling the ListObjectsV2 operation: The specified bucket does not exist\n"));

        Write(dir, "f.txt", "f");
        var up = await _cli.RunAsync(dir, "s3", "cp", "f.txt", $"s3://{bucket}/f.txt");
        var upAws = await _cli.RunAwsAsync(dir, "s3", "cp", "f.txt", $"s3://{bucket}/f.txt");
        Assert.That(up.ExitCode, Is.EqualTo(1));
        Assert.That(up.Stderr, Is.EqualTo(upAws.Stderr));
        Assert.That(up.Stderr, Does.StartWith($"upload failed: ./f.txt to s3://{bucket}/f.txt An error occurred (NoSuchBucket) when calling the PutObject operation"));

        var local = await _cli.RunAsync(dir, "s3", "cp", "nope.txt", $"s3://{bucket}/");
        Assert.That(local.ExitCode, Is.EqualTo(255));
        Assert.That(local.Stderr, Is.EqualTo("\nThe user-provided path nope.txt does not exist.\n"));
    }

    [Test]
    public async Task Multipart_20MiB_RoundTrip()
    {
        string bucket = await MakeBucketAsync("mpu");
        string dir = _cli.NewDirectory("mpu");
        byte[] data = RandomNumberGenerator.GetBytes(20 * 1024 * 1024 + 123);
        File.WriteAllBytes(Path.Combine(dir, "big.bin"), data);
        var up = await _cli.RunAsync(dir, "s3", "cp", "big.bin", $"s3://{bucket}/big.bin");
        Assert.That(up.ExitCode, Is.EqualTo(0), up.ToString());
        Assert.That(up.TransferLines, Is.EqualTo(new[] { $"upload: ./big.bin to s3://{bucket}/big.bin" }));

        var head = await _cli.RunAwsAsync(dir, "s3api", "head-object", "--bucket", bucket, "--key", "big.bin");
        using (var json = JsonDocument.Parse(head.Stdout))
        {
            Assert.That(json.RootElement.GetProperty("ContentLength").GetInt64(), Is.EqualTo(data.Length));
            Assert.That(json.RootElement.GetProperty("ETag").GetString(), Does.EndWith("-3\""), "three 8 MiB parts");
        }

        var down = await _cli.RunAsync(dir, "s3", "cp", $"s3://{bucket}/big.bin", "back.bin");
        Assert.That(down.ExitCode, Is.EqualTo(0), down.ToString());
        Assert.That(down.TransferLines, Is.EqualTo(new[] { $"download: s3://{bucket}/big.bin to ./back.bin" }));
        Assert.That(File.ReadAllBytes(Path.Combine(dir, "back.bin")), Is.EqualTo(data));

        var downAws = await _cli.RunAwsAsync(dir, "s3", "cp", $"s3://{bucket}/big.bin", "aws.bin");
        Assert.That(downAws.ExitCode, Is.EqualTo(0), downAws.ToString());
        Assert.That(File.ReadAllBytes(Path.Combine(dir, "aws.bin")), Is.EqualTo(data));

        var copy = await _cli.RunAsync(dir, "s3", "cp", $"s3://{bucket}/big.bin", $"s3://{bucket}/copy.bin");
        Assert.That(copy.TransferLines, Is.EqualTo(new[] { $"copy: s3://{bucket}/big.bin to s3://{bucket}/copy.bin" }), copy.ToString());
        var viaStdout = await _cli.RunAsync(dir, "s3", "cp", $"s3://{bucket}/copy.bin", "-");
        Assert.That(viaStdout.StdoutBytes, Is.EqualTo(data));
    }

    [Test]
    public async Task Stdin_And_Stdout_Streams()
    {
        string bucket = await MakeBucketAsync("stream");
        string dir = _cli.NewDirectory("stream");
        byte[] small = Encoding.UTF8.GetBytes("from stdin\n");
        var put = await _cli.RunAsync(dir, small, null, "s3", "cp", "-", $"s3://{bucket}/small.txt");
        Assert.That(put.ExitCode, Is.EqualTo(0), put.ToString());
        Assert.That(put.Stdout, Is.Empty, "streams print only errors");
        var get = await _cli.RunAsync(dir, "s3", "cp", $"s3://{bucket}/small.txt", "-");
        Assert.That(get.StdoutBytes, Is.EqualTo(small));

        byte[] large = RandomNumberGenerator.GetBytes(17 * 1024 * 1024 + 5);
        var putLarge = await _cli.RunAsync(dir, large, null, "s3", "cp", "-", $"s3://{bucket}/large.bin");
        Assert.That(putLarge.ExitCode, Is.EqualTo(0), putLarge.ToString());
        var head = await _cli.RunAwsAsync(dir, "s3api", "head-object", "--bucket", bucket, "--key", "large.bin");
        Assert.That(head.Stdout, Does.Contain("-3\\\""), "a streamed multipart upload of three parts");
        var getLarge = await _cli.RunAsync(dir, "s3", "cp", $"s3://{bucket}/large.bin", "-");
        Assert.That(getLarge.StdoutBytes, Is.EqualTo(large));
        var theirs = await _cli.RunAwsAsync(dir, "s3", "cp", $"s3://{bucket}/large.bin", "-");
        Assert.That(theirs.StdoutBytes, Is.EqualTo(large));

        var missing = await _cli.RunAsync(dir, "s3", "cp", $"s3://{bucket}/none", "-");
        var missingAws = await _cli.RunAwsAsync(dir, "s3", "cp", $"s3://{bucket}/none", "-");
        Assert.That(missing.ExitCode, Is.EqualTo(1));
        Assert.That(missing.Stderr, Is.EqualTo(missingAws.Stderr));

        var recursive = await _cli.RunAsync(dir, "s3", "cp", "-", $"s3://{bucket}/", "--recursive");
        Assert.That(recursive.ExitCode, Is.EqualTo(255));
        Assert.That(recursive.Stderr, Is.EqualTo("\nStreaming currently is only compatible with non-recursive cp commands\n"));
    }

    [Test]
    public async Task Sync_TwiceTransfersNothing_ThenChangesAndDeletes()
    {
        string tree = Tree();
        string bucket = await MakeBucketAsync("sync");
        string other = await MakeBucketAsync("syncaws");
        var first = await _cli.RunAsync(tree, "s3", "sync", ".", $"s3://{bucket}/s");
        var firstAws = await _cli.RunAwsAsync(tree, "s3", "sync", ".", $"s3://{other}/s");
        Assert.That(first.ExitCode, Is.EqualTo(0), first.ToString());
        Assert.That(first.TransferLines, Has.Count.EqualTo(5));
        Assert.That(Sorted(first.TransferLines), Is.EqualTo(Sorted(firstAws.TransferLines, other, bucket)));

        var second = await _cli.RunAsync(tree, "s3", "sync", ".", $"s3://{bucket}/s");
        Assert.That(second.ExitCode, Is.EqualTo(0), second.ToString());
        Assert.That(second.Stdout, Is.Empty);
        var secondAws = await _cli.RunAwsAsync(tree, "s3", "sync", ".", $"s3://{bucket}/s");
        Assert.That(secondAws.TransferLines, Is.Empty, "aws-cli sees our upload as in sync too");

        File.WriteAllText(Path.Combine(tree, "a.txt"), "alpha, longer now\n");
        File.Delete(Path.Combine(tree, "sub/c.txt"));
        var dry = await _cli.RunAsync(tree, "s3", "sync", ".", $"s3://{bucket}/s", "--delete", "--dryrun");
        var dryAws = await _cli.RunAwsAsync(tree, "s3", "sync", ".", $"s3://{bucket}/s", "--delete", "--dryrun");
        Assert.That(Sorted(dry.TransferLines), Is.EqualTo(Sorted(dryAws.TransferLines)));
        Assert.That(Sorted(dry.TransferLines), Is.EqualTo(new[]
        {
            $"(dryrun) delete: s3://{bucket}/s/sub/c.txt",
            $"(dryrun) upload: ./a.txt to s3://{bucket}/s/a.txt",
        }));
        var third = await _cli.RunAsync(tree, "s3", "sync", ".", $"s3://{bucket}/s", "--delete");
        Assert.That(Sorted(third.TransferLines), Is.EqualTo(new[] { $"delete: s3://{bucket}/s/sub/c.txt", $"upload: ./a.txt to s3://{bucket}/s/a.txt" }));

        string local = _cli.NewDirectory("sync-down");
        var down = await _cli.RunAsync(local, "s3", "sync", $"s3://{bucket}/s", ".");
        Assert.That(down.TransferLines, Has.Count.EqualTo(4), down.ToString());
        Assert.That(down.TransferLines, Does.Contain($"download: s3://{bucket}/s/sub/deep/d.log to sub/deep/d.log"));
        var downAgain = await _cli.RunAsync(local, "s3", "sync", $"s3://{bucket}/s", ".");
        Assert.That(downAgain.Stdout, Is.Empty, downAgain.ToString());
        var downAws = await _cli.RunAwsAsync(local, "s3", "sync", $"s3://{bucket}/s", ".");
        Assert.That(downAws.TransferLines, Is.Empty, "aws-cli sees our download times as in sync");

        File.WriteAllText(Path.Combine(local, "extra.txt"), "x");
        var sizeOnly = await _cli.RunAsync(local, "s3", "sync", $"s3://{bucket}/s", ".", "--delete", "--size-only");
        Assert.That(sizeOnly.TransferLines, Is.EqualTo(new[] { "delete: ./extra.txt" }));
        Assert.That(File.Exists(Path.Combine(local, "extra.txt")), Is.False);
    }

    [Test]
    public async Task IncludeExclude_FilterOrder_AsAwsCli()
    {
        string tree = Tree();
        string bucket = await MakeBucketAsync("filter");
        foreach (var filters in new[]
        {
            new[] { "--exclude", "*", "--include", "*.txt" },
            new[] { "--include", "*.txt", "--exclude", "*" },
            new[] { "--exclude", "sub/*" },
            new[] { "--exclude", "sub*", "--include", "sub/deep/*" },
            new[] { "--exclude", "*.[jl]*" },
        })
        {
            var args = new[] { "s3", "cp", ".", $"s3://{bucket}/f/", "--recursive", "--dryrun" }.Concat(filters).ToArray();
            var ours = await _cli.RunAsync(tree, args);
            var theirs = await _cli.RunAwsAsync(tree, args);
            Assert.That(ours.ExitCode, Is.EqualTo(0), ours.ToString());
            Assert.That(Sorted(ours.TransferLines), Is.EqualTo(Sorted(theirs.TransferLines)), string.Join(" ", filters));
        }
        var onlyText = await _cli.RunAsync(tree, "s3", "cp", ".", $"s3://{bucket}/f/", "--recursive", "--exclude", "*", "--include", "*.txt");
        Assert.That(onlyText.TransferLines, Has.Count.EqualTo(3), onlyText.ToString());
        var listed = await _cli.RunAsync(tree, "s3", "ls", $"s3://{bucket}/f/", "--recursive");
        Assert.That(listed.Lines.Select(l => l.Split(' ').Last()), Is.EquivalentTo(new[] { "f/a.txt", "f/sub/c.txt", "f/sub-x/e.txt" }));

        var dry = await _cli.RunAsync(tree, "s3", "rm", $"s3://{bucket}/f/", "--recursive", "--dryrun", "--exclude", "*/e.txt");
        var dryAws = await _cli.RunAwsAsync(tree, "s3", "rm", $"s3://{bucket}/f/", "--recursive", "--dryrun", "--exclude", "*/e.txt");
        Assert.That(Sorted(dry.TransferLines), Is.EqualTo(Sorted(dryAws.TransferLines)));
        Assert.That(dry.TransferLines, Has.Count.EqualTo(2));
    }

    [Test]
    public async Task Rm_Recursive_And_Rb_Force()
    {
        string tree = Tree();
        string bucket = await MakeBucketAsync("rm");
        Assert.That((await _cli.RunAsync(tree, "s3", "cp", ".", $"s3://{bucket}/", "--recursive", "--quiet")).ExitCode, Is.EqualTo(0));
        var one = await _cli.RunAsync(tree, "s3", "rm", $"s3://{bucket}/a.txt");
        Assert.That(one.TransferLines, Is.EqualTo(new[] { $"delete: s3://{bucket}/a.txt" }));
        var rm = await _cli.RunAsync(tree, "s3", "rm", $"s3://{bucket}/sub/", "--recursive");
        Assert.That(Sorted(rm.TransferLines), Is.EqualTo(new[] { $"delete: s3://{bucket}/sub/c.txt", $"delete: s3://{bucket}/sub/deep/d.log" }));
        var left = await _cli.RunAsync(tree, "s3", "ls", $"s3://{bucket}", "--recursive");
        Assert.That(left.Lines.Select(l => l.Split(' ').Last()), Is.EqualTo(new[] { "b.json", "sub-x/e.txt" }));

        var notEmpty = await _cli.RunAsync(tree, "s3", "rb", $"s3://{bucket}");
        var notEmptyAws = await _cli.RunAwsAsync(tree, "s3", "rb", $"s3://{bucket}");
        Assert.That(notEmpty.ExitCode, Is.EqualTo(1));
        Assert.That(notEmpty.Stderr, Is.EqualTo(notEmptyAws.Stderr));

        var forced = await _cli.RunAsync(tree, "s3", "rb", $"s3://{bucket}", "--force");
        Assert.That(forced.ExitCode, Is.EqualTo(0), forced.ToString());
        Assert.That(Sorted(forced.TransferLines), Is.EqualTo(new[] { $"delete: s3://{bucket}/b.json", $"delete: s3://{bucket}/sub-x/e.txt", $"remove_bucket: {bucket}" }));
    }

    [Test]
    public async Task Mv_ContentType_AndDryrun()
    {
        string bucket = await MakeBucketAsync("mv");
        string dir = _cli.NewDirectory("mv");
        Write(dir, "m.txt", "move me");
        Write(dir, "page.html", "<p>");
        var dry = await _cli.RunAsync(dir, "s3", "mv", "m.txt", $"s3://{bucket}/");
        Assert.That(dry.TransferLines, Is.EqualTo(new[] { $"move: ./m.txt to s3://{bucket}/m.txt" }), dry.ToString());
        Assert.That(File.Exists(Path.Combine(dir, "m.txt")), Is.False);

        var dryrun = await _cli.RunAsync(dir, "s3", "cp", "page.html", $"s3://{bucket}/dry.html", "--dryrun");
        Assert.That(dryrun.TransferLines, Is.EqualTo(new[] { $"(dryrun) upload: ./page.html to s3://{bucket}/dry.html" }));
        var absent = await _cli.RunAsync(dir, "s3", "ls", $"s3://{bucket}/dry.html");
        Assert.That(absent.ExitCode, Is.EqualTo(1), "a dry run sends nothing");

        await _cli.RunAsync(dir, "s3", "cp", "page.html", $"s3://{bucket}/guessed");
        await _cli.RunAsync(dir, "s3", "cp", "page.html", $"s3://{bucket}/given", "--content-type", "text/x-special");
        Assert.That(await ContentTypeAsync(bucket, "guessed"), Is.EqualTo("text/html"));
        Assert.That(await ContentTypeAsync(bucket, "given"), Is.EqualTo("text/x-special"));

        var back = await _cli.RunAsync(dir, "s3", "mv", $"s3://{bucket}/m.txt", "m2.txt");
        Assert.That(back.TransferLines, Is.EqualTo(new[] { $"move: s3://{bucket}/m.txt to ./m2.txt" }));
        Assert.That(File.ReadAllText(Path.Combine(dir, "m2.txt")), Is.EqualTo("move me"));
        var onto = await _cli.RunAsync(dir, "s3", "mv", $"s3://{bucket}/given", $"s3://{bucket}/given");
        Assert.That(onto.ExitCode, Is.EqualTo(255));
        Assert.That(onto.Stderr, Does.Contain("Cannot mv a file onto itself"));
    }

    private async Task<string?> ContentTypeAsync(string bucket, string key)
    {
        var head = await _cli.RunAwsAsync(_cli.Root, "s3api", "head-object", "--bucket", bucket, "--key", key);
        using var json = JsonDocument.Parse(head.Stdout);
        return json.RootElement.GetProperty("ContentType").GetString();
    }

    [Test]
    public async Task Presign_UrlWorksWithAPlainGet()
    {
        string bucket = await MakeBucketAsync("presign");
        string dir = _cli.NewDirectory("presign");
        Write(dir, "p.txt", "presigned body");
        await _cli.RunAsync(dir, "s3", "cp", "p.txt", $"s3://{bucket}/p.txt");
        var presign = await _cli.RunAsync(dir, "s3", "presign", $"s3://{bucket}/p.txt", "--expires-in", "300");
        Assert.That(presign.ExitCode, Is.EqualTo(0), presign.ToString());
        string url = presign.Stdout.TrimEnd('\n');
        Assert.That(url, Does.StartWith($"{_cli.Endpoint}/{bucket}/p.txt?"));
        Assert.That(url, Does.Contain("X-Amz-Expires=300"));
        using var http = new HttpClient(new SocketsHttpHandler { UseProxy = false });
        Assert.That(await http.GetStringAsync(url), Is.EqualTo("presigned body"));
    }

    [Test]
    public async Task Progress_OnlyOnATerminal()
    {
        string bucket = await MakeBucketAsync("progress");
        string dir = _cli.NewDirectory("progress");
        File.WriteAllBytes(Path.Combine(dir, "p.bin"), new byte[3 * 1024 * 1024]);
        var terminal = new TerminalInfo(false, true, true, "xterm", 80, 24);
        var shown = await _cli.RunAsync(dir, null, terminal, "s3", "cp", "p.bin", $"s3://{bucket}/p.bin");
        Assert.That(shown.ExitCode, Is.EqualTo(0), shown.ToString());
        Assert.That(shown.Stdout, Does.Match(@"Completed [0-9.]+ (MiB|KiB|Bytes)/3\.0 MiB \([^)]*\) with 1 file\(s\) remaining\r"));
        Assert.That(shown.TransferLines, Is.EqualTo(new[] { $"upload: ./p.bin to s3://{bucket}/p.bin" }));
        var plain = await _cli.RunAsync(dir, "s3", "cp", "p.bin", $"s3://{bucket}/p2.bin");
        Assert.That(plain.Stdout, Is.EqualTo($"upload: ./p.bin to s3://{bucket}/p2.bin\n"));
    }

    [Test]
    public async Task UsageErrors()
    {
        var none = await _cli.RunAsync(_cli.Root, "s3");
        Assert.That(none.ExitCode, Is.EqualTo(252));
        var bad = await _cli.RunAsync(_cli.Root, "s3", "frobnicate");
        Assert.That(bad.ExitCode, Is.EqualTo(252));
        Assert.That(bad.Stderr, Does.Contain("argument subcommand: Invalid choice, valid choices are:"));
        Assert.That(bad.Stderr, Does.Contain("presign"));
        var command = await _cli.RunAsync(_cli.Root, "s3x");
        Assert.That(command.Stderr, Does.Contain("| s3                                      \ns3api"));
        var missing = await _cli.RunAsync(_cli.Root, "s3", "cp", "a");
        Assert.That(missing.ExitCode, Is.EqualTo(252));
        Assert.That(missing.Stderr, Does.EndWith("awscg: error: the following arguments are required: paths\n"));
        var unknown = await _cli.RunAsync(_cli.Root, "s3", "cp", "a", "s3://b/", "--bogus");
        Assert.That(unknown.ExitCode, Is.EqualTo(252));
        Assert.That(unknown.Stderr, Is.EqualTo("\nUnknown options: --bogus\n"));
        var type = await _cli.RunAsync(_cli.Root, "s3", "cp", "a", "b");
        Assert.That(type.ExitCode, Is.EqualTo(255));
        Assert.That(type.Stderr, Is.EqualTo("\nusage: awscg s3 cp <LocalPath> <S3Uri> or <S3Uri> <LocalPath> or <S3Uri> <S3Uri>\nError: Invalid argument type\n"));
    }
}
