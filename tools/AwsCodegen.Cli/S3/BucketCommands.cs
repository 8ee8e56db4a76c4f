using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using AwsCodegen.Cli.Engine;
using AwsCodegen.Runtime.Errors;
using AwsCodegen.S3;

namespace AwsCodegen.Cli.S3;

/// <summary>
/// <c>s3 mb</c> ("make_bucket: b"; outside us-east-1 with the region as LocationConstraint) and <c>s3 rb</c>
/// ("remove_bucket: b"; --force empties the bucket first with rm --recursive). A failed call is reported as
/// "make_bucket failed: s3://b An error occurred ..." and exits 1.
/// </summary>
internal static class BucketCommands
{
    public static async Task<int> MakeAsync(CommandContext context, IReadOnlyList<string> tokens, ClientCache clients)
    {
        var arguments = S3Arguments.Parse(tokens, S3CommandSpec.Mb);
        string path = arguments.Paths[0];
        if (!S3Location.IsS3(path)) throw CliException.Other("<S3Uri>\nError: Invalid argument type");
        var (bucket, _) = S3Location.Split(path);
        if (bucket.EndsWith("--x-s3", StringComparison.Ordinal)) throw CliException.Other("Cannot use mb command with a directory bucket.");
        var client = S3Command.Client(context, clients);
        var request = new CreateBucketRequest { Bucket = bucket };
        var configuration = new CreateBucketConfiguration();
        bool configured = false;
        if (client.Configuration.Region != "us-east-1")
        {
            configuration.LocationConstraint = client.Configuration.Region;
            configured = true;
        }
        if (arguments.Lists.TryGetValue("tags", out var tags))
        {
            if (tags.Count % 2 != 0) throw CliException.Usage("argument --tags: expected 2 arguments");
            configuration.Tags = new List<Tag>();
            for (int i = 0; i < tags.Count; i += 2) configuration.Tags.Add(new Tag { Key = tags[i], Value = tags[i + 1] });
            configured = true;
        }
        if (configured) request.CreateBucketConfiguration = configuration;
        try
        {
            await client.CreateBucketAsync(request, context.CancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is AwsServiceException or AwsTransportException)
        {
            context.Err.Write($"make_bucket failed: {path} {S3ErrorText.Describe(e, "CreateBucket")}\n");
            return 1;
        }
        context.Out.Write("make_bucket: " + bucket + "\n");
        return 0;
    }

    public static async Task<int> RemoveAsync(CommandContext context, IReadOnlyList<string> tokens, ClientCache clients)
    {
        var arguments = S3Arguments.Parse(tokens, S3CommandSpec.Rb);
        string path = arguments.Paths[0];
        if (!S3Location.IsS3(path)) throw CliException.Other("<S3Uri>\nError: Invalid argument type");
        var (bucket, key) = S3Location.Split(path);
        if (key.Length > 0) throw CliException.Other($"Please specify a valid bucket name only. E.g. s3://{bucket}");
        if (arguments.Has("force"))
        {
            int rc = await TransferCommand.RunAsync(context, S3CommandSpec.Rm, new[] { path, "--recursive" }, clients).ConfigureAwait(false);
            if (rc != 0) throw CliException.Other("remove_bucket failed: Unable to delete all objects in the bucket, bucket will not be deleted.");
        }
        var client = S3Command.Client(context, clients);
        try
        {
            await client.DeleteBucketAsync(new DeleteBucketRequest { Bucket = bucket }, context.CancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is AwsServiceException or AwsTransportException)
        {
            context.Err.Write($"remove_bucket failed: {path} {S3ErrorText.Describe(e, "DeleteBucket")}\n");
            return 1;
        }
        context.Out.Write("remove_bucket: " + bucket + "\n");
        return 0;
    }
}
