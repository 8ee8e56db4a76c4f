"""Prints, as one JSON object, botocore's xform_name(name, '-') for every operation, member, shape and waiter name of
every model of the installed botocore, and aws-cli's parameter renames (the test compares ours with both)."""
import json, os, sys
import botocore
from botocore import xform_name
from botocore.loaders import Loader

loader = Loader()
names = set()
for service in loader.list_available_services('service-2'):
    model = loader.load_service_model(service, 'service-2')
    names.update(model.get('operations', {}).keys())
    for shape_name, shape in model.get('shapes', {}).items():
        names.add(shape_name)
        names.update(shape.get('members', {}).keys())
    try:
        waiters = loader.load_service_model(service, 'waiters-2')
        names.update(waiters.get('waiters', {}).keys())
    except Exception:
        pass
renames = {}
try:
    from awscli.customizations.argrename import ARGUMENT_RENAMES
    renames = dict(ARGUMENT_RENAMES)
except ImportError:
    pass
json.dump({"names": {n: xform_name(n, '-') for n in sorted(names)}, "renames": renames}, sys.stdout)
