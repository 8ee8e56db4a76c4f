#!/usr/bin/env bash
# The CLI benchmark: whole-process wall time of awscg (NativeAOT) against the installed aws-cli, in one hyperfine run
# per command, against one local moto_server. Reproduces the "CLI" section of docs/benchmarks.md.
#   awscg --version                 start-up without a network call
#   sts get-caller-identity         one query-protocol call
#   dynamodb put-item               one json call
#   s3api list-objects-v2           one rest-xml call
#   a script of 50 put-item         a shell loop (aws, awscg), awscg batch (1 and 8 at a time), an FCLI coprocess
# Also records the binary's size. Results: tools/AwsCodegen.Benchmarks/results/cli/ (hyperfine JSON, summary.md,
# cli.png when matplotlib is there); with --docs, the summary also replaces the CLI section of docs/benchmarks.md.
# usage: tools/AwsCodegen.Benchmarks/cli-bench.sh [--quick] [--docs] [--awscg PATH]
#   --awscg PATH   time this NativeAOT awscg (say artifacts/awscg/awscg from the main job) instead of publishing one
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
out="$here/results/cli"
runs=30; warmup=3; docs=0; given=""
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) runs=5; warmup=1 ;;
    --docs) docs=1 ;;
    --awscg) given="$(cd "$(dirname "$2")" && pwd)/$(basename "$2")"; shift ;;
    *) echo "usage: $0 [--quick] [--docs] [--awscg PATH]" >&2; exit 2 ;;
  esac
  shift
done
for tool in hyperfine moto_server aws; do
  command -v "$tool" >/dev/null || {
    if [ "$tool" = hyperfine ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
      (apt-get install -y -q hyperfine || (apt-get update -q && apt-get install -y -q hyperfine)) >/tmp/awscg-apt.log 2>&1 \
        || { echo "error: apt-get install hyperfine failed (log: /tmp/awscg-apt.log)" >&2; exit 2; }
    else
      echo "error: $tool is missing (hyperfine: apt-get install hyperfine; moto_server: pip install \"moto[server]\"; aws: pip install awscli==1.45.11)" >&2; exit 2
    fi
  }
done

rm -rf "$out"; mkdir -p "$out"
if [ -n "$given" ]; then
  awscg="$given"; : > "$out/publish.log"
else
  echo "== publishing awscg (NativeAOT)"
  dotnet publish "$repo/tools/AwsCodegen.Cli" -c Release -o "$out/awscg" -v quiet -nologo 2>&1 | tee "$out/publish.log" | grep -E "warning|error" || true
  awscg="$out/awscg/awscg"
fi
[ -x "$awscg" ] || { echo "error: the publish left no $awscg (see $out/publish.log)" >&2; exit 1; }
warnings=$(grep -cE "warning (IL|AOT)[0-9]+" "$out/publish.log" || true)

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
scratch=$(mktemp -d)
env -i PATH="$PATH" HOME="$scratch" AWS_EC2_METADATA_DISABLED=true AWS_ACCESS_KEY_ID=testing AWS_SECRET_ACCESS_KEY=testing \
  AWS_DEFAULT_REGION=us-east-1 moto_server -H 127.0.0.1 -p "$port" >"$scratch/moto.log" 2>&1 &
moto=$!
trap '"$awscg" daemon stop >/dev/null 2>&1; kill $moto 2>/dev/null; rm -rf "$scratch"' EXIT
for _ in $(seq 100); do python3 -c "import socket; socket.create_connection(('127.0.0.1', $port), 0.2)" 2>/dev/null && break; sleep 0.1; done

# Both tools: the same dummy credentials, region and endpoint; no profile, no pager, no instance metadata.
export HOME="$scratch" AWS_EC2_METADATA_DISABLED=true AWS_ACCESS_KEY_ID=testing AWS_SECRET_ACCESS_KEY=testing \
  AWS_DEFAULT_REGION=us-east-1 AWS_PAGER="" AWS_CONFIG_FILE=/nonexistent AWS_SHARED_CREDENTIALS_FILE=/nonexistent \
  AWSCG_RESIDENT_DIR="$scratch/resident"
endpoint="--endpoint-url http://127.0.0.1:$port"
"$awscg" dynamodb create-table --table-name bench --attribute-definitions AttributeName=pk,AttributeType=S \
  --key-schema AttributeName=pk,KeyType=HASH --billing-mode PAY_PER_REQUEST $endpoint >/dev/null
"$awscg" s3api create-bucket --bucket bench $endpoint >/dev/null
for i in 1 2 3; do echo "object $i" > "$scratch/o$i"; "$awscg" s3api put-object --bucket bench --key "o$i" --body "$scratch/o$i" $endpoint >/dev/null; done

# awscg in-process (--no-resident: the thin client hands the command to the engine; the option, not AWSCG_RESIDENT=0,
# because hyperfine -N would need /usr/bin/env's own start for a variable) and through the daemon.
bench() {
  local name="$1"; shift
  echo "== $name"
  hyperfine -N --runs "$runs" --warmup "$warmup" --export-json "$out/$name.json" \
    -n awscg "$awscg --no-resident $*" -n awscg-resident "$awscg $*" -n aws "aws $*" | sed -n '/Summary/,$p'
}
bench version "--version"
bench sts-get-caller-identity "sts get-caller-identity $endpoint"
bench dynamodb-put-item "dynamodb put-item --table-name bench --item '{\"pk\":{\"S\":\"k\"}}' $endpoint"
bench s3api-list-objects-v2 "s3api list-objects-v2 --bucket bench $endpoint"

# A script of 50 commands run each way: a shell loop of processes (aws, then awscg), awscg batch (one process,
# sequential and 8 at a time) and one FCLI coprocess driven from bash (tools/fcli/awscg-fcli.bash).
script_runs=$(( runs < 5 ? 1 : 3 ))
for i in $(seq 50); do echo "dynamodb put-item --table-name bench --item '{\"pk\":{\"S\":\"k$i\"}}' $endpoint"; done > "$scratch/script.txt"
printf '%s\n' 'while IFS= read -r line; do eval "$TOOL $line"; done < "$1"' > "$scratch/loop.sh"
printf '%s\n' "source '$repo/tools/fcli/awscg-fcli.bash'" 'fcli_start w "$AWSCG"' \
  'while IFS= read -r line; do eval "set -- $line"; fcli_run w "$@" || exit; done < "$1"' 'fcli_stop w' > "$scratch/fcli.sh"
echo "== script-50-put-item"
hyperfine -N --runs "$script_runs" --warmup 0 --export-json "$out/script-50-put-item.json" \
  -n aws-loop "env TOOL=aws bash $scratch/loop.sh $scratch/script.txt" \
  -n awscg-loop "env TOOL='$awscg --no-resident' bash $scratch/loop.sh $scratch/script.txt" \
  -n awscg-resident-loop "env TOOL=$awscg bash $scratch/loop.sh $scratch/script.txt" \
  -n awscg-batch "$awscg batch $scratch/script.txt" \
  -n awscg-batch-p8 "$awscg batch $scratch/script.txt --parallel 8" \
  -n awscg-fcli "env AWSCG=$awscg bash $scratch/fcli.sh $scratch/script.txt" | sed -n '/Summary/,$p'

size=$(stat -c %s "$awscg")
engine_size=$(stat -c %s "$(dirname "$awscg")/awscg-engine" 2>/dev/null || echo 0)
# The chart needs matplotlib: Debian's python3-matplotlib lives with /usr/bin/python3.
py=python3; python3 -c 'import matplotlib' 2>/dev/null || { /usr/bin/python3 -c 'import matplotlib' 2>/dev/null && py=/usr/bin/python3; }
"$py" "$here/cli_report.py" "$out" "$size" "$warnings" "$runs" "$engine_size"
if [ "$docs" = 1 ]; then
  "$py" "$here/cli_report.py" --docs "$out" "$repo/docs/benchmarks.md"
  [ -f "$out/cli.png" ] && cp "$out/cli.png" "$repo/docs/cli-benchmarks.png"
fi
echo "== results in $out"
