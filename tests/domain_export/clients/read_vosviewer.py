# tests/domain_export/clients/read_vosviewer.py — VOSviewer JSON read back by Python's json.
"""Reads a VOSviewer JSON file with Python's json module and prints its structure: the keys at
each level with the JSON types of their values, then every item, link and cluster. Used by the
domain export tests; exits 1 when the file is not JSON."""
import json
import sys


def kind(value):
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "float"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object"


def keys(value):
    return " ".join(f"{k}:{kind(v)}" for k, v in sorted(value.items()))


def main(path):
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    print("top", keys(data))
    network = data["network"]
    print("network", keys(network))
    for item in network["items"]:
        print("item", item["id"], keys(item))
        print("  weights", keys(item["weights"]), json.dumps(item["weights"], sort_keys=True))
    for link in network["links"]:
        print("link", link["source_id"], link["target_id"], kind(link["strength"]),
              link["strength"])
    for cluster in network["clusters"]:
        print("cluster", cluster["cluster"], cluster["label"])


if __name__ == "__main__":
    main(sys.argv[1])
