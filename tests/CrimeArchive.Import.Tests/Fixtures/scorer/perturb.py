#!/usr/bin/env python3
"""Make noisy predictions from a gold file, to test that the C# scorer matches the python one.

usage: perturb.py GOLD SEED > PRED.jsonl  (deterministic for a given seed; see README.md)
"""
import json, random, sys
gold = json.load(open(sys.argv[1]))
rnd = random.Random(int(sys.argv[2]))
out = []
def ent(e):
    if isinstance(e, str): return {"name": e, "aliases": [e]}
    return {"name": e["name"], "aliases": list(e["aliases"])}
for i, g in enumerate(gold):
    f = "texts/" + g["file"]
    if g.get("reject"):
        if i % 2: out.append({"file": f, "skipped": "a tag page"})
        else: out.append({"file": f, "kind": "brief", "groups": [{"name": "CJNG", "aliases": ["CJNG"]}], "people": [], "places": [], "relationships": [{"subject":"a","type":"rival-of","object":"b"}]})
        continue
    if i == 1 and sys.argv[2] == "2":
        continue   # a missing file
    if i == 2 and sys.argv[2] == "1":
        out.append({"file": f, "error": "the file is empty"}); continue
    p = {"file": f, "kind": g["kind"] if rnd.random() < .7 else "analysis",
         "title": g["title"] if rnd.random() < .7 else ("Some Other Title" if rnd.random() < .5 else None),
         "titleDerived": rnd.random() < .5, "date": g["date"] if rnd.random() < .8 else "2011-01-01",
         "author": (g["author"].upper() if g["author"] and rnd.random() < .5 else g["author"]) if rnd.random() < .8 else "Nobody",
         "country": g.get("country") if rnd.random() < .7 else "Peru", "tags": []}
    bl = g.get("boilerplate_lines") or []
    body = "Some body text.\n\n" + "\n\n".join(b for b in bl if rnd.random() < .3)
    p["body"] = body
    p["analysis"] = "Analysis text." if (g["has_analysis_section"] if rnd.random() < .8 else not g["has_analysis_section"]) else None
    p["sections"] = [{"heading": "History", "body": bl[0] if bl and rnd.random() < .3 else "text"}]
    fb = g.get("factbox")
    if fb:
        p["factbox"] = {k: (v if rnd.random() < .7 else v + " x") for k, v in fb.items() if rnd.random() < .8}
    else:
        p["factbox"] = {"Status": "Free"} if rnd.random() < .2 else None
    for k in ("groups", "people", "places"):
        es = []
        for e in g[k]:
            r = rnd.random()
            if r < .15: continue                    # missed
            e = ent(e)
            if r < .3 and len(e["aliases"]) > 1:    # split aliases
                a = e["aliases"].pop()
                es.append({"name": a, "aliases": [a]})
            if r > .9:                              # name variants norm must undo
                e["aliases"] = ["the " + a + "’s" if rnd.random() < .5 else "“" + a.upper() + "”" for a in e["aliases"]]
            es.append(e)
        if len(es) > 2 and rnd.random() < .4:       # merge two
            a, b = es[0], es[1]
            es = [{"name": a["name"], "aliases": a["aliases"] + b["aliases"]}] + es[2:]
        if rnd.random() < .5:
            es.append({"name": "Extra " + k, "aliases": ["Extra " + k, "Invented"]})
        rnd.shuffle(es)
        p[k] = es
    rels = []
    for r in g["relationships"]:
        x = rnd.random()
        if x < .15: continue
        r = dict(r, sentence="s")
        if x < .35 and r["type"] in ("sibling-of", "rival-of", "ally-of"):
            r["subject"], r["object"] = r["object"], r["subject"]
        elif x < .45:
            r["type"] = "member-of"
        rels.append(r)
    if rnd.random() < .5: rels.append({"subject": "Invented", "type": "ally-of", "object": "Nobody Known", "sentence": "s"})
    if rnd.random() < .5 and p["people"] and p["groups"]:
        rels.append({"subject": p["people"][0]["aliases"][0], "type": "leader-of", "object": p["groups"][-1]["name"], "sentence": "s"})
    p["relationships"] = rels
    p["warnings"] = []
    out.append(p)
for p in out: print(json.dumps(p, ensure_ascii=False))
