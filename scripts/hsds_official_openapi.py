#!/usr/bin/env python3
"""The official HSDS 3.0 OpenAPI document (Indexer/hsds/schema/openapi.json) made self-contained
for schemathesis on a machine without the network: its references to the schemas on
raw.githubusercontent.com are replaced by the same files in Indexer/hsds/schema/, inlined, and
their own references between files resolved the same way. The document itself is not changed
otherwise, with one exception, our profile's one deviation (docs/hsds-profile.md): the API's ids
are our record ids (`cg-ixta-noa-arnhem`, `domains:geld-en-schulden`), not UUIDs, so
`format: uuid` is taken off `id` and `…_id` properties (`--record-ids`, as contract-test runs it;
the export, whose ids are UUIDs, is validated with formats in the test suite).
Usage: hsds_official_openapi.py [--record-ids] OUT.json
Also importable: `schema_for(name)` gives one official schema, self-contained, for jsonschema."""
import copy
import json
import sys
from pathlib import Path

SCHEMA = Path(__file__).resolve().parent.parent / "Indexer" / "hsds" / "schema"
REMOTE = "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/"
# The official document names compiled schemas the 3.0 branch publishes under other names, or
# only as their uncompiled sources; these are the local files that hold them.
LOCAL = {
    "compiled/service.json": "compiled/service_with_definitions.json",
    "compiled/organization.json": "organization.json",
}


def load(relative):
    return json.loads((SCHEMA / LOCAL.get(relative, relative)).read_text(encoding="utf-8"))


def resolve(node, document, relative, stack):
    """Inlines every reference to another schema file and to the file's own `#/definitions`."""
    if isinstance(node, list):
        return [resolve(item, document, relative, stack) for item in node]
    if not isinstance(node, dict):
        return node
    ref = node.get("$ref")
    if isinstance(ref, str):
        if ref.startswith(REMOTE):
            target = ref[len(REMOTE):]
            return inline(target, stack)
        if ref.startswith("#/definitions/"):
            key = ref.split("/")[-1]
            if (relative, key) in stack:
                return {"type": "object"}
            return resolve(copy.deepcopy(document["definitions"][key]), document, relative, stack | {(relative, key)})
        if ref.endswith(".json") and not ref.startswith("#"):
            folder = str(Path(relative).parent)
            target = ref if folder in (".", "") else f"{folder}/{ref}"
            # Uncompiled files name their neighbours without a folder.
            if not (SCHEMA / LOCAL.get(target, target)).exists():
                target = ref
            return inline(target, stack)
    return {key: resolve(value, document, relative, stack) for key, value in node.items()}


def inline(relative, stack):
    if (relative, None) in stack:
        # A cycle between files (a location's services' locations …): any object will do there.
        return {"type": "object"}
    document = load(relative)
    result = resolve(document, document, relative, stack | {(relative, None)})
    for key in ("$schema", "$id", "definitions"):
        result.pop(key, None)
    return result


def without_uuid_ids(node):
    """The same schema with `format: uuid` taken off ids (our profile's record ids)."""
    if isinstance(node, list):
        return [without_uuid_ids(item) for item in node]
    if not isinstance(node, dict):
        return node
    result = {}
    for key, value in node.items():
        if key == "properties" and isinstance(value, dict):
            value = {
                name: ({k: v for k, v in field.items() if not (k == "format" and v == "uuid")}
                       if isinstance(field, dict) and (name == "id" or name.endswith("_id")) else field)
                for name, field in value.items()
            }
        result[key] = without_uuid_ids(value)
    return result


def schema_for(relative):
    """One official schema (`compiled/service.json`, `taxonomy_term.json`, …), self-contained."""
    return inline(relative, frozenset())


def main():
    arguments = sys.argv[1:]
    record_ids = "--record-ids" in arguments
    out = [a for a in arguments if a != "--record-ids"][0]
    document = json.loads((SCHEMA / "openapi.json").read_text(encoding="utf-8"))
    bundled = resolve(document, document, "openapi.json", frozenset())
    if record_ids:
        bundled = without_uuid_ids(bundled)
    Path(out).write_text(json.dumps(bundled, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
