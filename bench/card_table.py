#!/usr/bin/env python3
"""Per-card table for the tuning texts: which chosen cards hit a gold fact, by rule, gaps and score.

    python3 bench/card_table.py OUT.json TEXT...   # TEXT: names in tests/gold/texts, no .txt

Needs the debug binaries (`cargo build --bins --examples`) and ../shared/tools/score_deck.py.
Never run it on held-out texts (rounds 13 and 14). Each row: text, rule, score, sentence,
kind, gaps, answer(s), the gold facts the card can hit (`hits`, in any order) and those
the scorer gives it (`first`); a fact hit by one card only is that card's `sole` fact.
"""
import collections, json, os, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "..", "shared", "tools"))
import score_deck as sd  # noqa: E402


def card_hits(c, facts, glang):
    """The gold facts card `c` can hit (in any order), and by answer index those each answer hits."""
    hits, gaphits = set(), {}
    for i, (cand, prompt, leaked) in enumerate(c.candidates(glang)):
        if leaked:
            continue
        for fi, f in enumerate(facts):
            for g in [f["answer"]] + list(f.get("accept", [])):
                if sd.answer_match(cand, g, glang) and sd.overlap_ok(
                        prompt, c.source, f.get("sentence", ""), sd.tokens(g), glang)[0]:
                    hits.add(fi)
                    gaphits.setdefault(str(i), []).append(fi)
                    break
    return hits, gaphits


def card_rows(text, tmp):
    txt = f"{ROOT}/tests/gold/texts/{text}.txt"
    lang = "en" if text.startswith("en-") else "nl"
    deck = f"{tmp}/{text}.toml"
    subprocess.run([f"{ROOT}/target/debug/recall", "generate", txt, "-o", deck], check=True, capture_output=True)
    dbg = subprocess.run([f"{ROOT}/target/debug/examples/generate_debug", txt, lang],
                         env=dict(os.environ, CHOSEN="1"), capture_output=True, text=True).stdout
    info = {}
    for line in dbg.splitlines():
        p = line.split("\t")
        if len(p) >= 7:
            info.setdefault(p[5], (int(p[0]), p[1], int(p[2]), int(p[4])))
    _, facts, glang = sd.load_gold(f"{ROOT}/tests/gold/{text}.json")
    cards = sd.load_deck(deck)
    _, res = sd.fact_recall(facts, cards, glang)
    rows = []
    for c in cards:
        si, rule, score, nsent = info.get(c.front if c.kind == "qa" else c.text, (-1, "?", 0, 0))
        hits, gaphits = card_hits(c, facts, glang)
        gaps = [" ".join(d for d, _ in v) for _, v in sorted(c.clozes.items())]
        rows.append(dict(text=text, rule=rule, score=score, sent=si, nsent=nsent, kind=c.kind,
                         ngaps=len(gaps), front=c.front if c.kind == "qa" else c.text,
                         answers=gaps if c.kind == "cloze" else [c.back], hits=sorted(hits),
                         gaphits=gaphits, first=[r["n"] - 1 for r in res if r["card"] == c.idx]))
    counts = collections.Counter(f for r in rows for f in r["hits"])
    for r in rows:
        r["sole"] = [f for f in r["hits"] if counts[f] == 1]
    return rows


def main():
    out, texts = sys.argv[1], sys.argv[2:]
    with tempfile.TemporaryDirectory() as tmp:
        rows = [r for t in texts for r in card_rows(t, tmp)]
    json.dump(rows, open(out, "w"), ensure_ascii=False, indent=0)
    by = collections.defaultdict(lambda: [0, 0, 0])
    for r in rows:
        k = (r["rule"], r["ngaps"])
        by[k][0] += 1
        by[k][1] += bool(r["hits"])
        by[k][2] += len(r["sole"])
    print(f"{len(rows)} cards, {sum(bool(r['hits']) for r in rows)} hit a fact")
    for (rule, gaps), (n, h, s) in sorted(by.items(), key=lambda x: -x[1][0]):
        print(f"  {rule:<12} gaps={gaps} cards={n:4} hit={h / n:.2f} sole/card={s / n:.2f}")


if __name__ == "__main__":
    main()
