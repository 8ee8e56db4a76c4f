#!/usr/bin/env python3
"""Signs requests with botocore's SigV4 signer, as an independent reference for AwsCodegen's signer.

stdin:  a JSON list of requests, each
        {"method", "url" (scheme://host[:port]/path, no query), "params": [[name, value], ...] (raw, unencoded),
         "headers": [[name, value], ...] (order and duplicates kept), "body": base64,
         "access_key", "secret_key", "token" (or null), "region", "service",
         "timestamp": "yyyyMMddTHHmmssZ", "s3": bool (S3SigV4Auth instead of SigV4Auth),
         "unsigned": bool (ask botocore for an unsigned payload)}
stdout: a JSON list, one object per request, in order:
        {"authorization", "canonical_request", "string_to_sign", "headers": [[name, value], ...] after signing}
        or {"error": "..."}.

Everything runs in one process: start-up dominates the cost of signing a request.
"""
import base64
import datetime
import json
import sys

try:
    import botocore
    import botocore.auth
    from botocore.auth import S3SigV4Auth, SigV4Auth
    from botocore.awsrequest import AWSRequest
    from botocore.config import Config
    from botocore.credentials import Credentials
except ImportError as error:  # the C# test turns this into a clear failure
    sys.stderr.write(f"botocore is not importable by {sys.executable}: {error}\n")
    sys.exit(3)

# SigV4Auth.add_auth takes its instant from botocore.auth.get_current_datetime() (naive UTC, formatted with
# %Y%m%dT%H%M%SZ). Replacing that one name makes botocore sign at the instant the C# side signed at.
_now = [None]
botocore.auth.get_current_datetime = lambda remove_tzinfo=True: _now[0]


def sign(item):
    _now[0] = datetime.datetime.strptime(item["timestamp"], "%Y%m%dT%H%M%SZ")
    request = AWSRequest(
        method=item["method"],
        url=item["url"],
        data=base64.b64decode(item["body"]) if item.get("body") else b"",
        params=[(name, value) for name, value in item.get("params", [])],
    )
    for name, value in item.get("headers", []):
        request.headers[name] = value  # HTTPMessage.__setitem__ appends: duplicates stay, in order
    if item.get("unsigned"):
        if item.get("s3"):
            request.context["client_config"] = Config(s3={"payload_signing_enabled": False})
        else:
            request.context["payload_signing_enabled"] = False

    credentials = Credentials(item["access_key"], item["secret_key"], item.get("token"))
    signer_type = S3SigV4Auth if item.get("s3") else SigV4Auth
    signer = signer_type(credentials, item["service"], item["region"])

    # Keep the intermediate texts, which explain a mismatch far better than two signatures do.
    captured = {}
    canonical_request = signer.canonical_request
    string_to_sign = signer.string_to_sign

    def capture_canonical_request(req):
        captured["canonical_request"] = canonical_request(req)
        return captured["canonical_request"]

    def capture_string_to_sign(req, creq):
        captured["string_to_sign"] = string_to_sign(req, creq)
        return captured["string_to_sign"]

    signer.canonical_request = capture_canonical_request
    signer.string_to_sign = capture_string_to_sign
    signer.add_auth(request)
    return {
        "authorization": request.headers["Authorization"],
        "canonical_request": captured.get("canonical_request"),
        "string_to_sign": captured.get("string_to_sign"),
        "headers": [[name, value] for name, value in request.headers.items()],
    }


def main():
    items = json.loads(sys.stdin.buffer.read().decode("utf-8"))
    results = []
    for item in items:
        try:
            results.append(sign(item))
        except Exception as error:  # report per request; the C# side shows which one
            results.append({"error": f"{type(error).__name__}: {error}"})
    sys.stderr.write(f"botocore {botocore.__version__}, python {sys.version.split()[0]}, {len(results)} requests\n")
    out = json.dumps(results, ensure_ascii=True)
    sys.stdout.buffer.write(out.encode("ascii"))
    sys.stdout.buffer.write(b"\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
