#!/usr/bin/env python3
"""Summarizes a resident-bench.sh run: per-command medians (aws, awscg cold, awscg through the daemon, the warm
in-process request), the 200-command script each way with the TLS handshakes counted at the front, the thin
client's start, the targets, and a chart.

usage: resident_report.py RESULTS_DIR RUNS SCRIPT_RUNS              writes RESULTS_DIR/summary.md and resident.png
       resident_report.py --docs RESULTS_DIR docs/benchmarks.md     puts summary.md between the resident markers
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cli_report import medians, put_section  # noqa: E402  (hyperfine JSON; the docs section)

COMMANDS = [
    ("sqs-send-message", "`sqs send-message`"),
    ("dynamodb-put-item", "`dynamodb put-item`"),
    ("s3api-put-object", "`s3api put-object`"),
]
WAYS = [
    ("aws-loop", "aws, a shell loop"),
    ("awscg-cold-loop", "awscg cold (resident off), a shell loop"),
    ("awscg-resident-loop", "awscg through the daemon, a shell loop"),
    ("awscg-batch-p8", "`awscg batch script.txt --parallel 8`"),
]
START, END = "<!-- resident-bench:start -->", "<!-- resident-bench:end -->"


def ms(seconds):
    return f"{seconds * 1000:.1f} ms"


def summarize(out, runs, script_runs):
    rows, chart, overheads, speedups = [], [], [], []
    for key, label in COMMANDS:
        for transport in ("http", "https"):
            path = os.path.join(out, f"{key}-{transport}.json")
            if not os.path.exists(path):
                continue
            r = medians(path)
            aws, cold, resident = r["aws"]["median"], r["awscg-cold"]["median"], r["awscg-resident"]["median"]
            warm = medians(os.path.join(out, f"{key}-{transport}-warm.json"))["warm-batch-200"]["median"] / 200
            overheads.append(resident - warm)
            speedups.append(aws / resident)
            rows.append(f"| {label} | {transport} | {ms(aws)} | {ms(cold)} ({aws / cold:.0f}x) | {ms(resident)} ({aws / resident:.0f}x) "
                        f"| {ms(warm)} | {ms(resident - warm)} |")
            chart.append((f"{key.split('-', 1)[1]}\n{transport}", aws * 1000, cold * 1000, resident * 1000))
    start = medians(os.path.join(out, "start.json"))
    thin, floor = start["thin-client"]["median"], start["true"]["median"]
    handshakes = {}
    path = os.path.join(out, "handshakes.tsv")
    if os.path.exists(path):
        with open(path) as f:
            for line in f:
                way, requests, connections, resumed = line.split()
                handshakes[way] = (int(requests), int(connections), int(resumed))
    lines = [
        f"Per-command wall time, hyperfine medians of {runs} runs, all three in the same run against one local moto_server, "
        "over HTTP and over HTTPS through a keep-alive nginx TLS front (self-signed, `--no-verify-ssl` on both CLIs) "
        "(`tools/AwsCodegen.Benchmarks/resident-bench.sh`). awscg cold: resident mode off, the NativeAOT engine runs "
        "the command itself; through the daemon: the thin client forwards it to a warm daemon. Warm in-process: the same "
        "request from one warm engine (`awscg batch` of 200, per command). aws / awscg in brackets.",
        "",
        "| command | transport | aws-cli 1.45.11 | awscg cold | awscg through the daemon | warm in-process | daemon − warm |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: |",
        *rows,
    ]
    script_rows = []
    baseline = None
    for way, label in WAYS:
        path = os.path.join(out, f"script-200-{way}.json")
        if not os.path.exists(path):
            continue
        median = medians(path)[way]["median"]
        baseline = baseline or median
        requests, connections, resumed = handshakes.get(way, (0, 0, 0))
        script_rows.append(f"| {label} | {median:.2f} s | {ms(median / 200)} | {baseline / median:.1f}x | {requests} | {connections} ({resumed} resumed) |")
    lines += [
        "",
        f"A 200-command script over HTTPS (the three commands in turn; medians of {script_runs} runs, aws 1), and the TLS "
        "handshakes of one more run of each, counted at the front (distinct connections in nginx's access log; resumed: "
        "an abbreviated handshake on a cached session):",
        "",
        "| how | whole script | per command | aws / this | requests at the front | TLS handshakes |",
        "| --- | ---: | ---: | ---: | ---: | ---: |",
        *script_rows,
    ]
    resident_handshakes = handshakes.get("awscg-resident-loop", (0, 0, 0))[1]
    targets = [
        ("through the daemon, at least 50x faster per command than aws",
         f"{min(speedups):.0f}x to {max(speedups):.0f}x", min(speedups) >= 50),
        ("at most 2 ms above the same request from a warm in-process client",
         f"{min(overheads) * 1000:.1f} to {max(overheads) * 1000:.1f} ms above", max(overheads) <= 0.002),
        ("at most 1 TLS handshake per endpoint over the 200 commands (through the daemon; one endpoint)",
         f"{resident_handshakes}", resident_handshakes <= 1),
        ("the thin client's own start under 3 ms",
         f"{ms(thin)} (`/bin/true`: {ms(floor)})", thin < 0.003),
    ]
    lines += [
        "",
        "| target | measured | |",
        "| --- | --- | --- |",
        *[f"| {t} | {m} | {'met' if ok else 'missed'} |" for t, m, ok in targets],
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
    fig, ax = plt.subplots(figsize=(9, 3.8))
    x = range(len(chart))
    for offset, index, label, color in ((-0.27, 1, "aws-cli 1.45.11", "#ef6c00"), (0, 2, "awscg cold", "#90caf9"),
                                        (0.27, 3, "awscg through the daemon", "#1565c0")):
        ax.bar([i + offset for i in x], [c[index] for c in chart], 0.27, label=label, color=color)
    ax.set_yscale("log")
    ax.set_xticks(list(x))
    ax.set_xticklabels([c[0] for c in chart], fontsize=8)
    ax.set_ylabel("ms per command (median, log)")
    ax.set_title("One command, whole process, against moto (HTTP, and HTTPS through nginx)")
    ax.legend(fontsize=8)
    fig.tight_layout()
    fig.savefig(os.path.join(out, "resident.png"), dpi=120)


def docs(out, path):
    put_section(out, path, START, END, "![Resident benchmark](resident-benchmarks.png)",
                "The resident host: aws, awscg cold and awscg through its daemon")


if __name__ == "__main__":
    if sys.argv[1] == "--docs":
        docs(sys.argv[2], sys.argv[3])
    else:
        summarize(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]))
