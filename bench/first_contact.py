#!/usr/bin/env python3
"""First-contact decks: which cards hit a gold fact on texts the generator had never seen.

    python3 bench/first_contact.py rows ROUND BINDIR TEXTDIR OUT.json TEXT...
        per-card rows of one round (decks kept beside OUT.json); BINDIR holds the `recall` and
        `generate_debug` binaries built at the commit that added the round's texts, TEXTDIR
        the texts as they stood then; the gold lists are today's (tests/gold/TEXT.json)
    python3 bench/first_contact.py table ROWS.json...
        feature tables per round and candidate drop rules, each simulated per round

bench/first_contact.sh builds the binaries and calls `rows` for each round. Never run it on
held-out texts (rounds 14-18). A drop rule is simulated exactly (dropping a card frees no
slot): a fact stays hit when any kept card can hit it. A rule is worth keeping when, on EVERY
round, it drops cards at a cost of at most about one lost fact per 8 dropped cards.
"""
import collections, json, os, re, subprocess, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "..", "shared", "tools"))
import score_deck as sd  # noqa: E402

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from card_table import card_hits  # noqa: E402

NUM_WORDS = set("one two three four five six seven eight nine ten twelve hundred thousand million billion "
                "een twee drie vier vijf zes zeven acht negen tien twaalf honderd duizend miljoen miljard".split())


def norm(s):
    return re.sub(r"[^\w ]", "", s.lower()).strip()


def number(a):
    return bool(re.search(r"\d", a) or set(norm(a).split()) & NUM_WORDS)


def card_rows(rnd, bindir, textdir, text, deckdir):
    txt = f"{textdir}/{text}.txt"
    lang = "en" if text.startswith("en-") else "nl"
    deck = f"{deckdir}/{text}.toml"
    subprocess.run([f"{bindir}/recall", "generate", txt, "-o", deck], check=True, capture_output=True)
    dbg = subprocess.run([f"{bindir}/generate_debug", txt, lang], env=dict(os.environ, CHOSEN="1"),
                         capture_output=True, text=True).stdout
    info = {}
    for line in dbg.splitlines():
        p = line.split("\t")
        if len(p) >= 7:
            info.setdefault(p[5], (int(p[0]), p[1], int(p[2]), int(p[4])))
    body = open(txt, encoding="utf-8").read()
    # headings are blocks without a full stop; they are no paragraph
    paras = [" ".join(p.split()) for p in re.split(r"\n\s*\n", body) if re.search(r"[.!?:]\s*$", p.strip())]
    _, facts, glang = sd.load_gold(f"{ROOT}/tests/gold/{text}.json")
    cards = sd.load_deck(deck)
    _, res = sd.fact_recall(facts, cards, glang)
    rows = []
    low = body.lower()
    for c in cards:
        front = c.front if c.kind == "qa" else c.text
        si, rule, score, nsent = info.get(front, (-1, "?", 0, 0))
        hits, _ = card_hits(c, facts, glang)
        gaps = [" ".join(d for d, _ in v) for _, v in sorted(c.clozes.items())]
        answers = gaps if c.kind == "cloze" else [c.back]
        src = (c.source or "").strip()
        para = next((i for i, p in enumerate(paras) if src[:40] and " ".join(src.split())[:40] in p), -1)
        lead = para >= 0 and paras[para].startswith(" ".join(src.split())[:40])
        a0 = answers[0] if answers else ""
        rows.append(dict(round=rnd, text=text, rule=rule, score=score, sent=si, nsent=nsent, kind=c.kind,
                         ngaps=len(gaps), front=front, answers=answers, hits=sorted(hits),
                         para=para, nparas=len(paras), lead=lead,
                         ans_count=low.count(a0.lower()) if a0 else 0,
                         first=[r["n"] - 1 for r in res if r["card"] == c.idx]))
    return rows, len(facts)


def features(rows):
    by_doc = collections.defaultdict(list)
    for r in rows:
        by_doc[r["text"]].append(r)
    for rs in by_doc.values():
        order = sorted(range(len(rs)), key=lambda i: -rs[i]["score"])
        sent_n = collections.Counter(r["sent"] for r in rs)
        ans_n = collections.Counter(norm(a) for r in rs for a in r["answers"])
        kind_n = collections.Counter(r["rule"] for r in rs)
        for k, i in enumerate(order):
            r = rs[i]
            r["rank"], r["rankf"], r["ncards"] = k, k / len(rs), len(rs)
            r["pos"] = r["sent"] / max(r["nsent"], 1)
            r["on_sent"] = sent_n[r["sent"]]
            r["sent_best"] = r["score"] == max(x["score"] for x in rs if x["sent"] == r["sent"])
            r["dup_answer"] = any(ans_n[norm(a)] > 1 for a in r["answers"])
            a = r["answers"][0] if r["answers"] else ""
            r["ans_words"] = len(a.split())
            r["q_words"] = len(re.sub(r"\{\{.*?\}\}", "X", r["front"]).split())
            r["ans_num"] = number(a)
            r["ans_cap"] = bool(re.match(r"[A-Z]", a)) and not r["ans_num"]
            r["kind_n"] = kind_n[r["rule"]]
        groups = collections.defaultdict(list)
        for r in rs:
            groups[(r["rule"], r["ngaps"])].append(r)
        for g in groups.values():
            for i, r in enumerate(sorted(g, key=lambda r: -r["score"])):
                r["kind_rank"] = i


def facts_hit(rows, drop=lambda r: False):
    return len({(r["text"], f) for r in rows if not drop(r) for f in r["hits"]})


def rounds(rows):
    by = collections.defaultdict(list)
    for r in rows:
        by[r["round"]].append(r)
    return sorted(by.items())


def evaluate(name, rows, drop):
    out = []
    for rnd, rs in rounds(rows):
        d = sum(map(drop, rs))
        out.append((rnd, d, facts_hit(rs) - facts_hit(rs, drop)))
    td, tl = sum(x[1] for x in out), sum(x[2] for x in out)
    ok = all(lost * 8 <= d + 1e-9 for _, d, lost in out) and td > 0
    cells = " ".join(f"{d:3}/{lost:<2}" for _, d, lost in out)
    print(f"  {name:<54} {cells}  all -{td:3} cards -{tl:2} facts {'KEEP' if ok else ''}")
    return ok


def table(rows, key, title):
    rs_by = rounds(rows)
    print(f"\n{title}   (per round: cards hit-rate; pooled)")
    keys = collections.Counter(key(r) for r in rows)
    for k, _ in sorted(keys.items(), key=lambda x: -x[1]):
        cells, side = [], set()
        for _, rs in rs_by:
            sel = [r for r in rs if key(r) == k]
            rate = sum(bool(r["hits"]) for r in sel) / len(sel) if sel else None
            cells.append(f"{len(sel):3} {rate:.2f}" if sel else "  -     ")
            # below or above the round's own hit rate (rounds with fewer than 3 such cards aside)
            if len(sel) >= 3:
                side.add(rate < sum(bool(r["hits"]) for r in rs) / len(rs))
            else:
                side.add(None)
        sel = [r for r in rows if key(r) == k]
        pooled = sum(bool(r["hits"]) for r in sel) / len(sel)
        mark = {frozenset([True]): " LOW in every round", frozenset([False]): " HIGH in every round"}
        print(f"  {str(k):<26} " + " | ".join(cells) + f" || {len(sel):4} {pooled:.2f}" + mark.get(frozenset(side), ""))


def one_word_gap(r):
    """A cloze with one gap on one lower-case word that is no number."""
    return (r["kind"] == "cloze" and r["ngaps"] == 1 and r["ans_words"] == 1 and not r["ans_num"]
            and not r["ans_cap"])


def head_exempt(r):
    """Approximately the clozes weak.rs keeps whatever their gap: the sentence names the gap
    ("is called {{upwelling}}") or the gap is a list member ("zoogdieren en {{vogels}}")."""
    f = r["front"]
    i, j = f.find("{{"), f.find("}}")
    pre, post = f[:i].split(), f[j + 2:].split()
    pw = pre[-1].lower() if pre else ""
    nw = post[0].strip(".,") if post else ""
    return (pw in ("called", "named", "termed", "heet", "heten", "noemt", "noemen", "en", "and", "or", "of")
            or nw in ("genoemd", "genaamd") or f[j + 2:].startswith(","))


def lone_word_gap(r):
    """The rule of src/generate/lone_word_gap.rs as weak.rs applies it (round 29)."""
    return (one_word_gap(r) and r["score"] < 30 and len(r["answers"][0]) <= 9 and not head_exempt(r))


def rules_to_try():
    return {
        "Subject card": lambda r: r["rule"] == "Subject",
        "Passive card": lambda r: r["rule"] == "Passive",
        "Year card": lambda r: r["rule"] == "Year",
        "Why/Reason card": lambda r: r["rule"] in ("Why", "Reason", "Because"),
        "lone-gap cloze": lambda r: r["kind"] == "cloze" and r["ngaps"] == 1,
        "lone-gap cloze, no number, lower-case": lambda r: r["kind"] == "cloze" and r["ngaps"] == 1
        and not r["ans_num"] and not r["ans_cap"],
        "lone-gap cloze, one lower-case word (no number)": one_word_gap,
        "... and scored below 30": lambda r: one_word_gap(r) and r["score"] < 30,
        "... below 30, not named or listed": lambda r: one_word_gap(r) and r["score"] < 30 and not head_exempt(r),
        "... below 30, not named or listed, <= 9 letters (kept)": lone_word_gap,
        "lone-gap cloze, <= 2 lower-case words": lambda r: r["kind"] == "cloze" and r["ngaps"] == 1
        and not r["ans_num"] and not r["ans_cap"] and r["ans_words"] <= 2,
        "Agent card": lambda r: r["rule"] == "Agent",
        "Subject/Agent/Reason card": lambda r: r["rule"] in ("Subject", "Agent", "Reason"),
        "second card on its sentence, not the best": lambda r: r["on_sent"] > 1 and not r["sent_best"],
        "answer shared with another card": lambda r: r["dup_answer"],
        "bottom fifth by score": lambda r: r["rankf"] >= 0.8,
        "bottom fifth by score, docs >= 20 cards": lambda r: r["rankf"] >= 0.8 and r["ncards"] >= 20,
        "answer >= 6 words": lambda r: r["ans_words"] >= 6,
        "question >= 14 words (qa)": lambda r: r["kind"] == "qa" and r["q_words"] >= 14,
        "answer not recurring in the text, qa, 1 word": lambda r: r["kind"] == "qa" and r["ans_count"] <= 1
        and r["ans_words"] == 1,
        "last paragraph": lambda r: r["para"] == r["nparas"] - 1 and r["nparas"] > 2,
        "third+ card of its kind (not cloze)": lambda r: r["kind"] == "qa" and r["kind_rank"] >= 2,
        "fifth+ card of its kind": lambda r: r["kind_rank"] >= 4,
    }


def main():
    if sys.argv[1] == "rows":
        rnd, bindir, textdir, out, texts = sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5], sys.argv[6:]
        deckdir = os.path.dirname(os.path.abspath(out))
        rows, nfacts = [], 0
        for t in texts:
            rs, n = card_rows(rnd, bindir, textdir, t, deckdir)
            hit = len({f for r in rs for f in r["hits"]})
            print(f"{rnd} {t:<34} recall={hit / n:.2f} hit={hit}/{n} cards={len(rs)}")
            rows += rs
            nfacts += n
        json.dump(rows, open(out, "w"), ensure_ascii=False, indent=0)
        return
    rows = [r for f in sys.argv[2:] for r in json.load(open(f))]
    features(rows)
    print("rounds: " + " | ".join(f"{k} {len(v)} cards {facts_hit(v)} hit" for k, v in rounds(rows)))
    table(rows, lambda r: (r["rule"], min(r["ngaps"], 3)), "by rule and gaps")
    table(rows, lambda r: min(int(r["rankf"] * 5), 4), "by score rank within the document (fifths)")
    table(rows, lambda r: round(r["pos"] * 4) / 4, "by position of the sentence")
    table(rows, lambda r: "first" if r["para"] == 0 else "last" if r["para"] == r["nparas"] - 1 else "mid",
          "by paragraph")
    table(rows, lambda r: r["lead"], "first sentence of its paragraph")
    table(rows, lambda r: min(r["ans_words"], 6), "by answer words")
    table(rows, lambda r: min(r["q_words"] // 4, 5) * 4, "by question words (//4)")
    table(rows, lambda r: min(r["ans_count"], 4), "answer occurrences in the text")
    table(rows, lambda r: (min(r["on_sent"], 3), r["sent_best"]), "cards on the sentence, best of it")
    table(rows, lambda r: r["dup_answer"], "an answer another card of the document has")
    table(rows, lambda r: "num" if r["ans_num"] else "Cap" if r["ans_cap"] else "lower", "answer shape")
    table(rows, lambda r: min(r["kind_rank"], 4), "rank within its kind in the document")
    print("\ncandidate drop rules: per round dropped/lost")
    for name, f in rules_to_try().items():
        evaluate(name, rows, f)


if __name__ == "__main__":
    main()
