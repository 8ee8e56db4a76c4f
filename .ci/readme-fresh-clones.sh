#!/usr/bin/env bash
# Times every command of README.md, and the benchmark script's --quick mode, each pasted into a fresh clone of
# this repository's HEAD with nothing built, beside ../shared as the README expects. Prints one line per command:
# exit code, wall time, and its last line of output (the totals, for the conformance runner).
# usage: .ci/readme-fresh-clones.sh [--keep]     (--keep leaves the clones for inspection)
# Slow (each command builds from nothing): about 20 minutes on 2 cores. Not part of CI; the closing note of
# issue 8 quotes its output.
set -uo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
parent="$(dirname "$repo")"
keep=0; [ "${1:-}" = "--keep" ] && keep=1
mapfile -t commands < <(python3 "$repo/.ci/readme-commands.py" list | grep '^README.md:' | sed 's/^README.md:[0-9]*: //')
commands+=("tools/AwsCodegen.Benchmarks/run-all.sh --quick")
printf '%-5s %8s  %s\n' exit seconds command
for i in "${!commands[@]}"; do
    clone="$parent/fresh-clone-$i"
    rm -rf "$clone"
    git clone -q "$repo" "$clone"
    started=$(date +%s.%N)
    (cd "$clone" && bash -c "${commands[$i]}") > "$clone.log" 2>&1
    status=$?
    elapsed=$(echo "$(date +%s.%N) - $started" | bc)
    printf '%-5s %8.1f  %s\n      last line: %s\n' "$status" "$elapsed" "${commands[$i]}" "$(grep -v '^\s*$' "$clone.log" | tail -n 1 | cut -c1-160)"
    [ "$keep" = 1 ] || rm -rf "$clone"
done
