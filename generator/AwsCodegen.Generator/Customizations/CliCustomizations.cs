using System;
using System.Collections.Generic;
using System.Linq;
using AwsCodegen.Generator.Model;
using AwsCodegen.Generator.Naming;

namespace AwsCodegen.Generator.Customizations;

/// <summary>
/// The command-line names aws-cli gives that its botocore names do not: renamed services, renamed parameters and
/// operations it does not offer. One table, applied to the spec once (spec → spec), so that the descriptors carry the
/// names a user of aws-cli types. Keys are aws-cli's: "service.operation.parameter", the operation possibly "*".
/// </summary>
internal static class CliCustomizations
{
    private static readonly Dictionary<string, string> s_serviceNames = new(StringComparer.Ordinal)
    {
        ["s3"] = "s3api", // "s3" is the high-level command set (ls, cp, sync)
        ["codedeploy"] = "deploy",
        ["config"] = "configservice",
    };

    /// <summary>Parameters aws-cli renames, mostly where the model's name clashes with a global option or reads badly.</summary>
    private static readonly Dictionary<string, string> s_parameterRenames = new(StringComparer.Ordinal)
    {
        ["ec2.create-image.no-no-reboot"] = "reboot",
        ["ec2.*.no-egress"] = "ingress",
        ["ec2.*.no-disable-api-termination"] = "enable-api-termination",
        ["swf.register-activity-type.version"] = "activity-version",
        ["swf.register-workflow-type.version"] = "workflow-version",
        ["datapipeline.*.query"] = "objects-query",
        ["datapipeline.get-pipeline-definition.version"] = "pipeline-version",
        ["emr.*.job-flow-ids"] = "cluster-ids",
        ["emr.*.job-flow-id"] = "cluster-id",
        ["cloudsearchdomain.search.query"] = "search-query",
        ["cloudsearchdomain.suggest.query"] = "suggest-query",
        ["sns.subscribe.endpoint"] = "notification-endpoint",
        ["deploy.*.s-3-location"] = "s3-location",
        ["deploy.*.ec-2-tag-filters"] = "ec2-tag-filters",
        ["codepipeline.get-pipeline.version"] = "pipeline-version",
        ["codepipeline.create-custom-action-type.version"] = "action-version",
        ["codepipeline.delete-custom-action-type.version"] = "action-version",
        ["codepipeline.get-action-type.version"] = "action-version",
        ["kinesisanalytics.add-application-output.output"] = "application-output",
        ["kinesisanalyticsv2.add-application-output.output"] = "application-output",
        ["route53.delete-traffic-policy.version"] = "traffic-policy-version",
        ["route53.get-traffic-policy.version"] = "traffic-policy-version",
        ["route53.update-traffic-policy-comment.version"] = "traffic-policy-version",
        ["gamelift.create-build.version"] = "build-version",
        ["gamelift.update-build.version"] = "build-version",
        ["gamelift.create-script.version"] = "script-version",
        ["gamelift.update-script.version"] = "script-version",
        ["route53domains.view-billing.start"] = "start-time",
        ["route53domains.view-billing.end"] = "end-time",
        ["apigateway.create-rest-api.version"] = "api-version",
        ["apigatewayv2.create-api.version"] = "api-version",
        ["apigatewayv2.update-api.version"] = "api-version",
        ["pinpoint.get-campaign-version.version"] = "campaign-version",
        ["pinpoint.get-segment-version.version"] = "segment-version",
        ["pinpoint.delete-email-template.version"] = "template-version",
        ["pinpoint.delete-in-app-template.version"] = "template-version",
        ["pinpoint.delete-push-template.version"] = "template-version",
        ["pinpoint.delete-sms-template.version"] = "template-version",
        ["pinpoint.delete-voice-template.version"] = "template-version",
        ["pinpoint.get-email-template.version"] = "template-version",
        ["pinpoint.get-in-app-template.version"] = "template-version",
        ["pinpoint.get-push-template.version"] = "template-version",
        ["pinpoint.get-sms-template.version"] = "template-version",
        ["pinpoint.get-voice-template.version"] = "template-version",
        ["pinpoint.update-email-template.version"] = "template-version",
        ["pinpoint.update-in-app-template.version"] = "template-version",
        ["pinpoint.update-push-template.version"] = "template-version",
        ["pinpoint.update-sms-template.version"] = "template-version",
        ["pinpoint.update-voice-template.version"] = "template-version",
        ["stepfunctions.send-task-success.output"] = "task-output",
        ["clouddirectory.publish-schema.version"] = "schema-version",
        ["mturk.list-qualification-types.query"] = "types-query",
        ["workdocs.create-notification-subscription.endpoint"] = "notification-endpoint",
        ["workdocs.describe-users.query"] = "user-query",
        ["lex-models.delete-bot.version"] = "bot-version",
        ["lex-models.delete-intent.version"] = "intent-version",
        ["lex-models.delete-slot-type.version"] = "slot-type-version",
        ["lex-models.get-intent.version"] = "intent-version",
        ["lex-models.get-slot-type.version"] = "slot-type-version",
        ["lex-models.delete-bot-version.version"] = "bot-version",
        ["lex-models.delete-intent-version.version"] = "intent-version",
        ["lex-models.delete-slot-type-version.version"] = "slot-type-version",
        ["lex-models.get-export.version"] = "resource-version",
        ["license-manager.get-grant.version"] = "grant-version",
        ["license-manager.delete-grant.version"] = "grant-version",
        ["license-manager.get-license.version"] = "license-version",
        ["rekognition.create-stream-processor.output"] = "stream-processor-output",
        ["eks.create-cluster.version"] = "kubernetes-version",
        ["eks.update-cluster-version.version"] = "kubernetes-version",
        ["eks.create-nodegroup.version"] = "kubernetes-version",
        ["eks.update-nodegroup-version.version"] = "kubernetes-version",
        ["eks.update-cluster-components-version.version"] = "kubernetes-version",
        ["schemas.*.version"] = "schema-version",
        ["sagemaker.delete-image-version.version"] = "version-number",
        ["sagemaker.describe-image-version.version"] = "version-number",
        ["sagemaker.list-aliases.version"] = "version-number",
        ["sagemaker.update-image-version.version"] = "version-number",
        ["iotwireless.*.lo-ra-wan"] = "lorawan",
        ["ecs.*.no-enable-execute-command"] = "disable-execute-command",
        ["ecs.execute-command.no-interactive"] = "non-interactive",
        ["controltower.create-landing-zone.version"] = "landing-zone-version",
        ["controltower.update-landing-zone.version"] = "landing-zone-version",
        ["glue.get-unfiltered-partition-metadata.region"] = "resource-region",
        ["glue.get-unfiltered-partitions-metadata.region"] = "resource-region",
        ["glue.get-unfiltered-table-metadata.region"] = "resource-region",
    };

    /// <summary>Operations aws-cli removes: retired ones, and event streams it cannot print.</summary>
    private static readonly Dictionary<string, string[]> s_removedOperations = new(StringComparer.Ordinal)
    {
        ["ses"] = ["delete-verified-email-address", "list-verified-email-addresses", "verify-email-address"],
        ["ec2"] = ["import-instance", "import-volume"],
        ["emr"] =
        [
            "run-job-flow", "describe-job-flows", "add-job-flow-steps", "terminate-job-flows", "list-bootstrap-actions",
            "list-instance-groups", "set-termination-protection", "set-keep-job-flow-alive-when-no-steps",
            "set-visible-to-all-users", "set-unhealthy-node-replacement",
        ],
        ["kinesis"] = ["subscribe-to-shard"],
        ["lexv2-runtime"] = ["start-conversation"],
        ["lambda"] = ["invoke-with-response-stream"],
        ["sagemaker-runtime"] = ["invoke-endpoint-with-response-stream"],
        ["bedrock-runtime"] = ["invoke-model-with-response-stream", "invoke-model-with-bidirectional-stream", "converse-stream"],
        ["bedrock-agent-runtime"] = ["invoke-agent", "invoke-flow", "invoke-inline-agent", "optimize-prompt", "retrieve-and-generate-stream"],
        ["bedrock-agentcore"] = ["invoke-code-interpreter", "invoke-agent-runtime-command", "invoke-harness"],
        ["qbusiness"] = ["chat"],
        ["iotsitewise"] = ["invoke-assistant"],
        ["logs"] = ["get-log-object"],
        ["connecthealth"] = ["start-medical-scribe-listening-session"],
        ["polly"] = ["start-speech-synthesis-stream"],
        ["devops-agent"] = ["send-message"],
    };

    /// <summary>The parameter renames, keyed "service.operation.parameter" (the tests compare them with aws-cli's).</summary>
    public static IReadOnlyDictionary<string, string> ParameterRenames => s_parameterRenames;

    /// <summary>The command name of a service known to botocore as <paramref name="botocoreName"/>.</summary>
    public static string ServiceCliName(string botocoreName) =>
        s_serviceNames.TryGetValue(botocoreName, out var renamed) ? renamed : botocoreName;

    /// <summary>
    /// Gives the service, its operations and their request members their command-line names: botocore's xform_name,
    /// then aws-cli's renames and removals.
    /// </summary>
    public static ServiceSpec Apply(ServiceSpec spec)
    {
        string service = ServiceCliName(spec.BotocoreName);
        var removed = s_removedOperations.TryGetValue(service, out var names) ? new HashSet<string>(names, StringComparer.Ordinal) : null;
        var requestShapes = new Dictionary<string, OperationSpec>(StringComparer.Ordinal);
        var operations = new List<OperationSpec>(spec.Operations.Count);
        foreach (var op in spec.Operations)
        {
            string cli = CliNames.Kebab(op.Name);
            var named = op with { CliName = cli, CliHidden = removed?.Contains(cli) == true };
            operations.Add(named);
            requestShapes[op.RequestShape] = named;
        }
        var shapes = new List<ShapeSpec>(spec.Shapes.Count);
        foreach (var shape in spec.Shapes)
        {
            if (shape.Role != ShapeRole.Request || !requestShapes.TryGetValue(shape.Name, out var op))
            {
                shapes.Add(shape);
                continue;
            }
            var members = shape.Members.Select(m =>
            {
                string cli = CliNames.Kebab(m.Name);
                bool boolean = spec.FindShape(m.Target)?.Kind == ShapeKind.Boolean;
                return m with
                {
                    CliName = ParameterName(service, op.CliName, cli),
                    CliNegatedName = boolean ? ParameterName(service, op.CliName, "no-" + cli) : null,
                };
            });
            shapes.Add(shape with { Members = members.ToEquatableArray() });
        }
        return spec with { CliName = service, Operations = operations.ToEquatableArray(), Shapes = shapes.ToEquatableArray() };
    }

    private static string ParameterName(string service, string operation, string parameter) =>
        s_parameterRenames.TryGetValue($"{service}.{operation}.{parameter}", out var renamed) ? renamed
        : s_parameterRenames.TryGetValue($"{service}.*.{parameter}", out renamed) ? renamed
        : parameter;
}
