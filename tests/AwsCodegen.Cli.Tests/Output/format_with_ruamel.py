#!/usr/bin/env python3
"""The YAML oracle of OutputDifferentialTests: dumps every cases/*.json as aws-cli v2 does for --output yaml
(YAMLFormatter: nothing for {}, else one document) and yaml-stream (StreamedYAMLFormatter: dump([page]) per page),
with ruamel.yaml's YAML(typ='safe') and default_flow_style = False. aws-cli v2 pins ruamel.yaml <= 0.17.21 and
ships ruamel.yaml.clib, so typ='safe' runs the C emitter; this script reports which versions it ran.
Usage: format_with_ruamel.py CASES_DIR > results.json
"""
import io
import json
import os
import sys

import ruamel.yaml
from ruamel.yaml import YAML


def dumper():
    y = YAML(typ="safe")
    y.default_flow_style = False
    return y


def main():
    cases_dir = sys.argv[1]
    results = {"__versions__": {"ruamel.yaml": ruamel.yaml.__version__, "emitter": dumper().Emitter.__name__}}
    for name in sorted(os.listdir(cases_dir)):
        if not name.endswith(".json"):
            continue
        with open(os.path.join(cases_dir, name), encoding="utf-8") as f:
            doc = json.load(f)
        out = io.StringIO()
        if doc != {}:
            dumper().dump(doc, out)
        stream = io.StringIO()
        dumper().dump([doc], stream)
        results[name[:-5]] = {"yaml": {"out": out.getvalue(), "error": None}, "yaml-stream": {"out": stream.getvalue(), "error": None}}
    json.dump(results, sys.stdout, ensure_ascii=True, indent=1)


if __name__ == "__main__":
    main()
