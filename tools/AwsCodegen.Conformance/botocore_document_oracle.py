#!/usr/bin/env python3
"""What aws-cli v1 prints for each success case of botocore's protocol output suites.

Usage: botocore_document_oracle.py OUTPUT_FILE.json...

For every case with a response and no expected error, the case's response is parsed by the installed botocore's
parser for the suite's protocol, with the case's own model, and with aws-cli's settings: timestamps and blobs are
kept as the wire text (awscli/customizations/scalarparse.py replaces both parsers with the identity). Then what
aws-cli's output layer does to every response is applied: ResponseMetadata is deleted (awscli/formatter.py) and a
streamed payload is taken out to its outfile (awscli/customizations/streamingoutputarg.py). The result is printed
as one JSON object keyed by case id (file:suite:case, as the C# runner names cases), each value either
{"document": <the parsed dict>} or {"skip": "<why botocore cannot say>"}.

JSON cannot hold NaN or infinities; json.dumps would print them bare. Our documents carry them as the strings
"NaN", "Infinity" and "-Infinity" (runtime ScalarText), so the oracle writes them so too.
"""
import json
import math
import os
import sys

import botocore.model
import botocore.parsers
from botocore.awsrequest import HeadersDict
from botocore.response import StreamingBody


def identity(value):
    return value


def protocol_of(metadata):
    # As the C# runner chooses (ProtocolSuiteRunner.ProtocolOf): the first of "protocols", else "protocol".
    protocols = metadata.get('protocols')
    if protocols:
        return protocols[0]
    return metadata.get('protocol', '')


def without_special_floats(value):
    if isinstance(value, float) and (math.isnan(value) or math.isinf(value)):
        return 'NaN' if math.isnan(value) else ('Infinity' if value > 0 else '-Infinity')
    if isinstance(value, dict):
        return {k: without_special_floats(v) for k, v in value.items()}
    if isinstance(value, list):
        return [without_special_floats(v) for v in value]
    return value


def parse_case(suite, case):
    metadata = dict(suite.get('metadata', {}))
    operation = case['given']
    model = botocore.model.ServiceModel({
        'metadata': metadata,
        'shapes': suite.get('shapes', {}),
        'operations': {operation['name']: operation},
    })
    operation_model = model.operation_model(operation['name'])
    output_shape = operation_model.output_shape
    if protocol_of(metadata) == 'query' and output_shape is not None and output_shape.members:
        # The query suites leave out the resultWrapper that every real query model has; botocore's own protocol
        # test runner adds this one, and so does the C# side (SuiteModelBuilder, queryResultWrappers).
        output_shape.serialization.setdefault('resultWrapper', operation['name'] + 'Result')
    factory = botocore.parsers.ResponseParserFactory()
    factory.set_parser_defaults(timestamp_parser=identity, blob_parser=identity)
    parser = factory.create_parser(protocol_of(metadata))
    raw = case['response']
    body = raw.get('body', '').encode('utf-8')
    streamed = operation_model.has_streaming_output
    if streamed:
        # botocore hands a streamed payload over unread (endpoint.convert_to_response_dict).
        body = StreamingBody(_BytesRaw(body), len(body))
    response = {
        'status_code': raw.get('status_code', 200),
        # Real responses carry urllib3's case-insensitive headers; HeadersDict behaves the same.
        'headers': HeadersDict(raw.get('headers', {})),
        'body': body,
    }
    parsed = parser.parse(response, output_shape)
    parsed.pop('ResponseMetadata', None)
    if streamed:
        parsed.pop(operation_model.output_shape.serialization['payload'], None)
    return parsed


class _BytesRaw:
    """The smallest raw stream StreamingBody reads from."""

    def __init__(self, data):
        self._data = data

    def read(self, amt=None):
        data, self._data = (self._data, b'') if amt is None else (self._data[:amt], self._data[amt:])
        return data


def main(paths):
    results = {}
    for path in paths:
        key = os.path.basename(os.path.dirname(os.path.abspath(path))) + '/' + os.path.basename(path)
        with open(path, encoding='utf-8') as f:
            suites = json.load(f)
        for suite_index, suite in enumerate(suites):
            for case_index, case in enumerate(suite.get('cases', [])):
                if 'response' not in case or 'given' not in case:
                    continue
                name = case.get('id') or '#%d' % case_index
                case_id = '%s:%d:%s' % (key, suite_index, name)
                if 'error' in case or 'errorCode' in case:
                    continue  # error responses are not documents
                try:
                    results[case_id] = {'document': without_special_floats(parse_case(suite, case))}
                except Exception as e:  # botocore itself cannot read the case: nothing to compare with
                    results[case_id] = {'skip': 'botocore raised %s: %s' % (type(e).__name__, e)}
    json.dump(results, sys.stdout, ensure_ascii=False)


if __name__ == '__main__':
    main(sys.argv[1:])
