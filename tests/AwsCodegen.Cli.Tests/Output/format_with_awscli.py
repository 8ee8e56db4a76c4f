#!/usr/bin/env python3
"""The oracle of OutputDifferentialTests: formats every cases/*.json with aws-cli's own formatters.

Usage: format_with_awscli.py CASES_DIR > results.json
For each case and each variant it records what the formatter writes and, if it raises, str() of the exception
(aws-cli prints that to stderr and exits 255). Documents are read with json.load: dicts keep the file's member
order (Python 3.7+), as botocore's parsed responses keep the model's, and their repr() is a plain dict's.
Variants: json; text; table at terminal widths 80, 40 and 120 with --color off; table at 80 with --color on.
The table title is the case name in PascalCase (the operation name).
"""
import io
import json
import os
import sys

import colorama
from awscli import formatter, table, text


class Args:
    def __init__(self, color="off"):
        self.query = None
        self.color = color


def title_of(case):
    return "".join(part[:1].upper() + part[1:] for part in case.split("-")[1:])


def run(fn):
    buf = io.StringIO()
    try:
        fn(buf)
        return {"out": buf.getvalue(), "error": None}
    except Exception as e:  # what aws-cli's main() reports
        return {"out": buf.getvalue(), "error": str(e)}


def table_variant(doc, title, width, color):
    def fn(buf):
        table.determine_terminal_width = lambda default_width=80: width
        if color == "on":
            real = sys.stdout
            sys.stdout = buf
            try:
                f = formatter.TableFormatter(Args("on"))  # colorama.init wraps sys.stdout (buf) with autoreset
                f._format_response(title, doc, sys.stdout)
            finally:
                colorama.deinit()
                sys.stdout = real
        else:
            formatter.TableFormatter(Args("off"))._format_response(title, doc, buf)
    return run(fn)


def main():
    cases_dir = sys.argv[1]
    results = {}
    for name in sorted(os.listdir(cases_dir)):
        if not name.endswith(".json"):
            continue
        case = name[:-5]
        with open(os.path.join(cases_dir, name), encoding="utf-8") as f:
            text_of_file = f.read()
        title = title_of(case)
        r = {}
        r["json"] = run(lambda buf: formatter.JSONFormatter(Args())._format_response(title, json.loads(text_of_file), buf))
        r["text"] = run(lambda buf: text.format_text(json.loads(text_of_file), buf))
        for width in (80, 40, 120):
            r["table-%d" % width] = table_variant(json.loads(text_of_file), title, width, "off")
        r["table-color"] = table_variant(json.loads(text_of_file), title, 80, "on")
        results[case] = r
    json.dump(results, sys.stdout, ensure_ascii=True, indent=1)


if __name__ == "__main__":
    main()
