#!/usr/bin/env python3
"""Census of a text's gold facts and cards (round 15): which missed facts had no candidate,
which had one that was not chosen, which had a chosen card of their sentence asking
something else; and which chosen cards hit no fact, by rule.

    bench/census.py [--bin target/debug] TEXT...     (names as in tests/gold, no extension)

Needs the debug binary and the generate_debug example built, python3 and the scorer beside
the checkout (../shared/tools/score_deck.py). Prints counts and one line per fact/card.
"""
import argparse, collections, json, os, re, subprocess, sys, tempfile, tomllib

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCORER = os.path.join(ROOT, "..", "shared", "tools", "score_deck.py")


def toml_str(s):
    return json.dumps(s, ensure_ascii=False)


def write_deck(path, cards):
    with open(path, "w", encoding="utf-8") as f:
        f.write('[deck]\nname = "x"\n\n')
        for c in cards:
            f.write("[[card]]\n")
            if c.get("cloze"):
                f.write(f"cloze = {toml_str(c['cloze'])}\n")
            else:
                f.write(f"front = {toml_str(c['front'])}\nback = {toml_str(c['back'])}\n")
            f.write(f"context = {toml_str(c.get('context', ''))}\n\n")


def score(gold, cards, tmp):
    deck = os.path.join(tmp, "d.toml")
    rep = os.path.join(tmp, "r.json")
    write_deck(deck, cards)
    subprocess.run([sys.executable, SCORER, gold, deck, "--quiet", "--json", rep],
                   check=True, stdout=subprocess.DEVNULL)
    with open(rep, encoding="utf-8") as f:
        r = json.load(f)
    return r


def hits_of(report):
    res = report.get("results") or report.get("facts") or []
    return {x["n"]: x for x in res}


def words(s):
    return set(re.findall(r"\w+", s.lower()))


def same_sentence(a, b):
    wa, wb = words(a), words(b)
    if not wa or not wb:
        return False
    return len(wa & wb) / min(len(wa), len(wb)) >= 0.7


def candidates(bindir, text, lang):
    out = subprocess.run([os.path.join(bindir, "examples", "generate_debug"), text, lang],
                         capture_output=True, text=True, check=True).stdout
    sents, cands, cur = {}, [], None
    for line in out.splitlines():
        m = re.match(r"^\[(\d+)\] (?:\(dangling\) )?(.*)$", line)
        if m:
            cur = int(m.group(1))
            sents[cur] = m.group(2)
            continue
        m = re.match(r"^\s+(-?\d+) cloze (.*)$", line)
        if m and cur is not None:
            cands.append({"sent": cur, "rule": "Cloze", "cloze": m.group(2), "context": sents[cur]})
            continue
        m = re.match(r"^\s+(-?\d+) (\w+) (.*?) -> (.*)$", line)
        if m and cur is not None:
            cands.append({"sent": cur, "rule": m.group(2), "front": m.group(3),
                          "back": m.group(4), "context": sents[cur]})
    return sents, cands


def chosen(bindir, text, lang):
    env = dict(os.environ, CHOSEN="1")
    out = subprocess.run([os.path.join(bindir, "examples", "generate_debug"), text, lang],
                         capture_output=True, text=True, check=True, env=env).stdout
    rows = []
    for line in out.splitlines():
        p = line.split("\t")
        if len(p) >= 7:
            rows.append({"sent": int(p[0]), "rule": p[1], "front": p[5], "back": p[6]})
    return rows


def deck_of(rows, sents):
    """The chosen rows as scorer cards, each with its sentence as context."""
    deck = []
    for r in rows:
        c = {"sent": r["sent"], "rule": r["rule"], "context": sents.get(r["sent"], "")}
        if r["rule"] == "Cloze":
            c["cloze"] = r["front"]
        else:
            c["front"], c["back"] = r["front"], r["back"]
        deck.append(c)
    return deck


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=os.path.join(ROOT, "target", "debug"))
    ap.add_argument("--quiet", action="store_true", help="counts only")
    ap.add_argument("texts", nargs="+")
    a = ap.parse_args()
    total = collections.Counter()
    nohit_rules = collections.Counter()
    for name in a.texts:
        gold = os.path.join(ROOT, "tests", "gold", name + ".json")
        text = os.path.join(ROOT, "tests", "gold", "texts", name + ".txt")
        lang = name[:2]
        facts = json.load(open(gold, encoding="utf-8"))["facts"]
        sents, cands = candidates(a.bin, text, lang)
        deck = deck_of(chosen(a.bin, text, lang), sents)
        with tempfile.TemporaryDirectory() as tmp:
            hit = hits_of(score(gold, deck, tmp))
            allhit = hits_of(score(gold, cands, tmp))
            alone = []
            for c in deck:
                r = hits_of(score(gold, [c], tmp))
                alone.append(sum(x["hit"] for x in r.values()))
        print(f"== {name}: {sum(x['hit'] for x in hit.values())}/{len(facts)} facts, {len(deck)} cards")
        for i, f in enumerate(facts, 1):
            if hit[i]["hit"]:
                continue
            fs = f.get("sentence", "")
            sis = [si for si, t in sents.items() if same_sentence(t, fs) or fs and fs in t]
            n_c = sum(1 for c in cands if c["sent"] in sis)
            on = [c for c in deck if c["sent"] in sis]
            if allhit[i]["hit"]:
                k = "b not chosen"
            elif on:
                k = "c chosen, other span"
            elif n_c:
                k = "a candidates, none for it"
            else:
                k = "a no candidate"
            total[k] += 1
            if not a.quiet:
                print(f"  {k:<26} {f.get('kind',''):<12} {f['question_nl']}  ->  {f['answer']}")
        for c, n in zip(deck, alone):
            kind = c["rule"] + (f" ({c['cloze'].count('{{')} gaps)" if "cloze" in c else "")
            total["cards"] += 1
            if n == 0:
                total["cards hitting nothing"] += 1
                nohit_rules[c["rule"]] += 1
                if not a.quiet:
                    q = c.get("cloze") or f"{c['front']} -> {c['back']}"
                    print(f"  no fact: {kind:<16} {q}")
    print("\n== totals:", dict(total))
    print("== cards hitting nothing, by rule:", dict(nohit_rules.most_common()))


if __name__ == "__main__":
    main()
