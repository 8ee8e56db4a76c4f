#!/usr/bin/env python3
"""Turns one run-all.sh run into results/summary.json and results/summary.md, and optionally rewrites the generated
part of docs/benchmarks.md (between its BEGIN/END GENERATED RESULTS markers).

usage: report.py RESULTS_DIR [--docs docs/benchmarks.md]

Every ratio is computed from numbers measured in the same run: medians from BenchmarkDotNet (ns/op, and its
process-wide bytes allocated per op) and from hyperfine (whole-process wall time).
"""
import csv
import glob
import json
import os
import re
import statistics
import sys

BEGIN = "<!-- BEGIN GENERATED RESULTS (tools/AwsCodegen.Benchmarks/report.py) -->"
END = "<!-- END GENERATED RESULTS -->"

# Targets from the issue: ours at most this fraction of AWSSDK's.
OVERHEAD_TARGET = 0.5
ALLOCATION_TARGET = 1 / 3
COLD_START_TARGET = 0.5


def load_benchmarks(bdn_dir):
    """Every benchmark as {type, method, case, client, category, median_ns, p95_ns, bytes}."""
    rows = []
    for path in sorted(glob.glob(os.path.join(bdn_dir, "results", "*-report-brief.json"))):
        categories = {}
        csv_path = path.replace("-report-brief.json", "-report.csv")
        if os.path.exists(csv_path):
            with open(csv_path, newline="", encoding="utf-8") as f:
                for row in csv.DictReader(f):
                    categories[row["Method"]] = row.get("Categories", "")
        for b in json.load(open(path, encoding="utf-8"))["Benchmarks"]:
            stats = b.get("Statistics")
            if not stats:
                continue  # a benchmark that failed: no numbers
            case, _, client = b["Method"].rpartition("_")
            rows.append({
                "type": b["Type"], "method": b["Method"], "case": case or b["Type"], "client": client,
                "category": categories.get(b["Method"]) or case,
                "median_ns": stats["Median"], "p95_ns": stats["Percentiles"]["P95"],
                "bytes": (b.get("Memory") or {}).get("BytesAllocatedPerOperation"),
            })
    return rows


def group(rows):
    groups = {}
    for r in rows:
        groups.setdefault((r["type"], r["category"]), {})[r["client"]] = r
    return groups


def ratio(a, b):
    return None if a is None or b in (None, 0) else a / b


def summarize_calls(groups):
    calls = []
    for (kind, category), clients in groups.items():
        if "Raw" not in clients or "Ours" not in clients or "AwsSdk" not in clients:
            continue
        raw, ours, sdk = clients["Raw"], clients["Ours"], clients["AwsSdk"]
        over_ours, over_sdk = ours["median_ns"] - raw["median_ns"], sdk["median_ns"] - raw["median_ns"]
        alloc_ours, alloc_sdk = ours["bytes"] - raw["bytes"], sdk["bytes"] - raw["bytes"]
        calls.append({
            "case": category,
            "clients": {name: {"median_ns": c["median_ns"], "p95_ns": c["p95_ns"], "bytes": c["bytes"]} for name, c in clients.items()},
            "time_ratio": ratio(ours["median_ns"], sdk["median_ns"]),
            "overhead_ns": {"ours": over_ours, "awssdk": over_sdk},
            "overhead_ratio": ratio(max(over_ours, 0), over_sdk),
            "alloc_above_floor": {"ours": alloc_ours, "awssdk": alloc_sdk},
            "alloc_ratio": ratio(max(alloc_ours, 0), alloc_sdk),
        })
    return sorted(calls, key=lambda c: c["case"])


def summarize_micro(groups):
    micro = []
    for (kind, category), clients in groups.items():
        if "Raw" in clients or "Ours" not in clients or "AwsSdk" not in clients:
            continue
        ours, sdk = clients["Ours"], clients["AwsSdk"]
        micro.append({
            "case": category,
            "ours": {"median_ns": ours["median_ns"], "bytes": ours["bytes"]},
            "awssdk": {"median_ns": sdk["median_ns"], "bytes": sdk["bytes"]},
            "time_ratio": ratio(ours["median_ns"], sdk["median_ns"]),
            "alloc_ratio": ratio(ours["bytes"], sdk["bytes"]),
        })
    return sorted(micro, key=lambda m: m["case"])


def summarize_ours_only(groups):
    """Benchmarks with nothing to compare against (JMESPath: AWSSDK has no engine)."""
    only = []
    for (kind, category), clients in groups.items():
        if set(clients) == {"Ours"}:
            ours = clients["Ours"]
            only.append({"case": category, "median_ns": ours["median_ns"], "bytes": ours["bytes"]})
    return sorted(only, key=lambda m: m["case"])


def warning_counts(coldstart_dir):
    """Unique trim/AOT (ILxxxx) warnings in each NativeAOT publish log."""
    counts = {}
    for path in sorted(glob.glob(os.path.join(coldstart_dir, "publish-*-aot.log"))):
        name = os.path.basename(path)[len("publish-"):-len("-aot.log")]
        lines = {line.strip() for line in open(path, encoding="utf-8", errors="replace") if re.search(r"warning IL\d{4}", line)}
        counts[name] = {"warnings": len(lines), "codes": sorted({re.search(r"IL\d{4}", l).group(0) for l in lines})}
    return counts


def cold_start(coldstart_dir):
    """Per app, the pooled wall times of every hyperfine round (hyperfine-N.json)."""
    times, order = {}, []
    for path in sorted(glob.glob(os.path.join(coldstart_dir, "hyperfine-*.json"))):
        for r in json.load(open(path, encoding="utf-8"))["results"]:
            if r["command"] not in times:
                order.append(r["command"])
            times.setdefault(r["command"], []).extend(r["times"])
    apps = []
    for name in sorted(order, key=lambda n: (n.split("-")[-1], ["hello", "raw", "ours", "awssdk"].index(n.rsplit("-", 1)[0]))):
        t = sorted(times[name])
        mean = sum(t) / len(t)
        binary = os.path.join(coldstart_dir, name, "AwsCodegen.ColdStart." + {"hello": "Hello", "raw": "Raw", "ours": "Ours", "awssdk": "AwsSdk"}[name.rsplit("-", 1)[0]])
        apps.append({
            "name": name, "median_ms": statistics.median(t) * 1000, "mean_ms": mean * 1000,
            "stddev_ms": statistics.pstdev(t) * 1000, "min_ms": t[0] * 1000, "runs": len(t),
            "binary_mb": os.path.getsize(binary) / 2**20 if name.endswith("-aot") and os.path.exists(binary) else None,
        })
    return apps


def targets(calls, apps, warnings):
    """The issue's targets. Calls whose category says "(extra)" go beyond the issue's list and are not targets."""
    out = []
    calls = [c for c in calls if "(extra)" not in c["case"]]
    for c in calls:
        if c["overhead_ratio"] is not None:
            out.append({"target": f"{c['case']}: client overhead above the raw floor", "measured": c["overhead_ratio"], "limit": OVERHEAD_TARGET})
    for c in calls:
        if c["alloc_ratio"] is not None:
            out.append({"target": f"{c['case']}: bytes allocated above the raw floor", "measured": c["alloc_ratio"], "limit": ALLOCATION_TARGET})
    by_name = {a["name"]: a for a in apps}
    if "ours-aot" in by_name and "awssdk-aot" in by_name:
        out.append({"target": "NativeAOT one-call process, wall time", "measured": by_name["ours-aot"]["median_ms"] / by_name["awssdk-aot"]["median_ms"], "limit": COLD_START_TARGET})
    if "ours" in warnings:
        out.append({"target": "trim/AOT warnings in our NativeAOT publish", "measured": warnings["ours"]["warnings"], "limit": 0})
    for t in out:
        t["met"] = t["measured"] <= t["limit"]
    return out


def fmt_time(ns):
    if ns is None:
        return "n/a"
    if ns >= 1e6:
        return f"{ns / 1e6:,.2f} ms"
    if ns >= 1e3:
        return f"{ns / 1e3:,.1f} µs"
    return f"{ns:,.0f} ns"


def fmt_bytes(b):
    if b is None:
        return "n/a"
    return f"{b / 1024:,.1f} KB" if abs(b) >= 1024 else f"{b:,.0f} B"


def fmt_ratio(r):
    return "n/a" if r is None else f"{r:.2f}"


def markdown(summary):
    out = []
    env = summary["environment"]
    out.append(f"Run of {summary['generated']}: {env.get('cpu')}, {env.get('cores')} cores, {env.get('memory_gib')} GiB, "
               f"{env.get('os')}, .NET SDK {env.get('dotnet_sdk')}; load average at start "
               f"{', '.join(f'{x:.1f}' for x in env.get('load_average_at_start', []))}, at end "
               f"{', '.join(f'{x:.1f}' for x in summary['load_average_at_end'])}."
               + (" **Quick run (--quick): not for publishing.**" if env.get("quick") else ""))
    out.append("")
    out.append("### Targets")
    out.append("")
    out.append("| target | measured (ours ÷ AWSSDK) | limit | met |")
    out.append("| --- | ---: | ---: | :---: |")
    for t in summary["targets"]:
        measured = str(t["measured"]) if isinstance(t["measured"], int) else f"{t['measured']:.2f}"
        limit = str(t["limit"]) if isinstance(t["limit"], int) else f"{t['limit']:.2f}"
        out.append(f"| {t['target']} | {measured} | {limit} | {'yes' if t['met'] else '**no**'} |")
    out.append("")
    out.append("### Whole calls against the stub (BenchmarkDotNet medians, per call)")
    out.append("")
    out.append("| call | raw HttpClient | ours | AWSSDK | ours ÷ AWSSDK | overhead above raw: ours / AWSSDK (ratio) | allocated: raw / ours / AWSSDK | allocated above raw: ours / AWSSDK (ratio) |")
    out.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for c in summary["calls"]:
        cl = c["clients"]
        out.append(
            f"| {c['case']} | {fmt_time(cl['Raw']['median_ns'])} | {fmt_time(cl['Ours']['median_ns'])} | {fmt_time(cl['AwsSdk']['median_ns'])} | "
            f"{fmt_ratio(c['time_ratio'])} | {fmt_time(c['overhead_ns']['ours'])} / {fmt_time(c['overhead_ns']['awssdk'])} ({fmt_ratio(c['overhead_ratio'])}) | "
            f"{fmt_bytes(cl['Raw']['bytes'])} / {fmt_bytes(cl['Ours']['bytes'])} / {fmt_bytes(cl['AwsSdk']['bytes'])} | "
            f"{fmt_bytes(c['alloc_above_floor']['ours'])} / {fmt_bytes(c['alloc_above_floor']['awssdk'])} ({fmt_ratio(c['alloc_ratio'])}) |")
    variants = [(c["case"], name, v) for c in summary["calls"] for name, v in c["clients"].items() if name not in ("Raw", "Ours", "AwsSdk")]
    for case, name, v in variants:
        out.append("")
        out.append(f"Variant, not a target: {case}, {name}: {fmt_time(v['median_ns'])}, {fmt_bytes(v['bytes'])} per call.")
    out.append("")
    out.append("### Micro-benchmarks (BenchmarkDotNet medians, per operation)")
    out.append("")
    out.append("| operation | ours | AWSSDK | ours ÷ AWSSDK | allocated: ours / AWSSDK (ratio) |")
    out.append("| --- | ---: | ---: | ---: | ---: |")
    for m in summary["micro"]:
        out.append(f"| {m['case']} | {fmt_time(m['ours']['median_ns'])} | {fmt_time(m['awssdk']['median_ns'])} | {fmt_ratio(m['time_ratio'])} | "
                   f"{fmt_bytes(m['ours']['bytes'])} / {fmt_bytes(m['awssdk']['bytes'])} ({fmt_ratio(m['alloc_ratio'])}) |")
    if summary.get("ours_only"):
        out.append("")
        out.append("### Ours alone (BenchmarkDotNet medians; AWSSDK has no JMESPath engine)")
        out.append("")
        out.append("| operation | median | allocated |")
        out.append("| --- | ---: | ---: |")
        for m in summary["ours_only"]:
            out.append(f"| {m['case']} | {fmt_time(m['median_ns'])} | {fmt_bytes(m['bytes'])} |")
    out.append("")
    out.append("### Cold start: one process, one GetItem against the stub (hyperfine)")
    out.append("")
    out.append("| app | median | mean ± σ | min | runs | binary |")
    out.append("| --- | ---: | ---: | ---: | ---: | ---: |")
    for a in summary["coldstart"]:
        size = "" if a["binary_mb"] is None else f"{a['binary_mb']:.1f} MB"
        out.append(f"| {a['name']} | {a['median_ms']:.1f} ms | {a['mean_ms']:.1f} ± {a['stddev_ms']:.1f} ms | {a['min_ms']:.1f} ms | {a['runs']} | {size} |")
    out.append("")
    by_name = {a["name"]: a for a in summary["coldstart"]}
    for mode in ("aot", "jit"):
        names = [f"{n}-{mode}" for n in ("raw", "ours", "awssdk")]
        if all(n in by_name for n in names):
            raw, ours, sdk = (by_name[n]["median_ms"] for n in names)
            out.append(f"Above the raw floor ({mode.upper()}, hand-signed HttpClient call): ours {ours - raw:.1f} ms, AWSSDK {sdk - raw:.1f} ms"
                       f" (ratio {fmt_ratio(ratio(max(ours - raw, 0), sdk - raw))}; informational, not a target).")
            out.append("")
    out.append("Trim/AOT warnings in the NativeAOT publishes (unique ILxxxx warnings, TrimmerSingleWarn off): "
               + ", ".join(f"{name} {w['warnings']}" + (f" ({', '.join(w['codes'])})" if w["codes"] else "") for name, w in summary["aot_warnings"].items())
               + ".")
    return "\n".join(out) + "\n"


def update_docs(path, generated):
    text = open(path, encoding="utf-8").read()
    start, end = text.find(BEGIN), text.find(END)
    if start < 0 or end < start:
        sys.exit(f"{path} has no {BEGIN} ... {END} block to replace")
    text = text[:start + len(BEGIN)] + "\n\n" + generated + "\n" + text[end:]
    open(path, "w", encoding="utf-8").write(text)


def main(argv):
    if len(argv) not in (1, 3) or (len(argv) == 3 and argv[1] != "--docs"):
        sys.exit(__doc__)
    results = argv[0]
    import datetime
    rows = load_benchmarks(os.path.join(results, "bdn"))
    groups = group(rows)
    calls, micro, ours_only = summarize_calls(groups), summarize_micro(groups), summarize_ours_only(groups)
    apps = cold_start(os.path.join(results, "coldstart"))
    warnings = warning_counts(os.path.join(results, "coldstart"))
    env_path = os.path.join(results, "environment.json")
    summary = {
        "generated": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "environment": json.load(open(env_path)) if os.path.exists(env_path) else {},
        "load_average_at_end": os.getloadavg(),
        "calls": calls, "micro": micro, "ours_only": ours_only, "coldstart": apps, "aot_warnings": warnings,
        "targets": targets(calls, apps, warnings),
    }
    json.dump(summary, open(os.path.join(results, "summary.json"), "w"), indent=2)
    generated = markdown(summary)
    open(os.path.join(results, "summary.md"), "w", encoding="utf-8").write(generated)
    if len(argv) == 3:
        update_docs(argv[2], generated)
    print(generated)


if __name__ == "__main__":
    main(sys.argv[1:])
