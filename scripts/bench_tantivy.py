#!/usr/bin/env python3
"""Reference point for `kaart bench`: the same records and queries in Tantivy (PyPI `tantivy`).

Usage: bench_tantivy.py RECORDS.jsonl QUERIES.json INDEX_DIR OUT.json

Text is analysed by Tantivy's own chain with the Dutch Snowball stemmer (lower case, ASCII
folding, `dutch` stemmer): what a dedicated search engine gives with no Dutch compound
splitting or synonyms. Filters are term queries on raw fields; distance is a bounding box on
fast float fields. Each query asks for the top 10. Times are per query, measured in Python
around building the query and searching (the Python call overhead is part of the figure).
"""
import json
import os
import sys
import time

import tantivy


def percentile(sorted_values, p):
    if not sorted_values:
        return None
    k = max(0, min(len(sorted_values) - 1, int(round(p / 100.0 * len(sorted_values) + 0.5)) - 1))
    return sorted_values[k]


def main():
    records_path, queries_path, index_dir, out_path = sys.argv[1:5]
    os.makedirs(index_dir, exist_ok=True)
    builder = tantivy.SchemaBuilder()
    builder.add_text_field("id", stored=True, tokenizer_name="raw")
    builder.add_text_field("name", stored=False, tokenizer_name="nl_stem")
    builder.add_text_field("body", stored=False, tokenizer_name="nl_stem")
    for field in ("kind", "domains", "target_groups", "support_types"):
        builder.add_text_field(field, stored=False, tokenizer_name="raw")
    builder.add_unsigned_field("free", indexed=True, fast=True)
    builder.add_float_field("lat", indexed=True, fast=True)
    builder.add_float_field("lon", indexed=True, fast=True)
    schema = builder.build()
    index = tantivy.Index(schema, path=index_dir, reuse=False)
    analyzer = (
        tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.simple())
        .filter(tantivy.Filter.remove_long(40))
        .filter(tantivy.Filter.lowercase())
        .filter(tantivy.Filter.ascii_fold())
        .filter(tantivy.Filter.stemmer("dutch"))
        .build()
    )
    index.register_tokenizer("nl_stem", analyzer)

    started = time.perf_counter()
    writer = index.writer(heap_size=200_000_000, num_threads=2)
    count = 0
    with open(records_path, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            doc = tantivy.Document()
            doc.add_text("id", r["id"])
            doc.add_text("name", r["name"])
            doc.add_text("body", r["body"])
            doc.add_text("kind", r["kind"])
            for field in ("domains", "target_groups", "support_types"):
                for code in r[field]:
                    doc.add_text(field, code)
            doc.add_unsigned("free", 1 if r.get("free") else 0)
            if r.get("lat") is not None:
                doc.add_float("lat", r["lat"])
                doc.add_float("lon", r["lon"])
            writer.add_document(doc)
            count += 1
    writer.commit()
    writer.wait_merging_threads()
    index.reload()
    build_seconds = time.perf_counter() - started
    size = sum(os.path.getsize(os.path.join(index_dir, n)) for n in os.listdir(index_dir))

    searcher = index.searcher()
    with open(queries_path, encoding="utf-8") as f:
        queries = json.load(f)

    def build_query(q):
        parts = []
        if q["text"]:
            parts.append((tantivy.Occur.Must, index.parse_query(
                q["text"], ["name", "body"], field_boosts={"name": 10.0}, conjunction_by_default=True)))
        for field in ("domains", "target_groups", "support_types", "kinds"):
            codes = q.get(field) or []
            if codes:
                name = "kind" if field == "kinds" else field
                alternatives = [(tantivy.Occur.Should, tantivy.Query.term_query(schema, name, c)) for c in codes]
                parts.append((tantivy.Occur.Must, tantivy.Query.boolean_query(alternatives)))
        if q.get("free"):
            parts.append((tantivy.Occur.Must, tantivy.Query.term_query(schema, "free", 1)))
        box = q.get("box")
        if box:
            parts.append((tantivy.Occur.Must, tantivy.Query.range_query(schema, "lat", tantivy.FieldType.Float, box[0], box[1])))
            parts.append((tantivy.Occur.Must, tantivy.Query.range_query(schema, "lon", tantivy.FieldType.Float, box[2], box[3])))
        if not parts:
            return tantivy.Query.all_query()
        return tantivy.Query.boolean_query(parts)

    # Warm up: every distinct query once.
    for q in queries[:200]:
        searcher.search(build_query(q), 10)
    timings = {}
    hits = {}
    for q in queries:
        t0 = time.perf_counter_ns()
        result = searcher.search(build_query(q), 10)
        elapsed = (time.perf_counter_ns() - t0) / 1e6
        timings.setdefault(q["class"], []).append(elapsed)
        hits.setdefault(q["class"], []).append(len(result.hits))
    classes = {}
    for name, values in timings.items():
        values.sort()
        classes[name] = {
            "count": len(values),
            "p50": percentile(values, 50), "p95": percentile(values, 95), "p99": percentile(values, 99),
            "mean_hits": sum(hits[name]) / len(hits[name]),
        }
    with open(out_path, "w", encoding="utf-8") as f:
        json.dump({"records": count, "build_seconds": build_seconds, "index_bytes": size, "classes": classes}, f)


if __name__ == "__main__":
    main()
