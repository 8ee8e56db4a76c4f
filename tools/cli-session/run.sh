#!/usr/bin/env bash
# The main job: a real awscg session against a local moto_server with signature checking on.
# Builds the NativeAOT awscg into artifacts/awscg/, starts moto on 127.0.0.1 on a free port, makes an IAM user
# with moto's three unauthenticated calls, then runs awscg commands over the json (dynamodb), query (iam, sns,
# cloudformation), ec2 and rest-xml (s3) protocols with that user's keys, printing each command and its output.
# Usage: tools/cli-session/run.sh [--no-build]
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
bin="$root/artifacts/awscg/awscg"

command -v moto_server >/dev/null || { echo "moto_server is not installed: pip install \"moto[server]\"" >&2; exit 1; }
if [[ "${1:-}" != "--no-build" ]]; then
  echo "== building awscg (NativeAOT) into artifacts/awscg/"
  dotnet publish tools/AwsCodegen.Cli -c Release -o artifacts/awscg -v quiet -nologo -clp:NoSummary 2>&1 | grep -Ev '^\s*$' || true
fi
[[ -x "$bin" ]] || { echo "no $bin: the publish failed (see above)" >&2; exit 1; }

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
workdir=$(mktemp -d)
cleanup() {
  "$bin" daemon stop >/dev/null 2>&1 || true
  [[ -n "${moto_pid:-}" ]] && kill "$moto_pid" 2>/dev/null; wait 2>/dev/null; rm -rf "$workdir"
}
trap cleanup EXIT
env -i PATH="$PATH" HOME="$workdir" AWS_EC2_METADATA_DISABLED=true AWS_ACCESS_KEY_ID=testing AWS_SECRET_ACCESS_KEY=testing \
  AWS_DEFAULT_REGION=us-east-1 INITIAL_NO_AUTH_ACTION_COUNT=3 moto_server -H 127.0.0.1 -p "$port" >"$workdir/moto.log" 2>&1 &
moto_pid=$!
for _ in $(seq 100); do
  python3 -c "import socket,sys; socket.create_connection(('127.0.0.1', $port), 0.2)" 2>/dev/null && break
  sleep 0.1
done
echo "== moto_server on 127.0.0.1:$port (signature checking on after 3 unauthenticated calls)"

# Every command sees only this environment: no ~/.aws of the machine, no instance metadata.
export HOME="$workdir" AWS_EC2_METADATA_DISABLED=true AWS_DEFAULT_REGION=us-east-1 AWS_ENDPOINT_URL="http://127.0.0.1:$port"
export AWS_ACCESS_KEY_ID=testing AWS_SECRET_ACCESS_KEY=testing
unset AWS_PROFILE AWS_SESSION_TOKEN AWS_CONFIG_FILE AWS_SHARED_CREDENTIALS_FILE
# Commands run in the resident daemon (the default): the first one starts it, in a directory of this session's own.
export AWSCG_RESIDENT_DIR="$workdir/resident"
unset AWSCG_RESIDENT

run() {
  printf '\n$ awscg %s\n' "$*"
  local start end rc=0
  start=$(date +%s%N)
  "$bin" "$@" || rc=$?
  end=$(date +%s%N)
  printf '  (exit %d, %d ms)\n' "$rc" $(( (end - start) / 1000000 ))
  return $rc
}

# moto's three unauthenticated calls: a user, an allow-all policy, an access key.
run iam create-user --user-name session --query User.UserName --output text
run iam put-user-policy --user-name session --policy-name all \
  --policy-document '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}'
keys=$("$bin" iam create-access-key --user-name session --query 'AccessKey.[AccessKeyId,SecretAccessKey]' --output text)
export AWS_ACCESS_KEY_ID=${keys%%$'\t'*} AWS_SECRET_ACCESS_KEY=${keys##*$'\t'}
echo "== signing with the new user's key $AWS_ACCESS_KEY_ID from now on"

run sts get-caller-identity
run dynamodb create-table --table-name orders --attribute-definitions AttributeName=pk,AttributeType=S \
  --key-schema AttributeName=pk,KeyType=HASH --billing-mode PAY_PER_REQUEST --query TableDescription.TableStatus
run dynamodb wait table-exists --table-name orders
run dynamodb put-item --table-name orders --item '{"pk":{"S":"order#1"},"total":{"N":"59.90"},"paid":{"BOOL":true}}'
run dynamodb put-item --table-name orders --item '{"pk":{"S":"order#2"},"total":{"N":"12.5"}}'
run dynamodb get-item --table-name orders --key '{"pk":{"S":"order#1"}}'
run dynamodb scan --table-name orders --max-items 1 --query 'Items[].pk.S'
run dynamodb scan --table-name orders --output table
run sns create-topic --name deploys
run sns list-topics --output text
run s3api create-bucket --bucket awscg-session
printf 'hello from awscg\n' > "$workdir/hello.txt"
run s3api put-object --bucket awscg-session --key hello.txt --body "$workdir/hello.txt"
run s3api list-objects-v2 --bucket awscg-session --query 'Contents[].[Key,Size]' --output text
run s3api get-object --bucket awscg-session --key hello.txt "$workdir/copy.txt" --query ContentLength
echo "  copy.txt: $(cat "$workdir/copy.txt")"
printf 'streamed through stdin\n' | run s3 cp - s3://awscg-session/notes/from-stdin.txt
run s3 cp s3://awscg-session/notes/from-stdin.txt -
run s3 ls s3://awscg-session --recursive
run ec2 describe-regions --region-names us-east-1 eu-west-1 --output table
run cloudformation list-stacks
run dynamodb put-item help | sed -n '1,/^SYNOPSIS/p' | head -n 12
echo
echo "== errors: a service error (exit 254), a usage error (exit 252), a wrong secret (signature checked)"
run dynamodb describe-table --table-name missing || true
run dynamodb get-item --table-name orders || true
AWS_SECRET_ACCESS_KEY=wrong run sts get-caller-identity || true
run dynamodb delete-table --table-name orders --query TableDescription.TableName --output text
echo
echo "== the same command in-process (--no-resident) and through the daemon: the same output"
diff <("$bin" --no-resident sts get-caller-identity --output text) <("$bin" sts get-caller-identity --output text) && echo "  identical"
echo
echo "== awscg shell reading its lines from a pipe (at a terminal: a prompt with completion and history)"
printf '%s\n' 'sqs create-queue --queue-name from-shell --query QueueUrl' 'sqs list-queues --queue-name-prefix from --query "length(QueueUrls)"' \
  | run shell --output text
echo
echo "== the resident daemon that ran this session's commands"
run daemon status
run daemon stop
echo
echo "Done."
