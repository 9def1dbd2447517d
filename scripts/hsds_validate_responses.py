#!/usr/bin/env python3
"""Validates a running server's HSDS answers against Open Referral's official JSON schemas
(Indexer/hsds/schema/, Draft 2020-12): every service (read from format=ndjson, then each one
from /services/{id}), every page of the lists, every taxonomy, term, organisation and
service at location. Prints the counts; exits 1 on any problem.
Usage: hsds_validate_responses.py BASE   (BASE like http://127.0.0.1:8080/api/v1)"""
import json
import sys
import urllib.error
import urllib.request
from pathlib import Path

from jsonschema import Draft202012Validator

sys.path.insert(0, str(Path(__file__).resolve().parent))
from hsds_official_openapi import schema_for  # noqa: E402

BASE = sys.argv[1].rstrip("/")
VALIDATORS = {name: Draft202012Validator(schema_for(name)) for name in [
    "compiled/service.json", "compiled/service_list.json", "taxonomy.json", "taxonomy_term.json",
    "compiled/organization_list.json", "compiled/organization.json", "compiled/service_at_location_list.json",
]}
problems = []
checked = {}


def fetch(path):
    try:
        with urllib.request.urlopen(BASE + path, timeout=30) as answer:
            return answer.status, answer.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8")


def check(schema, value, where):
    checked[schema] = checked.get(schema, 0) + 1
    for error in VALIDATORS[schema].iter_errors(value):
        problems.append(f"{where}: {'/'.join(map(str, error.absolute_path))}: {error.message}")


def page(path, schema):
    """Walks every page of a list, validating each item; returns the items."""
    items, number = [], 1
    while True:
        separator = "&" if "?" in path else "?"
        status, body = fetch(f"{path}{separator}page={number}&per_page=50")
        if status != 200:
            problems.append(f"{path} page {number}: status {status}")
            return items
        document = json.loads(body)
        for key in ("total_items", "total_pages", "page_number", "size", "first_page", "last_page", "empty", "contents"):
            if key not in document:
                problems.append(f"{path}: the page lacks {key}")
        for item in document.get("contents", []):
            check(schema, item, f"{path} page {number}")
        items += document.get("contents", [])
        if document.get("last_page", True):
            return items
        number += 1


status, body = fetch("/services?format=ndjson")
streamed = [json.loads(line) for line in body.splitlines() if line.strip()]
for service in streamed:
    check("compiled/service.json", service, f"ndjson {service.get('id')}")
for service in page("/services", "compiled/service_list.json"):
    status, one = fetch(f"/services/{service['id']}")
    if status == 200:
        check("compiled/service.json", json.loads(one), f"/services/{service['id']}")
    elif status != 404:  # records for professionals are not served one by one
        problems.append(f"/services/{service['id']}: status {status}")
for taxonomy in page("/taxonomies", "taxonomy.json"):
    status, one = fetch(f"/taxonomies/{taxonomy['id']}")
    check("taxonomy.json", json.loads(one), f"/taxonomies/{taxonomy['id']}")
for term in page("/taxonomy_terms", "taxonomy_term.json"):
    status, one = fetch(f"/taxonomy_terms/{term['id']}")
    check("taxonomy_term.json", json.loads(one), f"/taxonomy_terms/{term['id']}")
for organization in page("/organizations", "compiled/organization_list.json"):
    status, one = fetch(f"/organizations/{organization['id']}")
    check("compiled/organization.json", json.loads(one), f"/organizations/{organization['id']}")
for place in page("/service_at_locations", "compiled/service_at_location_list.json"):
    pass
page("/service_at_locations?postcode=6811&proximity=30000", "compiled/service_at_location_list.json")

total = sum(checked.values())
print(f"hsds-validate: {total} response bodies checked against the official schemas: "
      + ", ".join(f"{name} {count}" for name, count in sorted(checked.items())))
if not streamed:
    problems.append("format=ndjson gave no services")
for problem in problems[:40]:
    print("  " + problem)
sys.exit(1 if problems else 0)
