#!/usr/bin/env python3
"""Presigns with botocore's own client, as an independent reference for AwsCodegen's presigned URLs.

argv:   region bucket key expires_seconds timestamp(yyyyMMddTHHmmssZ) method(get_object|put_object) [session_token]
stdout: the presigned URL botocore generates for that S3 call at that instant (access key AKID, secret SECRET).
"""
import datetime
import sys

import botocore.auth
import botocore.session
from botocore.config import Config

region, bucket, key, expires, timestamp, method = sys.argv[1:7]
token = sys.argv[7] if len(sys.argv) > 7 else None
now = datetime.datetime.strptime(timestamp, "%Y%m%dT%H%M%SZ")
# S3SigV4QueryAuth takes its instant from botocore.auth.get_current_datetime(); pin it to the C# side's.
botocore.auth.get_current_datetime = lambda remove_tzinfo=True: now

session = botocore.session.get_session()
client = session.create_client(
    "s3", region_name=region, aws_access_key_id="AKID", aws_secret_access_key="SECRET", aws_session_token=token,
    config=Config(signature_version="s3v4", s3={"addressing_style": "virtual"}))
print(client.generate_presigned_url(method, Params={"Bucket": bucket, "Key": key}, ExpiresIn=int(expires)))
