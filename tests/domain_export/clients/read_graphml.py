# tests/domain_export/clients/read_graphml.py — GraphML read back by networkx.
"""Reads a GraphML file with networkx and prints what it read, one fact per line:
the graph's kind and size, the Python type of every node and edge attribute, and each node and
edge with its label, weight and group. Used by the domain export tests; exits 1 when networkx
cannot read the file."""
import sys

import networkx as nx


def main(path):
    g = nx.read_graphml(path)
    print("directed", g.is_directed())
    print("nodes", g.number_of_nodes())
    print("edges", g.number_of_edges())
    node_types = {}
    for _, data in g.nodes(data=True):
        for name, value in data.items():
            node_types.setdefault(name, set()).add(type(value).__name__)
    for name in sorted(node_types):
        print("node attribute", name, "/".join(sorted(node_types[name])))
    edge_types = {}
    for _, _, data in g.edges(data=True):
        for name, value in data.items():
            edge_types.setdefault(name, set()).add(type(value).__name__)
    for name in sorted(edge_types):
        print("edge attribute", name, "/".join(sorted(edge_types[name])))
    for node, data in sorted(g.nodes(data=True)):
        print("node", node, repr(data.get("label")), data.get("weight"), data.get("group"))
    for a, b, data in sorted((min(a, b), max(a, b), d) for a, b, d in g.edges(data=True)):
        print("edge", a, b, data.get("weight"))


if __name__ == "__main__":
    main(sys.argv[1])
