using System;
using System.Collections.Generic;
using System.Text.Json;
using AwsCodegen.Cli.Engine;
using AwsCodegen.S3;

namespace AwsCodegen.Cli.S3;

/// <summary>
/// The request parameters a transfer's options give each call (aws-cli's RequestParamsMapper): --acl, --storage-class,
/// --content-type and the other headers, --grants, --metadata, --sse, --request-payer, --checksum-algorithm and
/// --checksum-mode.
/// </summary>
internal sealed class ObjectParameters
{
    public string? Acl { get; private init; }
    public string? StorageClass { get; private init; }
    public string? WebsiteRedirect { get; private init; }
    public string? ContentType { get; private init; }
    public string? CacheControl { get; private init; }
    public string? ContentDisposition { get; private init; }
    public string? ContentEncoding { get; private init; }
    public string? ContentLanguage { get; private init; }
    public string? Expires { get; private init; }
    public string? Sse { get; private init; }
    public string? SseKmsKeyId { get; private init; }
    public string? RequestPayer { get; private init; }
    public string? MetadataDirective { get; private init; }
    public Dictionary<string, string>? Metadata { get; private init; }
    public string? GrantRead { get; private init; }
    public string? GrantFullControl { get; private init; }
    public string? GrantReadAcp { get; private init; }
    public string? GrantWriteAcp { get; private init; }
    public bool GuessMimeType { get; private init; }
    public string? ChecksumAlgorithm { get; private init; }
    public string? ChecksumMode { get; private init; }

    private static readonly string[] s_checksumAlgorithms = { "CRC64NVME", "CRC32", "SHA256", "SHA1", "CRC32C", "SHA512", "XXHASH64", "XXHASH3", "XXHASH128" };
    private static readonly string[] s_checksumModes = { "ENABLED" };

    public static ObjectParameters From(S3Arguments arguments)
    {
        string? grantRead = null, grantFull = null, grantReadAcp = null, grantWriteAcp = null;
        if (arguments.Lists.TryGetValue("grants", out var grants))
        {
            foreach (var grant in grants)
            {
                int equals = grant.IndexOf('=');
                if (equals < 0) throw CliException.Other("grants should be of the form permission=principal");
                string grantee = grant[(equals + 1)..];
                switch (grant[..equals])
                {
                    case "read": grantRead = grantee; break;
                    case "full": grantFull = grantee; break;
                    case "readacl": grantReadAcp = grantee; break;
                    case "writeacl": grantWriteAcp = grantee; break;
                    default: throw CliException.Other("permission must be one of: read|readacl|writeacl|full");
                }
            }
        }
        return new ObjectParameters
        {
            Acl = NonEmpty(arguments.Value("acl")),
            StorageClass = NonEmpty(arguments.Value("storage-class")),
            WebsiteRedirect = NonEmpty(arguments.Value("website-redirect")),
            ContentType = NonEmpty(arguments.Value("content-type")),
            CacheControl = NonEmpty(arguments.Value("cache-control")),
            ContentDisposition = NonEmpty(arguments.Value("content-disposition")),
            ContentEncoding = NonEmpty(arguments.Value("content-encoding")),
            ContentLanguage = NonEmpty(arguments.Value("content-language")),
            Expires = NonEmpty(arguments.Value("expires")),
            Sse = NonEmpty(arguments.Value("sse")),
            SseKmsKeyId = NonEmpty(arguments.Value("sse-kms-key-id")),
            RequestPayer = NonEmpty(arguments.Value("request-payer")),
            MetadataDirective = NonEmpty(arguments.Value("metadata-directive")),
            Metadata = arguments.Value("metadata") is { } metadata ? ParseMetadata(metadata) : null,
            GrantRead = grantRead,
            GrantFullControl = grantFull,
            GrantReadAcp = grantReadAcp,
            GrantWriteAcp = grantWriteAcp,
            GuessMimeType = !arguments.Has("no-guess-mime-type"),
            ChecksumAlgorithm = Choice(arguments, "checksum-algorithm", s_checksumAlgorithms),
            ChecksumMode = Choice(arguments, "checksum-mode", s_checksumModes),
        };
    }

    /// <summary>An option with fixed choices (argparse's, case-sensitive), checked before anything is sent.</summary>
    private static string? Choice(S3Arguments arguments, string name, string[] choices)
    {
        if (arguments.Value(name) is not { } value) return null;
        if (Array.IndexOf(choices, value) < 0) throw CliException.Usage(Usage.InvalidChoice("--" + name, choices));
        return value;
    }

    /// <summary>
    /// The checksum an upload's calls carry: --checksum-algorithm, else CRC32 when the client calculates checksums when
    /// supported (s3transfer's default, so that a multipart upload and its parts name one algorithm), else none.
    /// </summary>
    public string? UploadChecksumAlgorithm(AwsCodegen.Runtime.ClientConfiguration client) =>
        ChecksumAlgorithm ?? (client.RequestChecksumCalculation == AwsCodegen.Runtime.Checksums.RequestChecksumCalculation.WhenSupported ? "CRC32" : null);

    /// <summary>The Content-Type of an upload: --content-type, else the type guessed from the file name, else none.</summary>
    public string? ContentTypeFor(string name) => ContentType ?? (GuessMimeType ? ContentTypes.Guess(name) : null);

    public void Apply(PutObjectRequest request, string name)
    {
        if (Acl is not null) request.ACL = Acl;
        if (StorageClass is not null) request.StorageClass = StorageClass;
        request.WebsiteRedirectLocation = WebsiteRedirect;
        request.ContentType = ContentTypeFor(name);
        request.CacheControl = CacheControl;
        request.ContentDisposition = ContentDisposition;
        request.ContentEncoding = ContentEncoding;
        request.ContentLanguage = ContentLanguage;
        request.Expires = Expires;
        request.GrantRead = GrantRead;
        request.GrantFullControl = GrantFullControl;
        request.GrantReadACP = GrantReadAcp;
        request.GrantWriteACP = GrantWriteAcp;
        request.Metadata = Metadata;
        if (Sse is not null) request.ServerSideEncryption = Sse;
        request.SSEKMSKeyId = SseKmsKeyId;
        if (RequestPayer is not null) request.RequestPayer = RequestPayer;
        if (ChecksumAlgorithm is not null) request.ChecksumAlgorithm = ChecksumAlgorithm;
    }

    public void Apply(CreateMultipartUploadRequest request, string name)
    {
        if (Acl is not null) request.ACL = Acl;
        if (StorageClass is not null) request.StorageClass = StorageClass;
        request.WebsiteRedirectLocation = WebsiteRedirect;
        request.ContentType = ContentTypeFor(name);
        request.CacheControl = CacheControl;
        request.ContentDisposition = ContentDisposition;
        request.ContentEncoding = ContentEncoding;
        request.ContentLanguage = ContentLanguage;
        request.Expires = Expires;
        request.GrantRead = GrantRead;
        request.GrantFullControl = GrantFullControl;
        request.GrantReadACP = GrantReadAcp;
        request.GrantWriteACP = GrantWriteAcp;
        request.Metadata = Metadata;
        if (Sse is not null) request.ServerSideEncryption = Sse;
        request.SSEKMSKeyId = SseKmsKeyId;
        if (RequestPayer is not null) request.RequestPayer = RequestPayer;
        if (ChecksumAlgorithm is not null) request.ChecksumAlgorithm = ChecksumAlgorithm;
    }

    /// <summary>CopyObject's parameters; given metadata without a directive replaces the source's (aws-cli's rule).</summary>
    public void Apply(CopyObjectRequest request)
    {
        if (Acl is not null) request.ACL = Acl;
        if (StorageClass is not null) request.StorageClass = StorageClass;
        request.WebsiteRedirectLocation = WebsiteRedirect;
        request.ContentType = ContentType;
        request.CacheControl = CacheControl;
        request.ContentDisposition = ContentDisposition;
        request.ContentEncoding = ContentEncoding;
        request.ContentLanguage = ContentLanguage;
        request.Expires = Expires;
        request.GrantRead = GrantRead;
        request.GrantFullControl = GrantFullControl;
        request.GrantReadACP = GrantReadAcp;
        request.GrantWriteACP = GrantWriteAcp;
        request.Metadata = Metadata;
        string? directive = MetadataDirective ?? (Metadata is { Count: > 0 } ? "REPLACE" : null);
        if (directive is not null) request.MetadataDirective = directive;
        if (Sse is not null) request.ServerSideEncryption = Sse;
        request.SSEKMSKeyId = SseKmsKeyId;
        if (RequestPayer is not null) request.RequestPayer = RequestPayer;
        if (ChecksumAlgorithm is not null) request.ChecksumAlgorithm = ChecksumAlgorithm;
    }

    /// <summary>--metadata as JSON ({"k":"v"}) or shorthand (k=v,k2=v2).</summary>
    private static Dictionary<string, string> ParseMetadata(string text)
    {
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal);
        string trimmed = text.Trim();
        if (trimmed.StartsWith('{'))
        {
            try
            {
                using var document = JsonDocument.Parse(trimmed);
                foreach (var property in document.RootElement.EnumerateObject())
                    metadata[property.Name] = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString()! : property.Value.GetRawText();
                return metadata;
            }
            catch (JsonException e)
            {
                throw CliException.Parameter($"Error parsing parameter '--metadata': Invalid JSON: {e.Message}\nJSON received: {text}", e);
            }
        }
        foreach (var pair in trimmed.Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            int equals = pair.IndexOf('=');
            if (equals < 0) throw CliException.Parameter($"Error parsing parameter '--metadata': Expected: '=', received: 'EOF' for input:\n{text}");
            metadata[pair[..equals].Trim()] = pair[(equals + 1)..].Trim();
        }
        return metadata;
    }

    private static string? NonEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
