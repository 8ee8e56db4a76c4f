using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using AwsCodegen.Cli.Engine;
using AwsCodegen.Runtime;
using AwsCodegen.S3;

namespace AwsCodegen.Cli.S3;

/// <summary><c>s3 presign s3://b/k [--expires-in seconds]</c>: a GetObject URL signed in its query (SigV4), one hour by default.</summary>
internal static class PresignCommand
{
    public static async Task<int> RunAsync(CommandContext context, IReadOnlyList<string> tokens, ClientCache clients)
    {
        var arguments = S3Arguments.Parse(tokens, S3CommandSpec.Presign);
        var (bucket, key) = S3Location.Split(arguments.Paths[0]);
        int expiresIn = arguments.Integer("expires-in") ?? 3600;
        var client = S3Command.Client(context, clients);
        context.OperationName = "GetObject";
        PresignedRequest presigned;
        try
        {
            presigned = await client.PresignAsync(S3Client.Operations.GetObject, new GetObjectRequest { Bucket = bucket, Key = key },
                TimeSpan.FromSeconds(expiresIn), context.CancellationToken).ConfigureAwait(false);
        }
        catch (ArgumentOutOfRangeException e)
        {
            throw CliException.Parameter(e.Message.Split('\n')[0].Split(" (Parameter")[0], e);
        }
        context.Out.Write(presigned.Url.AbsoluteUri + "\n");
        return 0;
    }
}
