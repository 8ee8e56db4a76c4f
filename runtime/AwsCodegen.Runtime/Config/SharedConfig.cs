using System;
using System.Collections.Generic;
using AwsCodegen.Runtime.Errors;

namespace AwsCodegen.Runtime;

/// <summary>
/// One profile of the shared config and credentials files, merged: the config file's "[profile name]" section
/// ("[default]" for the default profile) overlaid with the credentials file's "[name]" section, whose values win.
/// </summary>
/// <remarks>
/// Keys are case-insensitive. A nested setting such as "s3 =" followed by an indented "addressing_style = path"
/// is the key "s3.addressing_style". Parsed files are cached per path and modification time.
/// </remarks>
public sealed class SharedConfig
{
    private readonly IReadOnlyDictionary<string, string> _settings;
    private readonly IniFile? _configFile;
    private readonly IniFile? _credentialsFile;
    private readonly IReadOnlyDictionary<string, string>? _credentialsSection;

    private SharedConfig(string profileName, SharedConfigPaths paths, IniFile? configFile, IniFile? credentialsFile,
        IReadOnlyDictionary<string, string> settings, IReadOnlyDictionary<string, string>? credentialsSection)
    {
        _credentialsSection = credentialsSection;
        ProfileName = profileName;
        ConfigPath = paths.ConfigPath;
        CredentialsPath = paths.CredentialsPath;
        _configFile = configFile;
        _credentialsFile = credentialsFile;
        _settings = settings;
    }

    public string ProfileName { get; }

    /// <summary>The shared config file looked at (AWS_CONFIG_FILE or ~/.aws/config), whether or not it exists.</summary>
    public string ConfigPath { get; }

    /// <summary>The credentials file looked at (AWS_SHARED_CREDENTIALS_FILE or ~/.aws/credentials), whether or not it exists.</summary>
    public string CredentialsPath { get; }

    /// <summary>Every setting of the profile, keys case-insensitive.</summary>
    public IReadOnlyDictionary<string, string> Settings => _settings;

    /// <summary>A setting of the profile, such as "region" or "s3.addressing_style"; null when it is not set.</summary>
    public string? Get(string key) => _settings.TryGetValue(key, out var value) ? value : null;

    /// <summary>The file a setting comes from (the credentials file's value wins), for error messages.</summary>
    public string FileOf(string key) => _credentialsSection?.ContainsKey(key) == true ? CredentialsPath : ConfigPath;

    /// <summary>
    /// Another section of the config file, such as ("sso-session", "corp") or ("services", "local"); null when absent.
    /// </summary>
    public IReadOnlyDictionary<string, string>? GetSection(string sectionType, string sectionName) =>
        _configFile?.GetSection(IniFile.NormalizeSectionName(sectionType + " " + sectionName));

    /// <summary>Another profile of the same files (as for source_profile), or null when it does not exist.</summary>
    public SharedConfig? GetProfile(string profileName) =>
        Find(profileName, new SharedConfigPaths(ConfigPath, CredentialsPath), _configFile, _credentialsFile);

    /// <summary>
    /// Loads a profile: <paramref name="profileName"/>, else AWS_PROFILE, else AWS_DEFAULT_PROFILE, else "default".
    /// Returns null when neither file exists or the profile is in neither. A profile named by the parameter or by
    /// AWS_PROFILE that does not exist is an error, as in the AWS CLI.
    /// </summary>
    /// <param name="profileName">The profile asked for in code or on the command line, or null.</param>
    /// <param name="env">Reads environment variables (AWS_PROFILE, AWS_CONFIG_FILE, HOME, ...).</param>
    public static SharedConfig? Load(string? profileName, Func<string, string?> env)
    {
        ArgumentNullException.ThrowIfNull(env);
        string name = SharedConfigPaths.ResolveProfileName(profileName, env, out bool isExplicit);
        var paths = SharedConfigPaths.Resolve(env);
        var configFile = SharedConfigFileCache.Read(paths.ConfigPath);
        var credentialsFile = SharedConfigFileCache.Read(paths.CredentialsPath);
        var profile = Find(name, paths, configFile, credentialsFile);
        if (profile is null && isExplicit)
        {
            throw new AwsClientException(
                $"The config profile ({name}) could not be found. Looked in {Describe(paths.ConfigPath, configFile)} " +
                $"and {Describe(paths.CredentialsPath, credentialsFile)}.");
        }
        return profile;
    }

    internal static string Describe(string path, IniFile? file) => file is null ? path + " (no such file)" : path;

    private static SharedConfig? Find(string name, SharedConfigPaths paths, IniFile? configFile, IniFile? credentialsFile)
    {
        name = IniFile.NormalizeSectionName(name);
        if (name.Length == 0) return null;

        IReadOnlyDictionary<string, string>? fromConfig = null, fromConfigPrefixed = null;
        if (configFile is not null)
        {
            // The default profile is "[default]"; "[profile default]" is accepted too and wins where both set a key.
            if (name == "default") fromConfig = configFile.GetSection("default");
            fromConfigPrefixed = configFile.GetSection("profile " + name);
        }
        var fromCredentials = credentialsFile?.GetSection(name);
        if (fromConfig is null && fromConfigPrefixed is null && fromCredentials is null) return null;

        var merged = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        Overlay(merged, fromConfig);
        Overlay(merged, fromConfigPrefixed);
        Overlay(merged, fromCredentials);
        return new SharedConfig(name, paths, configFile, credentialsFile, merged, fromCredentials);
    }

    private static void Overlay(Dictionary<string, string> target, IReadOnlyDictionary<string, string>? source)
    {
        if (source is null) return;
        foreach (var pair in source) target[pair.Key] = pair.Value;
    }

    public override string ToString() => $"SharedConfig {{ Profile = {ProfileName}, ConfigPath = {ConfigPath}, CredentialsPath = {CredentialsPath} }}";
}
