"""Reads a `kg export` file with a real consumer and prints what it got, as JSON.

usage: read_export.py networkx|igraph graphml|gexf|json|csv PATH

Every attribute value is printed as [python type name, value] so the test can check types
(an int must come back as int, not 43.0). igraph fills attributes a vertex lacks with
nan / "" / False; those are left out for numbers and strings (a real False is kept).
"""
import csv
import json
import math
import os
import sys


def typed(v):
    if isinstance(v, float) and math.isnan(v):
        return None
    return [type(v).__name__, v]


def clean(d):
    out = {}
    for k, v in d.items():
        t = typed(v)
        if t is not None:
            out[k] = t
    return out


def from_json(path):
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    nodes = [(n["id"], {"labels": ":" + ":".join(n["labels"]), **n["properties"]}) for n in data["nodes"]]
    edges = [(r["start"], r["end"], {"type": r["type"], **r["properties"]}) for r in data["relationships"]]
    return nodes, edges


def from_csv(path):
    with open(os.path.join(path, "elements.csv"), encoding="utf-8", newline="") as f:
        nodes = [(r["ID"], {"labels": ":" + r["Type"], "name": r["Label"], **json.loads(r["Properties"])}) for r in csv.DictReader(f)]
    with open(os.path.join(path, "connections.csv"), encoding="utf-8", newline="") as f:
        edges = [(r["From"], r["To"], {"type": r["Type"], **json.loads(r["Properties"])}) for r in csv.DictReader(f)]
    return nodes, edges


def with_networkx(fmt, path):
    import networkx as nx

    if fmt == "graphml":
        g = nx.read_graphml(path)
    elif fmt == "gexf":
        g = nx.read_gexf(path)
    else:
        nodes, edges = from_json(path) if fmt == "json" else from_csv(path)
        g = nx.MultiDiGraph()
        g.add_nodes_from(nodes)
        g.add_edges_from(edges)
    return {
        "nodes": {n: clean(d) for n, d in g.nodes(data=True)},
        "edges": [[u, v, clean(d)] for u, v, d in g.edges(data=True)],
    }


def with_igraph(fmt, path):
    import igraph as ig

    if fmt == "graphml":
        g = ig.Graph.Read_GraphML(path)
        ids = g.vs["id"]
    elif fmt in ("json", "csv"):
        nodes, edges = from_json(path) if fmt == "json" else from_csv(path)
        g = ig.Graph.DictList(
            [{"_node": n, **d} for n, d in nodes],
            [{"_source": u, "_target": v, **d} for u, v, d in edges],
            directed=True,
            vertex_name_attr="_node",
            edge_foreign_keys=("_source", "_target"),
        )
        ids = [n for n, _ in nodes]
    else:
        raise SystemExit(f"igraph reads no {fmt}")
    vs = {}
    for i, v in enumerate(g.vs):
        vs[ids[i]] = clean({k: x for k, x in v.attributes().items() if k != "_node" and not (isinstance(x, str) and x == "")})
    es = [[ids[e.source], ids[e.target], clean({k: x for k, x in e.attributes().items() if k not in ("_source", "_target") and not (isinstance(x, str) and x == "")})] for e in g.es]
    return {"nodes": vs, "edges": es}


if __name__ == "__main__":
    tool, fmt, path = sys.argv[1:4]
    out = with_networkx(fmt, path) if tool == "networkx" else with_igraph(fmt, path)
    json.dump(out, sys.stdout, ensure_ascii=False)
