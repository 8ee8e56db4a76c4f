using System.Collections.Generic;
using System.Text;

namespace AwsCodegen.Generator.Naming;

/// <summary>
/// Command-line names as botocore's <c>xform_name(name, "-")</c> makes them, which is what aws-cli calls operations,
/// parameters and waiters: DescribeTable → describe-table, DBInstanceIdentifier → db-instance-identifier,
/// ListUsersARNs → list-users-arns. Written as a single pass per rule, without regular expressions, and checked
/// against botocore itself for every name of every model (tests).
/// </summary>
public static class CliNames
{
    /// <summary>Names whose transformation botocore fixes by hand (its xform cache), because the rules split them badly.</summary>
    private static readonly Dictionary<string, string> s_fixed = new(System.StringComparer.Ordinal)
    {
        ["CreateCachediSCSIVolume"] = "create-cached-iscsi-volume",
        ["DescribeCachediSCSIVolumes"] = "describe-cached-iscsi-volumes",
        ["DescribeStorediSCSIVolumes"] = "describe-stored-iscsi-volumes",
        ["CreateStorediSCSIVolume"] = "create-stored-iscsi-volume",
        ["ListHITsForQualificationType"] = "list-hits-for-qualification-type",
        ["ExecutePartiQLStatement"] = "execute-partiql-statement",
        ["ExecutePartiQLTransaction"] = "execute-partiql-transaction",
        ["ExecutePartiQLBatch"] = "execute-partiql-batch",
        ["AssociateWhatsAppBusinessAccount"] = "associate-whatsapp-business-account",
        ["CreateWhatsAppMessageTemplate"] = "create-whatsapp-message-template",
        ["CreateWhatsAppMessageTemplateFromLibrary"] = "create-whatsapp-message-template-from-library",
        ["CreateWhatsAppMessageTemplateMedia"] = "create-whatsapp-message-template-media",
        ["DeleteWhatsAppMessageMedia"] = "delete-whatsapp-message-media",
        ["DeleteWhatsAppMessageTemplate"] = "delete-whatsapp-message-template",
        ["DisassociateWhatsAppBusinessAccount"] = "disassociate-whatsapp-business-account",
        ["GetLinkedWhatsAppBusinessAccount"] = "get-linked-whatsapp-business-account",
        ["GetLinkedWhatsAppBusinessAccountPhoneNumber"] = "get-linked-whatsapp-business-account-phone-number",
        ["GetOTelEnrichment"] = "get-otel-enrichment",
        ["GetWhatsAppMessageMedia"] = "get-whatsapp-message-media",
        ["GetWhatsAppMessageTemplate"] = "get-whatsapp-message-template",
        ["ListLinkedWhatsAppBusinessAccounts"] = "list-linked-whatsapp-business-accounts",
        ["ListWhatsAppMessageTemplates"] = "list-whatsapp-message-templates",
        ["ListWhatsAppTemplateLibrary"] = "list-whatsapp-template-library",
        ["PostWhatsAppMessageMedia"] = "post-whatsapp-message-media",
        ["PutWhatsAppBusinessAccountEventDestinations"] = "put-whatsapp-business-account-event-destinations",
        ["SendWhatsAppMessage"] = "send-whatsapp-message",
        ["StartOTelEnrichment"] = "start-otel-enrichment",
        ["StopOTelEnrichment"] = "stop-otel-enrichment",
        ["UpdateWhatsAppMessageTemplate"] = "update-whatsapp-message-template",
    };

    public static string Kebab(string name)
    {
        // A name that already holds the separator is taken as transformed.
        if (name.IndexOf('-') >= 0) return name;
        if (s_fixed.TryGetValue(name, out var fixedName)) return fixedName;
        // A trailing run of two or more capitals and an "s" (ARNs, ACLs) becomes one lower-case word.
        name = SplitTrailingPluralAcronym(name);
        return SplitBeforeCapitalAfterLowerOrDigit(SplitBeforeLowerCaseWords(name)).ToLowerInvariant();
    }

    private static string SplitTrailingPluralAcronym(string name)
    {
        int end = name.Length - 1;
        if (end < 2 || name[end] != 's') return name;
        int start = end;
        while (start > 0 && IsUpper(name[start - 1])) start--;
        if (end - start < 2) return name;
        return name.Substring(0, start) + "-" + name.Substring(start).ToLowerInvariant();
    }

    /// <summary>Before every capital followed by lower-case letters, when a character precedes it: "(.)([A-Z][a-z]+)".</summary>
    private static string SplitBeforeLowerCaseWords(string name)
    {
        var sb = new StringBuilder(name.Length + 8);
        int i = 0;
        while (i < name.Length)
        {
            // A match needs a preceding character (consumed by the match), a capital, then one or more lower-case letters.
            if (i + 2 < name.Length && IsUpper(name[i + 1]) && IsLower(name[i + 2]))
            {
                int end = i + 3;
                while (end < name.Length && IsLower(name[end])) end++;
                sb.Append(name[i]).Append('-').Append(name, i + 1, end - i - 1);
                i = end;
                continue;
            }
            sb.Append(name[i]);
            i++;
        }
        return sb.ToString();
    }

    /// <summary>Between a lower-case letter or digit and a capital: "([a-z0-9])([A-Z])".</summary>
    private static string SplitBeforeCapitalAfterLowerOrDigit(string name)
    {
        var sb = new StringBuilder(name.Length + 8);
        int i = 0;
        while (i < name.Length)
        {
            if (i + 1 < name.Length && (IsLower(name[i]) || IsDigit(name[i])) && IsUpper(name[i + 1]))
            {
                // Both characters are consumed by the match, as in a regex substitution.
                sb.Append(name[i]).Append('-').Append(name[i + 1]);
                i += 2;
                continue;
            }
            sb.Append(name[i]);
            i++;
        }
        return sb.ToString();
    }

    private static bool IsUpper(char c) => c >= 'A' && c <= 'Z';
    private static bool IsLower(char c) => c >= 'a' && c <= 'z';
    private static bool IsDigit(char c) => c >= '0' && c <= '9';
}
