"""Runs aws-cli's own parameter handling on a batch of cases and prints one JSON result a case.

Usage: python3 unpack_with_awscli.py MODE CASES_FILE   (run with the fixtures folder as the working directory)

MODE unpack:    a case is [service, operation, parameter, token...] (command-line names); the tokens go through
                argparse's type, load-cli-arg (file://), process-cli-arg (shorthand) and unpack_cli_arg exactly as
                aws-cli's ServiceOperation does. Prints {"value": v} or {"error": message}; bytes print as
                {"__bytes__": base64}.
MODE validate:  a case is [service, operation, params-json]; the JSON is read as --cli-input-json reads it and
                checked by botocore's ParamValidator. Prints {"report": text} ("" when valid).
MODE skeleton:  a case is [service, operation, "input"|"output", extra-arg...]; prints {"stdout": text, "rc": code} of
                `aws SERVICE OPERATION --generate-cli-skeleton KIND`, with random.choice picking the first enum value.

aws-cli 1.45.11's ShorthandParseSyntaxError builds its message from an f-string and a plain string, so it prints
"{self._error_location()}" literally instead of the input and the caret; this driver restores the caret that
aws-cli's earlier releases (and v2) print, which is what awscg prints.
"""
import argparse
import base64
import contextlib
import io
import json
import random
import sys

import awscli.argprocess  # noqa: F401  (import order: paramfile <-> shorthand)
from awscli import shorthand
from awscli.clidriver import create_clidriver
from awscli.paramfile import register_uri_param_handler
from awscli.arguments import BooleanArgument, ListArgument
import botocore.session
from botocore.validate import ParamValidator


def _construct_msg(self):
    return (
        f"Expected: '{self.expected}', received: '{self.actual}' for input:\n"
        f"{self._error_location()}"
    )


shorthand.ShorthandParseSyntaxError._construct_msg = _construct_msg
random.choice = lambda seq: seq[0]


def tagged(value):
    if isinstance(value, (bytes, bytearray)):
        return {"__bytes__": base64.b64encode(bytes(value)).decode("ascii")}
    if isinstance(value, dict):
        return {k: tagged(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [tagged(v) for v in value]
    if hasattr(value, "read"):
        return {"__file__": getattr(value, "name", "")}
    return value


_driver = None
_operations = {}


def operation(service, op):
    global _driver
    if _driver is None:
        _driver = create_clidriver()
        # What aws-cli's main does before any command: this registers the file:// handler (load-cli-arg).
        register_uri_param_handler(_driver.session)
    key = (service, op)
    if key not in _operations:
        _operations[key] = _driver._get_command_table()[service]._get_command_table()[op]
    return _operations[key]


def unpack(case):
    service, op, param, *tokens = case
    command = operation(service, op)
    if param not in command.arg_table:
        return {"error": f"no parameter --{param}"}
    arg = command.arg_table[param]
    globals_ = argparse.Namespace(v2_debug=False)
    if isinstance(arg, BooleanArgument):
        value = arg._action != 'store_false'
    elif isinstance(arg, ListArgument):
        value = list(tokens)
    else:
        value = tokens[0]
        cli_type = arg.cli_type
        if cli_type is not str:
            try:
                value = cli_type(value)
            except ValueError:
                return {"error": f"argument {arg.cli_name}: invalid {cli_type.__name__} value: {value!r}"}
    try:
        value = command._unpack_arg(arg, value, globals_)
        params = {}
        arg.add_to_params(params, value)
        result = params.get(arg._serialized_name)
    except Exception as e:  # aws-cli prints str(e) of whatever escapes
        return {"error": str(e)}
    if hasattr(result, "read"):
        result.close()
        return {"value": {"__file__": True}}
    return {"value": tagged(result)}


def validate(case):
    service, op, params = case
    session = botocore.session.get_session()
    model = session.get_service_model(operation(service, op)._operation_model.service_model.service_name)
    shape = model.operation_model(operation(service, op)._operation_model.name).input_shape
    report = ParamValidator().validate(json.loads(params), shape)
    return {"report": report.generate_report() if report.has_errors() else ""}


def skeleton(case):
    service, op, kind, *extra = case
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            rc = create_clidriver().main([service, op, "--generate-cli-skeleton", kind, *extra])
        except SystemExit as e:
            rc = e.code
    return {"stdout": out.getvalue(), "stderr": err.getvalue(), "rc": rc}


def main():
    mode, path = sys.argv[1], sys.argv[2]
    handler = {"unpack": unpack, "validate": validate, "skeleton": skeleton}[mode]
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            result = handler(json.loads(line))
            sys.stdout.write(json.dumps(result) + "\n")


if __name__ == "__main__":
    main()
