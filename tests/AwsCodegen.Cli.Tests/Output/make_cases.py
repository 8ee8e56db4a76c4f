#!/usr/bin/env python3
"""Writes the documents of the output tests as cases/NN-name.json (json.dumps, so numbers carry Python's repr,
as the command engine's documents do). Edit the list here and run it again; the .json files are committed."""
import json
import os

LONG = "The quick brown fox jumps over the lazy dog, " * 6
CASES = [
    ("describe-table", {"Table": {"AttributeDefinitions": [{"AttributeName": "id", "AttributeType": "S"}, {"AttributeName": "sort", "AttributeType": "N"}],
                                  "TableName": "Music", "KeySchema": [{"AttributeName": "id", "KeyType": "HASH"}, {"AttributeName": "sort", "KeyType": "RANGE"}],
                                  "TableStatus": "ACTIVE", "CreationDateTime": "2024-05-01T10:20:30.123000+00:00",
                                  "ProvisionedThroughput": {"NumberOfDecreasesToday": 0, "ReadCapacityUnits": 5, "WriteCapacityUnits": 5},
                                  "TableSizeBytes": 0, "ItemCount": 0, "TableArn": "arn:aws:dynamodb:us-east-1:123456789012:table/Music",
                                  "TableId": "e5f6a7b8-1111-2222-3333-444455556666", "DeletionProtectionEnabled": False}}),
    ("list-users", {"Users": [{"Path": "/", "UserName": "alice", "UserId": "AIDA0000000000000001", "Arn": "arn:aws:iam::123456789012:user/alice", "CreateDate": "2020-01-02T03:04:05+00:00"},
                              {"Path": "/division/", "UserName": "bob", "UserId": "AIDA0000000000000002", "Arn": "arn:aws:iam::123456789012:user/division/bob", "CreateDate": "2021-06-07T08:09:10+00:00", "PasswordLastUsed": "2023-01-01T00:00:00+00:00"}],
                    "IsTruncated": False}),
    ("list-tables", {"TableNames": ["Music", "Books", "Films"]}),
    ("empty-object", {}),
    ("empty-list-member", {"Items": [], "Count": 0, "ScannedCount": 0}),
    ("empty-nested", {"A": {}, "B": [], "C": [{}], "D": [[]]}),
    ("nulls", {"Name": None, "Values": [None, 1, None], "Nested": {"X": None}}),
    ("booleans", {"Enabled": True, "Disabled": False, "Flags": [True, False, True]}),
    ("numbers", {"Int": 42, "Negative": -7, "Zero": 0, "Float": 1.5, "Small": 1e-07, "Big": 1e+20, "Exact": 0.1, "Large": 12345678901234567890, "NegZero": -0.0}),
    ("scalar-string", "just a string"),
    ("scalar-number", 3.25),
    ("scalar-null", None),
    ("scalar-true", True),
    ("scalar-zero", 0),
    ("scalar-empty-string", ""),
    ("top-list-scalars", ["a", "b", "c"]),
    ("top-list-dicts", [{"Name": "one", "Value": 1}, {"Name": "two", "Value": 2, "Extra": "x"}]),
    ("top-list-lists", [["a", 1], ["b", 2], ["c", 3]]),
    ("top-empty-list", []),
    ("query-pairs", [["i-0123456789abcdef0", "running", "t3.micro"], ["i-0fedcba9876543210", "stopped", "m5.large"]]),
    ("unicode-cjk", {"名前": "東京タワー", "説明": "日本語のテキストと English mixed", "Tags": [{"Key": "場所", "Value": "東京"}, {"Key": "한국어", "Value": "서울"}]}),
    ("unicode-misc", {"Accents": "Ünïcödé façade naïve", "Greek": "Ωμέγα", "Emoji": "rocket 🚀 and smile 😀", "Ambiguous": "±×÷°§", "Combining": "e\u0301 a\u0308", "Zwsp": "a\u200bb"}),
    ("control-chars", {"Newline": "line1\nline2", "Tab": "a\tb", "Cr": "a\rb", "Bell": "\u0007", "Esc": "\u001b[0m", "Del": "\u007f", "Nul": "a\u0000b", "Ls": "a\u2028b", "Ps": "a\u2029b", "Bom": "\ufeffx", "Quote": "say \"hi\"", "Backslash": "C:\\path\\file", "Apos": "it's"}),
    ("long-strings", {"Description": LONG, "Short": "x", "Policy": "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::bucket/*\"}]}"}),
    ("long-list-of-dicts", {"Reservations": [{"ReservationId": "r-%04d" % i, "OwnerId": "123456789012", "Instances": [{"InstanceId": "i-%017d" % i, "State": {"Code": 16, "Name": "running"}, "Tags": [{"Key": "Name", "Value": "web-%d" % i}], "PrivateIpAddress": "10.0.0.%d" % i}]} for i in range(3)]}),
    ("deep-nesting", {"L1": {"L2": {"L3": {"L4": {"L5": {"L6": {"Leaf": "deep", "Other": 1}}}}}}}),
    ("deep-lists", {"Outer": [[["x", "y"], ["z"]], [["w"]]]}),
    ("mixed-list-scalars-lists", {"Mixed": ["a", ["b", "c"], "d", ["e"]]}),
    ("mixed-list-dicts-and-scalars", {"Mixed": [{"A": 1}, "scalar", {"B": 2}]}),
    ("mixed-list-scalar-first-dict", {"Mixed": ["scalar", {"A": 1}]}),
    ("list-of-dicts-varying-keys", {"Things": [{"A": 1, "B": 2}, {"B": 3, "C": 4}, {"D": {"E": 5}}]}),
    ("key-scalar-and-nonscalar", {"Things": [{"K": "scalar"}, {"K": {"Inner": 1}}, {"K": ["l1", "l2"]}]}),
    ("single-scalar-member", {"QueueUrl": "https://sqs.us-east-1.amazonaws.com/123456789012/my-queue"}),
    ("map-attributes", {"Attributes": {"VisibilityTimeout": "30", "DelaySeconds": "0", "QueueArn": "arn:aws:sqs:us-east-1:123456789012:q", "ApproximateNumberOfMessages": "12"}}),
    ("key-order-unsorted", {"zeta": 1, "Alpha": 2, "beta": 3, "_under": 4, "123": 5, "Äpfel": 6, "apple": 7}),
    ("wide-table", {"Items": [{"ColumnNumberOne": "value-%02d-" % i + "x" * 20, "ColumnNumberTwo": "y" * 25, "ColumnNumberThree": "z" * 30, "N": i} for i in range(3)]}),
    ("wide-single-row", {"Config": {"FirstLongSettingName": "a" * 30, "SecondLongSettingName": "b" * 30, "ThirdLongSettingName": "c" * 30}}),
    ("long-title-narrow-content", {"A": "b"}),
    ("list-of-lists-of-dicts", {"Groups": [[{"Name": "a"}, {"Name": "b"}], [{"Name": "c"}]]}),
    ("nested-lists-in-dicts", {"Stacks": [{"StackName": "s1", "Outputs": [{"OutputKey": "Url", "OutputValue": "https://x"}, {"OutputKey": "Arn", "OutputValue": "arn:x"}], "Parameters": [], "Capabilities": ["CAPABILITY_IAM", "CAPABILITY_NAMED_IAM"]}, {"StackName": "s2", "Outputs": [], "Capabilities": []}]}),
    ("yaml-tricky-strings", {"Values": ["true", "yes", "no", "on", "null", "~", "123", "1.5", "0x1F", "0o17", "1_000", ".inf", "2020-01-01", "2020-01-01T10:00:00Z", "", " leading", "trailing ", "a: b", "a:b", "- x", "-x", "#comment", "x #y", "x#y", "[list]", "{map}", "*ref", "&anchor", "!tag", "%pct", "@at", "`tick", "|pipe", ">gt", "'quoted'", "\"dq\"", "?q", "? q", ":c", "---", "...", "=", "<<", ",comma", "multi\nline", "trailing\n", "\nleading"]}),
    ("unicode-keys", {"ключ": "значение", "ß-key": "strasse", "ǆ": "dz", "ﬁle": "ligature", "𐐨": "deseret"}),
    ("numbers-in-lists", {"Ports": [22, 80, 443], "Weights": [0.5, 0.25, 1e-05], "Mixed": [1, "two", 3.0, None, True]}),
    ("long-key", {"ThisIsAVeryLongKeyName" * 7: "value", "Short": "v"}),
    ("many-columns", {"Row": {"A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8, "I": 9, "J": 10, "K": 11, "L": 12}}),
    ("string-with-spaces-runs", {"Text": "a  b   c    " + "word " * 20 + " end", "Tabs": "\t\tindented"}),
    ("list-dicts-with-nested-only", {"Items": [{"Inner": {"A": 1}}, {"Inner": {"A": 2}}]}),
    ("dict-in-list-in-dict-in-list", {"A": [{"B": [{"C": [{"D": "x"}]}]}]}),
    ("cjk-long-table", {"Rows": [{"名前": "東京タワー" * 5, "値": "値" * 30}, {"名前": "大阪", "値": "小"}]}),
]


def main():
    here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "cases")
    os.makedirs(here, exist_ok=True)
    for name in os.listdir(here):
        if name.endswith(".json"):
            os.remove(os.path.join(here, name))
    for i, (name, doc) in enumerate(CASES, 1):
        with open(os.path.join(here, "%02d-%s.json" % (i, name)), "w", encoding="utf-8", newline="\n") as f:
            f.write(json.dumps(doc, ensure_ascii=False, indent=2) + "\n")


if __name__ == "__main__":
    main()
