using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading.Tasks;
using AwsCodegen.Cli.Engine;
using AwsCodegen.S3;

namespace AwsCodegen.Cli.S3;

/// <summary>
/// <c>s3 ls</c>: buckets ("2026-12-03 13:43:05 bucket"), or a prefix's objects and common prefixes
/// ("                           PRE dir/", "2026-12-03 13:43:05         17 hello.txt"), every key with --recursive,
/// sizes in KiB/MiB with --human-readable, totals with --summarize. A prefix that matches nothing exits 1.
/// </summary>
internal static class ListCommand
{
    public static async Task<int> RunAsync(CommandContext context, IReadOnlyList<string> tokens, ClientCache clients)
    {
        var arguments = S3Arguments.Parse(tokens, S3CommandSpec.Ls);
        string path = arguments.Paths.Count > 0 ? arguments.Paths[0] : "s3://";
        var (bucket, key) = S3Location.Split(path);
        bool human = arguments.Has("human-readable");
        int? pageSize = arguments.Integer("page-size");
        var client = S3Command.Client(context, clients);
        var zone = LocalTime.ZoneOf(context.Env);
        var ct = context.CancellationToken;
        var output = context.Out;
        long totalSize = 0, totalObjects = 0;
        bool emptyFirstPage = false;

        if (bucket.Length == 0)
        {
            context.OperationName = "ListBuckets";
            string? token = null;
            do
            {
                var request = new ListBucketsRequest { ContinuationToken = token, MaxBuckets = pageSize };
                if (arguments.Value("bucket-name-prefix") is { Length: > 0 } prefix) request.Prefix = prefix;
                if (arguments.Value("bucket-region") is { Length: > 0 } region) request.BucketRegion = region;
                var page = await client.ListBucketsAsync(request, ct).ConfigureAwait(false);
                foreach (var b in page.Buckets ?? new List<Bucket>())
                    output.Write(LocalTime.Format(b.CreationDate, zone) + " " + b.Name + "\n");
                token = page.ContinuationToken is { Length: > 0 } next ? next : null;
            }
            while (token is not null);
        }
        else
        {
            bool recursive = arguments.Has("recursive");
            context.OperationName = "ListObjectsV2";
            string? token = null;
            bool first = true;
            do
            {
                var request = new ListObjectsV2Request { Bucket = bucket, Prefix = key, Delimiter = recursive ? null : "/", MaxKeys = pageSize, ContinuationToken = token };
                if (arguments.Value("request-payer") is { } payer) request.RequestPayer = payer;
                var page = await client.ListObjectsV2Async(request, ct).ConfigureAwait(false);
                var prefixes = page.CommonPrefixes ?? new List<CommonPrefix>();
                var contents = page.Contents ?? new List<AwsCodegen.S3.Object>();
                if (prefixes.Count == 0 && contents.Count == 0)
                {
                    if (first) emptyFirstPage = true;
                }
                else
                {
                    foreach (var common in prefixes)
                    {
                        string[] parts = (common.Prefix ?? "").Split('/');
                        string name = parts.Length >= 2 ? parts[^2] : parts[0];
                        output.Write("PRE".PadLeft(30) + " " + name + "/\n");
                    }
                    foreach (var item in contents)
                    {
                        long size = item.Size ?? 0;
                        totalSize += size;
                        totalObjects++;
                        string shownKey = item.Key ?? "";
                        if (!recursive) shownKey = shownKey[(shownKey.LastIndexOf('/') + 1)..];
                        string sizeText = human ? HumanSize.Format(size) : size.ToString(CultureInfo.InvariantCulture);
                        output.Write(LocalTime.Format(item.LastModified, zone) + " " + sizeText.PadLeft(10) + " " + shownKey + "\n");
                    }
                    first = false;
                }
                token = page.IsTruncated == true ? page.NextContinuationToken : null;
            }
            while (token is not null);
        }

        if (arguments.Has("summarize"))
        {
            output.Write("\nTotal Objects: ".PadLeft(15) + totalObjects.ToString(CultureInfo.InvariantCulture) + "\n");
            output.Write("Total Size: ".PadLeft(15) + (human ? HumanSize.Format(totalSize) : totalSize.ToString(CultureInfo.InvariantCulture)) + "\n");
        }
        return key.Length > 0 && emptyFirstPage ? 1 : 0;
    }
}
