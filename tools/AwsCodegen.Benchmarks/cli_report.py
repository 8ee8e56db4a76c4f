#!/usr/bin/env python3
"""Summarizes a cli-bench.sh run: medians, ratios (aws / awscg), the binary's size, and a chart.

usage: cli_report.py RESULTS_DIR SIZE_BYTES AOT_WARNINGS RUNS     writes RESULTS_DIR/summary.md and cli.png
       cli_report.py --docs RESULTS_DIR docs/benchmarks.md         puts summary.md between the CLI markers
"""
import json
import os
import sys

CASES = [
    ("version", "`--version` (start-up, no network)"),
    ("sts-get-caller-identity", "`sts get-caller-identity` (query)"),
    ("dynamodb-put-item", "`dynamodb put-item` (json)"),
    ("s3api-list-objects-v2", "`s3api list-objects-v2` (rest-xml)"),
]
START, END = "<!-- cli-bench:start -->", "<!-- cli-bench:end -->"
TARGET = 25.0


def medians(path):
    with open(path) as f:
        data = json.load(f)
    return {r["command"]: r for r in data["results"]}


def summarize(out, size, warnings, runs, engine_size=0):
    rows, chart = [], []
    for key, label in CASES:
        path = os.path.join(out, key + ".json")
        if not os.path.exists(path):
            continue
        r = medians(path)
        ours, aws = r["awscg"]["median"], r["aws"]["median"]
        ratio = aws / ours
        resident = r.get("awscg-resident", {}).get("median")
        through = f"{resident * 1000:.1f} ms ({aws / resident:.0f}x)" if resident else "-"
        rows.append(f"| {label} | {ours * 1000:.1f} ms | {through} | {aws * 1000:.1f} ms | {ratio:.1f}x | {'met' if ratio >= TARGET else 'missed'} |")
        chart.append((label.split("`")[1], ours * 1000, aws * 1000, ratio))
    lines = [
        f"Whole-process wall time, hyperfine medians of {runs} runs each, awscg and aws in the same run against one local "
        "moto_server (`tools/AwsCodegen.Benchmarks/cli-bench.sh`). Target: awscg at least 25x faster. awscg runs in-process "
        "(`--no-resident`: the NativeAOT engine handed the command by the thin client) and through a warm resident daemon "
        "(the thin client forwarding to it; aws / daemon in brackets).",
        "",
        "| command | awscg in-process | awscg through the daemon | aws-cli 1.45.11 | aws / in-process | target ≥ 25x |",
        "| --- | ---: | ---: | ---: | ---: | --- |",
        *rows,
        "",
        f"The thin client awscg: {size / 1024 / 1024:.1f} MiB; the engine awscg-engine: {engine_size / 1024 / 1024:.1f} MiB; "
        f"{warnings} trim/AOT warnings at publish. Start-up without a network "
        "call is the `--version` row; with one, the other rows (moto's own handling time is inside both columns).",
    ]
    script = os.path.join(out, "script-50-put-item.json")
    if os.path.exists(script):
        r = medians(script)
        baseline = r["aws-loop"]["median"]
        labels = {
            "aws-loop": "aws, a shell loop (a process per command)",
            "awscg-loop": "awscg in-process, a shell loop (a process per command)",
            "awscg-resident-loop": "awscg through the resident daemon, a shell loop (a thin client per command)",
            "awscg-batch": "`awscg batch script.txt` (one process, one at a time)",
            "awscg-batch-p8": "`awscg batch script.txt --parallel 8`",
            "awscg-fcli": "one `awscg` FCLI coprocess driven from bash",
        }
        lines += [
            "",
            f"A script of 50 `dynamodb put-item` commands, each way (hyperfine medians of {len(r['aws-loop']['times'])} runs):",
            "",
            "| how | whole script | per command | aws loop / this |",
            "| --- | ---: | ---: | ---: |",
            *[f"| {labels[k]} | {r[k]['median'] * 1000:.0f} ms | {r[k]['median'] * 1000 / 50:.1f} ms | {baseline / r[k]['median']:.1f}x |"
              for k in labels if k in r],
        ]
    with open(os.path.join(out, "summary.md"), "w") as f:
        f.write("\n".join(lines) + "\n")
    print("\n".join(lines))
    try:
        import matplotlib
        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        print("(no matplotlib: chart skipped; apt-get install python3-matplotlib)")
        return
    fig, ax = plt.subplots(figsize=(8, 3.6))
    names = [c[0] for c in chart]
    x = range(len(chart))
    ax.bar([i - 0.2 for i in x], [c[1] for c in chart], 0.4, label="awscg (NativeAOT)", color="#1565c0")
    ax.bar([i + 0.2 for i in x], [c[2] for c in chart], 0.4, label="aws-cli 1.45.11", color="#ef6c00")
    for i, c in enumerate(chart):
        ax.text(i, c[2], f"{c[3]:.0f}x", ha="center", va="bottom", fontsize=9)
    ax.set_xticks(list(x))
    ax.set_xticklabels(names, fontsize=8)
    ax.set_ylabel("ms per command (median)")
    ax.set_title("One command, whole process, against moto")
    ax.legend(fontsize=8)
    fig.tight_layout()
    fig.savefig(os.path.join(out, "cli.png"), dpi=120)


def put_section(out, path, start, end, image, heading):
    """Puts RESULTS_DIR/summary.md and its chart between the markers of docs/benchmarks.md (a new section if none)."""
    with open(os.path.join(out, "summary.md")) as f:
        summary = f.read()
    with open(path) as f:
        text = f.read()
    block = start + "\n" + summary + "\n" + image + "\n" + end
    if start in text:
        text = text[: text.index(start)] + block + text[text.index(end) + len(end):]
    else:
        text = text.rstrip() + "\n\n## " + heading + "\n\n" + block + "\n"
    with open(path, "w") as f:
        f.write(text)


def docs(out, path):
    put_section(out, path, START, END, "![CLI benchmark](cli-benchmarks.png)", "The CLI: awscg against aws-cli")


if __name__ == "__main__":
    if sys.argv[1] == "--docs":
        docs(sys.argv[2], sys.argv[3])
    else:
        summarize(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5]) if len(sys.argv) > 5 else 0)
