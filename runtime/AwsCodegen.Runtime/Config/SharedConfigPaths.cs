using System;
using System.IO;

namespace AwsCodegen.Runtime;

/// <summary>
/// Where the shared files are and which profile is meant, read through an environment delegate (the resident CLI
/// host passes each command's own environment), never from the process environment directly.
/// </summary>
internal readonly record struct SharedConfigPaths(string ConfigPath, string CredentialsPath)
{
    /// <summary>AWS_CONFIG_FILE, else ~/.aws/config; AWS_SHARED_CREDENTIALS_FILE, else ~/.aws/credentials.</summary>
    public static SharedConfigPaths Resolve(Func<string, string?> env)
    {
        string home = HomeDirectory(env);
        string config = ExpandHome(NonEmpty(env("AWS_CONFIG_FILE")), home) ?? Path.Combine(home, ".aws", "config");
        string credentials = ExpandHome(NonEmpty(env("AWS_SHARED_CREDENTIALS_FILE")), home) ?? Path.Combine(home, ".aws", "credentials");
        return new SharedConfigPaths(config, credentials);
    }

    /// <summary>HOME, else USERPROFILE, else what the OS says.</summary>
    public static string HomeDirectory(Func<string, string?> env) =>
        NonEmpty(env("HOME")) ?? NonEmpty(env("USERPROFILE")) ?? Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);

    /// <summary>
    /// The profile name: the one passed, else AWS_PROFILE, else AWS_DEFAULT_PROFILE, else "default".
    /// <paramref name="isExplicit"/> is true for the first two, where a missing profile is an error.
    /// </summary>
    public static string ResolveProfileName(string? profileName, Func<string, string?> env, out bool isExplicit)
    {
        string? chosen = NonEmpty(profileName) ?? NonEmpty(env("AWS_PROFILE"));
        isExplicit = chosen is not null;
        return chosen ?? NonEmpty(env("AWS_DEFAULT_PROFILE")) ?? "default";
    }

    private static string? ExpandHome(string? path, string home)
    {
        if (path is null) return null;
        if (path == "~") return home;
        if (path.StartsWith("~/", StringComparison.Ordinal) || path.StartsWith("~\\", StringComparison.Ordinal))
            return Path.Combine(home, path.Substring(2));
        return path;
    }

    private static string? NonEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
