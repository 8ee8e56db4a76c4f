using System.Collections.Generic;
using System.Threading.Tasks;
using AwsCodegen.Cli.Engine;
using AwsCodegen.S3;

namespace AwsCodegen.Cli.S3;

/// <summary><c>s3 website s3://b --index-document index.html [--error-document error.html]</c>: PutBucketWebsite.</summary>
internal static class WebsiteCommand
{
    public static async Task<int> RunAsync(CommandContext context, IReadOnlyList<string> tokens, ClientCache clients)
    {
        var arguments = S3Arguments.Parse(tokens, S3CommandSpec.Website);
        string bucket = S3Location.StripScheme(arguments.Paths[0]).TrimEnd('/');
        var configuration = new WebsiteConfiguration();
        if (arguments.Value("index-document") is { } index) configuration.IndexDocument = new IndexDocument { Suffix = index };
        if (arguments.Value("error-document") is { } error) configuration.ErrorDocument = new ErrorDocument { Key = error };
        var client = S3Command.Client(context, clients);
        context.OperationName = "PutBucketWebsite";
        await client.PutBucketWebsiteAsync(new PutBucketWebsiteRequest { Bucket = bucket, WebsiteConfiguration = configuration }, context.CancellationToken).ConfigureAwait(false);
        return 0;
    }
}
