using System;
using System.Globalization;
using System.Text;

namespace AwsCodegen.Benchmarks.Micro;

/// <summary>A ListObjectsV2 response body as S3 writes it: a full page of keys with the members S3 sends for each.</summary>
public static class S3ListingXml
{
    public static byte[] ListObjectsV2Response(int keyCount)
    {
        var xml = new StringBuilder(keyCount * 320);
        xml.Append("""<?xml version="1.0" encoding="UTF-8"?>""").Append('\n');
        xml.Append("""<ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/">""");
        xml.Append("<Name>bench-bucket</Name><Prefix>logs/</Prefix>");
        xml.Append(CultureInfo.InvariantCulture, $"<KeyCount>{keyCount}</KeyCount><MaxKeys>{keyCount}</MaxKeys><IsTruncated>true</IsTruncated>");
        xml.Append("<NextContinuationToken>1ueGcxLPRx1Tr/XYExHnhbYLgveDs2J/wm36Hy4vbOwM=</NextContinuationToken>");
        var start = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        for (int i = 0; i < keyCount; i++)
        {
            xml.Append("<Contents>");
            xml.Append(CultureInfo.InvariantCulture, $"<Key>logs/2025/01/01/part-{i:D6}.json.gz</Key>");
            xml.Append(CultureInfo.InvariantCulture, $"<LastModified>{start.AddSeconds(i * 37):yyyy-MM-ddTHH:mm:ss.fffZ}</LastModified>");
            xml.Append(CultureInfo.InvariantCulture, $"<ETag>&quot;{i * 2654435761L:x16}{i:x16}&quot;</ETag>");
            xml.Append("<ChecksumAlgorithm>CRC32</ChecksumAlgorithm><ChecksumType>FULL_OBJECT</ChecksumType>");
            xml.Append(CultureInfo.InvariantCulture, $"<Size>{1000 + i * 13}</Size><StorageClass>STANDARD</StorageClass>");
            xml.Append("</Contents>");
        }
        xml.Append("</ListBucketResult>");
        return Encoding.UTF8.GetBytes(xml.ToString());
    }
}
