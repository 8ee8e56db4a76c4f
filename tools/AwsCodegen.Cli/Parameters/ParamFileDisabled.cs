using System;
using System.Collections.Frozen;
using System.Collections.Generic;

namespace AwsCodegen.Cli.Parameters;

/// <summary>
/// The parameters aws-cli never loads from <c>file://</c> or a URL because their value is itself a URI (its
/// paramfile.py PARAMFILE_DISABLED). aws-cli keys them by endpoint prefix; this table lists the entries that match a
/// service in fact, by the service's model name (rds's entries also reach docdb and neptune, which share its prefix;
/// entries whose prefix is no service's, such as api-gateway's and ses's, never apply and are left out).
/// </summary>
public static class ParamFileDisabled
{
    private static readonly FrozenSet<string> s_entries = new[]
    {
        "cloudformation create-change-set template-url",
        "cloudformation create-stack-set template-url",
        "cloudformation create-stack stack-policy-url",
        "cloudformation create-stack template-url",
        "cloudformation estimate-template-cost template-url",
        "cloudformation get-template-summary template-url",
        "cloudformation register-type schema-handler-package",
        "cloudformation set-stack-policy stack-policy-url",
        "cloudformation update-stack-set template-url",
        "cloudformation update-stack stack-policy-during-update-url",
        "cloudformation update-stack stack-policy-url",
        "cloudformation update-stack template-url",
        "cloudformation validate-template template-url",
        "comprehend batch-detect-dominant-language text-list",
        "comprehend batch-detect-entities text-list",
        "comprehend batch-detect-key-phrases text-list",
        "comprehend batch-detect-sentiment text-list",
        "comprehend detect-dominant-language text",
        "comprehend detect-entities text",
        "comprehend detect-key-phrases text",
        "comprehend detect-sentiment text",
        "guardduty create-ip-set location",
        "guardduty create-threat-intel-set location",
        "guardduty update-ip-set location",
        "guardduty update-threat-intel-set location",
        "iam create-open-id-connect-provider url",
        "iot create-job document-source",
        "docdb copy-db-cluster-snapshot pre-signed-url",
        "neptune copy-db-cluster-snapshot pre-signed-url",
        "rds copy-db-cluster-snapshot pre-signed-url",
        "docdb copy-db-snapshot pre-signed-url",
        "neptune copy-db-snapshot pre-signed-url",
        "rds copy-db-snapshot pre-signed-url",
        "docdb create-db-cluster pre-signed-url",
        "neptune create-db-cluster pre-signed-url",
        "rds create-db-cluster pre-signed-url",
        "docdb create-db-instance-read-replica pre-signed-url",
        "neptune create-db-instance-read-replica pre-signed-url",
        "rds create-db-instance-read-replica pre-signed-url",
        "s3 copy-object website-redirect-location",
        "s3 create-multipart-upload website-redirect-location",
        "s3 put-object website-redirect-location",
        "sns subscribe notification-endpoint",
        "sqs add-permission queue-url",
        "sqs change-message-visibility-batch queue-url",
        "sqs change-message-visibility queue-url",
        "sqs delete-message-batch queue-url",
        "sqs delete-message queue-url",
        "sqs delete-queue queue-url",
        "sqs get-queue-attributes queue-url",
        "sqs list-dead-letter-source-queues queue-url",
        "sqs list-queue-tags queue-url",
        "sqs purge-queue queue-url",
        "sqs receive-message queue-url",
        "sqs remove-permission queue-url",
        "sqs send-message-batch queue-url",
        "sqs send-message queue-url",
        "sqs set-queue-attributes queue-url",
        "sqs tag-queue queue-url",
        "sqs untag-queue queue-url",
        "translate translate-text text",
        "workdocs create-notification-subscription notification-endpoint",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Whether aws-cli takes this parameter's value literally, never as a file reference.</summary>
    /// <param name="serviceName">The model's service name (<c>sqs</c>, <c>s3</c> for s3api).</param>
    /// <param name="operationCliName">The command name (<c>send-message</c>).</param>
    /// <param name="parameterCliName">The parameter's name without dashes (<c>queue-url</c>).</param>
    public static bool Contains(string serviceName, string operationCliName, string parameterCliName) =>
        s_entries.Contains(serviceName + " " + operationCliName + " " + parameterCliName);

    public static IReadOnlyCollection<string> Entries => s_entries;
}
