#!/usr/bin/env python3
"""Sentences that get no clause from `clause::parse` (round 30, parse30), with the gold facts
whose sentence they are and whether the deck hits them.

    bench/noclause.py [--bin target/debug] TEXT...   (names as in tests/gold, no extension)

One line per clause-less sentence of at least 4 words: text, sentence index, facts in it
(hit/total), the sentence. Needs what bench/census.py needs.
"""
import argparse, json, os, re, subprocess, sys, tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import census as C  # noqa: E402


def parse_debug(bindir, text, lang):
    out = subprocess.run([os.path.join(bindir, "examples", "generate_debug"), text, lang],
                         capture_output=True, text=True, check=True).stdout
    sents, has_clause, cur = {}, set(), None
    for line in out.splitlines():
        m = re.match(r"^\[(\d+)\] (?:\(dangling\) )?(.*)$", line)
        if m:
            cur = int(m.group(1))
            sents[cur] = m.group(2)
        elif line.startswith("   clause:") and cur is not None:
            has_clause.add(cur)
    return sents, has_clause


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=os.path.join(C.ROOT, "target", "debug"))
    ap.add_argument("texts", nargs="+")
    a = ap.parse_args()
    n_sent = n_fact = n_hit = 0
    for name in a.texts:
        gold = os.path.join(C.ROOT, "tests", "gold", name + ".json")
        text = os.path.join(C.ROOT, "tests", "gold", "texts", name + ".txt")
        facts = json.load(open(gold, encoding="utf-8"))["facts"]
        sents, has_clause = parse_debug(a.bin, text, name[:2])
        deck = C.deck_of(C.chosen(a.bin, text, name[:2]), sents)
        with tempfile.TemporaryDirectory() as tmp:
            hit = C.hits_of(C.score(gold, deck, tmp))
        for si, t in sorted(sents.items()):
            if si in has_clause or len(t.split()) < 4:
                continue
            fs = [i for i, f in enumerate(facts, 1)
                  if C.same_sentence(t, f.get("sentence", "")) or f.get("sentence") and f["sentence"] in t]
            h = sum(1 for i in fs if hit[i]["hit"])
            n_sent += 1
            n_fact += len(fs)
            n_hit += h
            print(f"{name}\t{si}\t{h}/{len(fs)}\t{t}")
    print(f"# {n_sent} clause-less sentences, {n_fact} facts in them, {n_hit} hit")


if __name__ == "__main__":
    main()
