using System;
using System.Collections.Generic;

namespace AwsCodegen.Cli.S3;

/// <summary>The Content-Type aws-cli guesses from a file name (Python's mimetypes table, the common part of it).</summary>
internal static class ContentTypes
{
    private static readonly Dictionary<string, string> s_types = new(StringComparer.Ordinal)
    {
        [".txt"] = "text/plain", [".text"] = "text/plain", [".c"] = "text/x-csrc",
        [".h"] = "text/x-chdr", [".py"] = "text/x-python", [".html"] = "text/html", [".htm"] = "text/html", [".css"] = "text/css",
        [".csv"] = "text/csv", [".md"] = "text/markdown", [".xml"] = "application/xml", [".js"] = "text/javascript", [".mjs"] = "text/javascript",
        [".json"] = "application/json", [".pdf"] = "application/pdf", [".zip"] = "application/zip",
        [".tar"] = "application/x-tar", [".bin"] = "application/octet-stream", [".exe"] = "application/octet-stream",
        [".so"] = "application/octet-stream", [".wasm"] = "application/wasm",
        [".sh"] = "text/x-sh", [".doc"] = "application/msword", [".xls"] = "application/vnd.ms-excel",
        [".docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        [".xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        [".png"] = "image/png", [".jpg"] = "image/jpeg", [".jpeg"] = "image/jpeg", [".gif"] = "image/gif", [".svg"] = "image/svg+xml",
        [".ico"] = "image/vnd.microsoft.icon", [".webp"] = "image/webp", [".bmp"] = "image/bmp", [".tif"] = "image/tiff", [".tiff"] = "image/tiff",
        [".mp3"] = "audio/mpeg", [".wav"] = "audio/x-wav", [".mp4"] = "video/mp4", [".mpeg"] = "video/mpeg", [".webm"] = "video/webm",
        [".mov"] = "video/quicktime", [".avi"] = "video/x-msvideo", [".woff"] = "font/woff", [".woff2"] = "font/woff2", [".ttf"] = "font/ttf",
    };

    public static string? Guess(string path)
    {
        int slash = path.LastIndexOf('/');
        string name = path[(slash + 1)..];
        int dot = name.LastIndexOf('.');
        if (dot <= 0) return null;
        string extension = name[dot..];
        return s_types.TryGetValue(extension, out var type) ? type : s_types.TryGetValue(extension.ToLowerInvariant(), out type) ? type : null;
    }
}
