#!/usr/bin/env python3
"""Draws the headline ratios of a run (results/summary.json from report.py) into a PNG.

usage: chart.py results/summary.json docs/benchmarks.png

Needs matplotlib (Debian: apt-get install python3-matplotlib, then run with /usr/bin/python3). Only the docs need it;
nothing in CI does.
"""
import json
import sys
import textwrap

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402  (the backend must be chosen first)

MET, MISSED = "#2e7d32", "#c62828"
OURS, AWSSDK, FLOOR = "#1565c0", "#ef6c00", "#90a4ae"


def ratio_panel(ax, title, cases, ratios, limit, limit_label):
    # Calls marked "(extra)" go beyond the list: grey, as they are not held to the target.
    colors = [FLOOR if "(extra)" in c else MET if r <= limit else MISSED for c, r in zip(cases, ratios)]
    bars = ax.bar(range(len(cases)), ratios, color=colors)
    ax.axhline(limit, color="black", linestyle="--", linewidth=1)
    ax.text(len(cases) - 0.5, limit, f" target ≤ {limit_label}", va="bottom", ha="right", fontsize=8)
    for bar, r in zip(bars, ratios):
        ax.text(bar.get_x() + bar.get_width() / 2, bar.get_height(), f"{r:.2f}", ha="center", va="bottom", fontsize=8)
    ax.set_xticks(range(len(cases)))
    ax.set_xticklabels([textwrap.fill(c, 10) for c in cases], fontsize=7)
    ax.set_ylim(0, max(max(ratios, default=0), limit) * 1.25)
    ax.set_title(title, fontsize=10)
    ax.set_ylabel("ours ÷ AWSSDK (lower is better)", fontsize=8)


def main(summary_path, png_path):
    summary = json.load(open(summary_path, encoding="utf-8"))
    calls = summary["calls"]
    fig, axes = plt.subplots(1, 3, figsize=(14, 4.6), gridspec_kw={"width_ratios": [1, 1, 1]})

    overhead = [(c["case"], c["overhead_ratio"]) for c in calls if c["overhead_ratio"] is not None]
    ratio_panel(axes[0], "Per-call client overhead above raw HttpClient", [c for c, _ in overhead], [r for _, r in overhead], 0.5, "0.5")
    alloc = [(c["case"], c["alloc_ratio"]) for c in calls if c["alloc_ratio"] is not None]
    ratio_panel(axes[1], "Bytes allocated per call above raw HttpClient", [c for c, _ in alloc], [r for _, r in alloc], 1 / 3, "1/3")

    apps = summary["coldstart"]
    ax = axes[2]
    names = [a["name"] for a in apps]
    medians = [a["median_ms"] for a in apps]
    colors = [OURS if n.startswith("ours") else AWSSDK if n.startswith("awssdk") else FLOOR for n in names]
    bars = ax.bar(range(len(apps)), medians, color=colors)
    for bar, m in zip(bars, medians):
        ax.text(bar.get_x() + bar.get_width() / 2, bar.get_height(), f"{m:.1f}", ha="center", va="bottom", fontsize=8)
    ax.set_yscale("log")
    ax.set_xticks(range(len(apps)))
    ax.set_xticklabels([n.replace("-", "\n") for n in names], fontsize=8)
    ax.set_title("Cold start: one GetItem per process, median", fontsize=10)
    ratio = next((t for t in summary["targets"] if t["target"].startswith("NativeAOT")), None)
    if ratio:
        ax.text(0.02, 0.97, f"NativeAOT ours ÷ AWSSDK = {ratio['measured']:.2f} (target ≤ 0.5)", transform=ax.transAxes,
                va="top", fontsize=8, color=MET if ratio["met"] else MISSED)
    ax.set_ylabel("ms (log scale)", fontsize=8)

    quick = " (QUICK RUN)" if summary["environment"].get("quick") else ""
    fig.suptitle(f"AwsCodegen vs AWSSDK for .NET v4 — {summary['generated']}, "
                 f"{summary['environment'].get('cores')} cores{quick}", fontsize=11)
    fig.tight_layout()
    fig.savefig(png_path, dpi=110)
    print(f"wrote {png_path}")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
