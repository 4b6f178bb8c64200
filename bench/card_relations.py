#!/usr/bin/env python3
"""Sole, redundant and empty cards, and how they relate to the other cards of their deck.

    python3 bench/card_relations.py rows OUT.json DECKDIR TEXT...
        per-card rows of tuning texts at the current build (bench/card_table.py's rows, the
        decks kept in DECKDIR); never on held-out texts (rounds 14-18)
    python3 bench/card_relations.py table ROWS.json...
        ROWS: these rows or bench/first_contact.py's (its decks beside the rows file)

Each card is (a) the only card of its deck to hit one of its facts, (b) redundant: every fact
it hits another card hits too, or (c) empty: it hits nothing. The tables give per round the
closest relation of a (b) card to a card sharing its facts, and of a (c) card to a hitting
card of its sentence, and whether a (c) card's sentence carries a gold fact nobody hits.
"Same sentence": the cards share a sentence of their context, or their analysed sentence.
"""
import collections, json, os, re, sys, tomllib

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "..", "shared", "tools"))
import score_deck as sd  # noqa: E402

STOP = set("the a an of in on to and or is are was were for by with as at from that this it its be "
           "de het een van op te en is zijn was waren voor door met als aan uit dat die dit er".split())
ANS_ORDER = ["same answer", "nested answer", "overlapping answer", "each answer in the other's prompt",
             "different answer"]


def norm(s):
    return re.sub(r"[^\w ]", "", s.lower()).strip()


def content(answers):
    return {w for a in answers for w in norm(a).split() if w not in STOP}


def sents(s):
    return [x.strip() for x in re.split(r"(?<=[.!?])\s+", s or "") if x.strip()]


def with_context(path):
    rows = json.load(open(path))
    by = collections.defaultdict(list)
    for r in rows:
        by[r["text"]].append(r)
    for text, rs in by.items():
        if "context" in rs[0]:
            continue
        cards = tomllib.load(open(f"{os.path.dirname(path)}/{text}.toml", "rb"))["card"]
        for r, c in zip(rs, cards, strict=True):
            r["context"] = c.get("context", "")
    for r in rows:
        r.setdefault("round", "tuning")
        r["ctx"] = set(sents(r["context"]))
        r["filled"] = re.sub(r"\{\{c\d+::(.*?)(::.*?)?\}\}", r"\1", r["front"])
    return rows


def same_sentence(x, y):
    return (x["sent"] >= 0 and x["sent"] == y["sent"]) or bool(x["ctx"] & y["ctx"])


def answer_relation(x, y):
    ax, ay = [norm(a) for a in x["answers"]], [norm(a) for a in y["answers"]]
    if set(ax) & set(ay):
        return "same answer"
    if any(a and b and (a in b or b in a) for a in ax for b in ay):
        return "nested answer"
    if content(x["answers"]) & content(y["answers"]):
        return "overlapping answer"
    if any(a and a in norm(y["filled"]) for a in ax) and any(b and b in norm(x["filled"]) for b in ay):
        return "each answer in the other's prompt"
    return "different answer"


def classify(rows):
    docs = collections.defaultdict(list)
    for r in rows:
        docs[(r["round"], r["text"])].append(r)
    for (_, text), rs in docs.items():
        n = collections.Counter(f for r in rs for f in r["hits"])
        for r in rs:
            r["cls"] = "c" if not r["hits"] else "a" if any(n[f] == 1 for f in r["hits"]) else "b"
        for r in rs:
            if r["cls"] == "a":
                continue
            if r["cls"] == "b":
                others = [y for y in rs if y is not r and set(y["hits"]) & set(r["hits"])]
            else:
                others = [y for y in rs if y is not r and y["hits"] and same_sentence(r, y)]
            rels = sorted(((0 if same_sentence(r, y) else 1, ANS_ORDER.index(answer_relation(r, y))) for y in others))
            if rels:
                side, ans = rels[0]
                r["rel"] = f"{'same' if side == 0 else 'other'} sentence, {ANS_ORDER[ans]}"
            else:
                shared = any(y["hits"] and answer_relation(r, y) in ANS_ORDER[:2] for y in rs)
                r["rel"] = "no hitting card on its sentence" + (", a hitting card has its answer" if shared else "")
        if any(r["cls"] == "c" for r in rs):
            _, facts, _ = sd.load_gold(f"{ROOT}/tests/gold/{text}.json")
            hit = {f for r in rs for f in r["hits"]}
            for r in rs:
                if r["cls"] == "c":
                    r["sentence_has"] = sentence_facts(r, facts, hit)


def sentence_facts(r, facts, hit):
    """What the card's own sentence carries: no gold fact, facts all hit, or a missed fact."""
    def toks(s):
        return set(norm(s).split())
    a0 = norm(r["answers"][0]) if r["answers"] else ""
    own = [s for s in sents(r["context"]) if a0 in norm(s)] or sents(r["context"])
    on = [i for i, f in enumerate(facts) for s in own
          if (g := toks(f.get("sentence", ""))) and len(g & toks(s)) / len(g | toks(s)) >= 0.6]
    if not on:
        return "c1 no gold fact"
    return "c3 a gold fact no card hits" if any(i not in hit for i in on) else "c2 its facts hit by other cards"


def tabulate(rows, key, title):
    rounds = sorted({r["round"] for r in rows})
    counts = collections.Counter(key(r) for r in rows if key(r))
    print(f"\n{title}\n  {'':<58}" + " ".join(f"{x[:7]:>7}" for x in rounds) + "    all")
    for k, n in counts.most_common():
        print(f"  {k:<58}" + " ".join(f"{sum(1 for r in rows if r['round'] == x and key(r) == k):7}" for x in rounds)
              + f" {n:6}")


def main():
    if sys.argv[1] == "rows":
        sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
        from card_table import card_rows
        out, deckdir, texts = sys.argv[2], sys.argv[3], sys.argv[4:]
        os.makedirs(deckdir, exist_ok=True)
        rows = []
        for t in texts:
            rs = card_rows(t, deckdir)
            cards = tomllib.load(open(f"{deckdir}/{t}.toml", "rb"))["card"]
            for r, c in zip(rs, cards, strict=True):
                r["context"] = c.get("context", "")
            rows += rs
        json.dump(rows, open(out, "w"), ensure_ascii=False, indent=0)
        return
    rows = [r for p in sys.argv[2:] for r in with_context(p)]
    classify(rows)
    print("round      cards  (a) sole   (b) redundant  (c) no hit  facts  cards/fact")
    for x in sorted({r["round"] for r in rows}) + ["all"]:
        rs = [r for r in rows if x in ("all", r["round"])]
        n, c = len(rs), collections.Counter(r["cls"] for r in rs)
        facts = len({(r["round"], r["text"], f) for r in rs for f in r["hits"]})
        print(f"{x:<9} {n:6}  " + "  ".join(f"{c[k]:5} {c[k] / n:.2f}" for k in "abc") + f"  {facts:5}  {n / facts:.2f}")
    tabulate(rows, lambda r: r["cls"] == "b" and r["rel"], "(b) redundant: closest relation to a card sharing its facts")
    tabulate(rows, lambda r: r["cls"] == "c" and r["rel"], "(c) no hit: relation to a hitting card of its sentence")
    tabulate(rows, lambda r: r["cls"] == "c" and r["sentence_has"], "(c) no hit: what its sentence carries")


if __name__ == "__main__":
    main()
