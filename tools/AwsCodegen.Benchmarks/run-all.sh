#!/usr/bin/env bash
# Reproduces every number in docs/benchmarks.md:
#   1. builds the benchmarks and checks that every client gets a good answer from the stub (results/check.txt);
#   2. runs the BenchmarkDotNet suite (results/bdn/);
#   3. publishes the cold-start apps (NativeAOT net9.0 and JIT net10.0), counting trim/AOT warnings, and times one
#      process per app with hyperfine against the stub (results/coldstart/);
#   4. writes results/summary.json and results/summary.md, the tables in docs/benchmarks.md and docs/benchmarks.png.
#
# usage: tools/AwsCodegen.Benchmarks/run-all.sh [--quick] [--no-docs] [--filter GLOB]
#   --quick      short BenchmarkDotNet iterations and few hyperfine runs: checks the pipeline, not for publishing
#                (implies --no-docs)
#   --no-docs    leave docs/ alone (results/ only)
#   --filter G   only the BenchmarkDotNet benchmarks matching G (BenchmarkDotNet's --filter), e.g. '*Call*'
# Needs: the .NET 10 SDK, python3 with botocore (the build imports models), hyperfine (apt-get install hyperfine),
# and matplotlib for the chart (apt-get install python3-matplotlib or pip install matplotlib; without it the chart is
# skipped with a note).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
results="$here/results"
quick=0
docs=1
filter='*'
while [ $# -gt 0 ]; do
    case "$1" in
        --quick) quick=1; docs=0 ;; # a check of the pipeline: its numbers never replace the published ones
        --no-docs) docs=0 ;;
        --filter) filter="$2"; shift ;;
        *) echo "usage: $0 [--quick] [--no-docs] [--filter GLOB]" >&2; exit 2 ;;
    esac
    shift
done

# Both SDKs get explicit dummy credentials and region; nothing may reach the instance metadata service, and neither
# may pick up a developer's profile (retry settings, endpoints) from ~/.aws.
export AWS_EC2_METADATA_DISABLED=true
export AWS_CONFIG_FILE=/nonexistent/aws-config
export AWS_SHARED_CREDENTIALS_FILE=/nonexistent/aws-credentials
unset AWS_PROFILE AWS_DEFAULT_PROFILE AWS_REGION AWS_DEFAULT_REGION AWS_ENDPOINT_URL AWS_ENDPOINT_URL_DYNAMODB AWS_ENDPOINT_URL_S3 \
      AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY AWS_SESSION_TOKEN AWS_MAX_ATTEMPTS AWS_RETRY_MODE || true
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# hyperfine comes from Debian. Where this runs as root with apt-get (this project's machines and CI), install it;
# elsewhere say in one line what to install.
if ! command -v hyperfine >/dev/null; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        echo "hyperfine is missing: installing it with apt-get" >&2
        { apt-get install -y -q hyperfine || { apt-get update -q && apt-get install -y -q hyperfine; }; } > /tmp/awscodegen-apt.log 2>&1 \
            || { echo "error: apt-get install hyperfine failed (log: /tmp/awscodegen-apt.log)" >&2; exit 2; }
    else
        echo "error: hyperfine is missing: install it with 'apt-get install -y hyperfine' (or your system's package manager)" >&2; exit 2
    fi
fi
started=$(date +%s)
log() { printf '[%4ss] %s\n' "$(( $(date +%s) - started ))" "$*"; }

rm -rf "$results"
mkdir -p "$results/coldstart"
python3 - "$results/environment.json" "$quick" <<'PY'
import json, os, platform, subprocess, sys
def run(*cmd):
    try: return subprocess.run(cmd, capture_output=True, text=True, timeout=60).stdout.strip()
    except Exception as e: return f"unavailable ({e})"
cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), platform.processor())
json.dump({
    "cpu": cpu, "cores": os.cpu_count(), "memory_gib": round(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30),
    "os": run("sh", "-c", ". /etc/os-release && echo $PRETTY_NAME"), "kernel": platform.release(),
    "dotnet_sdk": run("dotnet", "--version"), "hyperfine": run("hyperfine", "--version"),
    "load_average_at_start": os.getloadavg(), "quick": sys.argv[2] == "1",
}, open(sys.argv[1], "w"), indent=2)
PY

log "building the benchmarks (Release)"
dotnet build "$here/AwsCodegen.Benchmarks.csproj" -c Release -nologo -clp:NoSummary -v:q > "$results/build.log" 2>&1 \
    || { tail -n 40 "$results/build.log"; exit 1; }
bench=("dotnet" "$here/bin/Release/net10.0/AwsCodegen.Benchmarks.dll")

log "smoke check: one call per client and operation against the stub"
"${bench[@]}" check > "$results/check.txt" 2>&1 || { tail -n 40 "$results/check.txt"; exit 1; }

log "BenchmarkDotNet (filter $filter)"
bdn_args=(--filter "$filter" --artifacts "$results/bdn")
[ "$quick" = 1 ] && bdn_args+=(--iterationCount 3 --warmupCount 1 --iterationTime 50)
"${bench[@]}" "${bdn_args[@]}" > "$results/bdn.log" 2>&1 || { grep -E "Exception|Error" "$results/bdn.log" | head -n 20; exit 1; }

# Cold start. Each app's own obj/ and bin/ are removed first, so that the compiler and ILC run and print every
# warning again (an up-to-date publish prints none); project references stay incremental.
publish() { # name project mode(aot|jit)
    local name="$1" project="$repo/tools/AwsCodegen.ColdStart/$2" mode="$3" framework out
    if [ "$mode" = aot ]; then framework=net9.0; else framework=net10.0; fi
    out="$results/coldstart/$name-$mode"
    rm -rf "$project/obj" "$project/bin"
    log "publishing $name ($mode, $framework)"
    dotnet publish "$project" -c Release -f "$framework" -r linux-x64 --self-contained "$([ "$mode" = aot ] && echo true || echo false)" \
        -o "$out" -nologo -clp:NoSummary > "$results/coldstart/publish-$name-$mode.log" 2>&1 \
        || { tail -n 40 "$results/coldstart/publish-$name-$mode.log"; exit 1; }
}
for mode in aot jit; do
    publish hello Hello "$mode"
    publish raw Raw "$mode"
    publish ours Ours "$mode"
    publish awssdk AwsSdk "$mode"
done

log "starting the stub for the cold-start runs"
stub_in="$results/coldstart/stub.stdin"
mkfifo "$stub_in"
"${bench[@]}" stub < "$stub_in" > "$results/coldstart/stub.out" 2>&1 &
stub_pid=$!
exec 9> "$stub_in" # holds the stub's stdin open; closing it stops the stub
trap 'exec 9>&-; wait "$stub_pid" 2>/dev/null || true' EXIT
for _ in $(seq 100); do grep -q '^listening ' "$results/coldstart/stub.out" 2>/dev/null && break; sleep 0.1; done
url="$(sed -n 's/^listening //p' "$results/coldstart/stub.out")"
[ -n "$url" ] || { echo "the stub did not start" >&2; cat "$results/coldstart/stub.out" >&2; exit 1; }

# hyperfine runs all of one command's runs before the next command's, so on a shared machine a change of load would
# land on one app only. The runs are therefore split into rounds that alternate the order of the apps; report.py pools
# the rounds' times per app.
rounds=4; runs=10; warmup=3
[ "$quick" = 1 ] && { rounds=1; runs=5; warmup=1; }
cs="$results/coldstart"
apps=(
    hello-aot "$cs/hello-aot/AwsCodegen.ColdStart.Hello"
    raw-aot "$cs/raw-aot/AwsCodegen.ColdStart.Raw $url"
    ours-aot "$cs/ours-aot/AwsCodegen.ColdStart.Ours $url"
    awssdk-aot "$cs/awssdk-aot/AwsCodegen.ColdStart.AwsSdk $url"
    hello-jit "$cs/hello-jit/AwsCodegen.ColdStart.Hello"
    raw-jit "$cs/raw-jit/AwsCodegen.ColdStart.Raw $url"
    ours-jit "$cs/ours-jit/AwsCodegen.ColdStart.Ours $url"
    awssdk-jit "$cs/awssdk-jit/AwsCodegen.ColdStart.AwsSdk $url"
)
# Every app must answer correctly once before it is timed (the apps exit non-zero on a wrong answer).
for ((i = 0; i < ${#apps[@]}; i += 2)); do
    ${apps[i + 1]} > /dev/null || { echo "${apps[i]} failed against the stub" >&2; exit 1; }
done
for round in $(seq "$rounds"); do
    log "hyperfine round $round of $rounds: $runs runs per app"
    named=()
    for ((i = 0; i < ${#apps[@]}; i += 2)); do
        if [ $((round % 2)) = 1 ]; then named+=(-n "${apps[i]}" "${apps[i + 1]}"); else named=(-n "${apps[i]}" "${apps[i + 1]}" "${named[@]}"); fi
    done
    hyperfine -N --warmup "$warmup" --runs "$runs" --style basic \
        --export-json "$cs/hyperfine-$round.json" --export-markdown "$cs/hyperfine-$round.md" "${named[@]}" \
        > "$cs/hyperfine-$round.log" 2>&1 || { tail -n 40 "$cs/hyperfine-$round.log"; exit 1; }
done

log "summarizing"
report_args=("$results")
[ "$docs" = 1 ] && report_args+=(--docs "$repo/docs/benchmarks.md")
python3 "$here/report.py" "${report_args[@]}"
if [ "$docs" = 1 ]; then
    # The first python with matplotlib: the default one (pip) or Debian's (apt-get install python3-matplotlib).
    plotter=""
    for candidate in python3 /usr/bin/python3; do
        if "$candidate" -c "import matplotlib" 2>/dev/null; then plotter="$candidate"; break; fi
    done
    if [ -n "$plotter" ]; then
        "$plotter" "$here/chart.py" "$results/summary.json" "$repo/docs/benchmarks.png"
    else
        echo "matplotlib is missing (apt-get install python3-matplotlib): docs/benchmarks.png not redrawn" >&2
    fi
fi
log "done: $results/summary.md"
