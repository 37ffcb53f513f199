#!/usr/bin/env python3
"""Write norm-cases.json: each gold name, title and factbox entry (plus odd strings) with the
python scorer's norm() of it. Run from Fixtures/: python3 scorer/make_norm_cases.py"""
import importlib.machinery, importlib.util, json

loader = importlib.machinery.SourceFileLoader("score_extract", "/work/shared/tools/score-extract")
spec = importlib.util.spec_from_loader("score_extract", loader)
scorer = importlib.util.module_from_spec(spec)
loader.exec_module(scorer)

cases = ["the Zeta’s", "Los Zetas", "“El Chapo’s”", "U.S.", "US", "  Cartel Jalisco Nueva Generación – CJNG ",
         "The Engineer,", "las Pochas", "Ñañez", "ﬁnance chief", "'Jalisco Cartel Boss Killed in Clash': Local Media",
         "THE ORGANIZATION", "Los", "the", "Gulf Clan.", "«Don Saúl»", "Self-Defense—Forces", "O'Neill McCarthy",
         "Rastrojos'", "El Menchito's", "tab\tand  spaces", "Ecuador and Colombia’s Pacific Coast", "Área de operación"]
for corpus in ("seeds", "dev", "own"):
    for record in json.load(open(f"gold/{corpus}.json")):
        for kind in ("groups", "people", "places"):
            for e in record.get(kind) or []:
                cases += [e] if isinstance(e, str) else [e["name"]] + e["aliases"]
        for k, v in (record.get("factbox") or {}).items():
            cases += [k, v]
        if record.get("title"):
            cases.append(record["title"])
unique = list(dict.fromkeys(cases))
json.dump([[c, scorer.norm(c)] for c in unique], open("scorer/norm-cases.json", "w"), ensure_ascii=False, indent=0)
