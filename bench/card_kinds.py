#!/usr/bin/env python3
"""Hits by card kind and feature on the tuning texts, cross-validated over two fixed halves.

    python3 bench/card_table.py /tmp/rows.json $(TEXTS)   # per-card rows (tuning texts only)
    python3 bench/card_kinds.py /tmp/rows.json            # tables + candidate drop rules

Never run it on held-out texts (HELD_OUT in tests/generate_quality.rs). Halves: the tuning
texts sorted alphabetically, A = 1st, 3rd, 5th ..., B = 2nd, 4th, ... A drop rule is
simulated exactly (dropping a chosen card frees no slot): a fact stays hit when any kept
card can hit it. A rule is worth keeping when, on each half, it drops cards at a cost of at
most about one lost fact per 8 dropped cards.
"""
import collections, json, re, sys

NUM_WORDS = set("one two three four five six seven eight nine ten twelve hundred thousand million billion "
                "een twee drie vier vijf zes zeven acht negen tien twaalf honderd duizend miljoen miljard".split())


def norm(s):
    return re.sub(r"[^\w ]", "", s.lower()).strip()


def features(rows):
    """Adds per-document features to each row (in place)."""
    by_doc = collections.defaultdict(list)
    for r in rows:
        by_doc[r["text"]].append(r)
    for doc, rs in by_doc.items():
        order = sorted(range(len(rs)), key=lambda i: -rs[i]["score"])
        for i, r in enumerate(rs):
            # another card of the document, ranked higher, has one of this card's answers
            ans = {norm(a) for a in r["answers"]}
            r["dup_lower"] = any(x is not r and (x["score"], -j) > (r["score"], -i)
                                 and ans & {norm(a) for a in x["answers"]} for j, x in enumerate(rs))
        sent_n = collections.Counter(r["sent"] for r in rs)
        ans_n = collections.Counter(norm(a) for r in rs for a in r["answers"])
        typed = sum(r["kind"] == "qa" for r in rs)
        for k, i in enumerate(order):
            r = rs[i]
            r["rank"] = k
            r["rankf"] = k / len(rs)
            r["ncards"] = len(rs)
            r["pos"] = r["sent"] / max(r["nsent"], 1)
            r["on_sent"] = sent_n[r["sent"]]
            best = max(x["score"] for x in rs if x["sent"] == r["sent"])
            r["sent_best"] = r["score"] == best
            r["dup_answer"] = any(ans_n[norm(a)] > 1 for a in r["answers"])
            r["typed_in_doc"] = typed
            a = r["answers"][0] if r["answers"] else ""
            r["ans_words"] = len(a.split())
            r["ans_lower"] = a == a.lower() and not re.search(r"\d", a) and not (set(norm(a).split()) & NUM_WORDS)
    return by_doc


def number(a):
    return bool(re.search(r"\d", a) or set(norm(a).split()) & NUM_WORDS)


def gap_sentence_prefix(r):
    """The words of the cloze's own sentence before its first gap."""
    f = r["front"]
    pre = f[:f.find("{{")]
    cut = max(pre.rfind(". "), pre.rfind("? "), pre.rfind("! "))
    return re.findall(r"[\w'’]+", (pre[cut + 2:] if cut >= 0 else pre).lower())


def there_are(r):
    w = gap_sentence_prefix(r) if r["rule"] == "Cloze" else []
    return (len(w) >= 2 and " ".join(w[:2]) in ("there are", "there is", "here are", "er zijn", "er is")
            and len(w) <= 5 and not any(number(a) for a in r["answers"]))


def after_copula(r):
    if r["rule"] != "Cloze" or r["ngaps"] != 1 or number(r["answers"][0]):
        return False
    w = [x for x in gap_sentence_prefix(r)]
    while w and w[-1] in ("a", "an", "the", "de", "het", "een"):
        w.pop()
    return bool(w) and w[-1] in set("is are was were be been become becomes wordt worden werd zijn waren blijft".split())


def halves(rows):
    docs = sorted({r["text"] for r in rows})
    a = set(docs[0::2])
    return [r for r in rows if r["text"] in a], [r for r in rows if r["text"] not in a]


def facts_hit(rows, drop=lambda r: False):
    return len({(r["text"], f) for r in rows if not drop(r) for f in r["hits"]})


def evaluate(name, rows, drop):
    out = []
    for half in halves(rows):
        base, cards = facts_hit(half), len(half)
        kept = [r for r in half if not drop(r)]
        out.append((cards - len(kept), base - facts_hit(half, drop), len(kept) / max(facts_hit(half, drop), 1)))
    ok = all(d > 0 and lost * 8 <= d + 1e-9 for d, lost, _ in out)
    print(f"{name:<58} A: -{out[0][0]:3} cards -{out[0][1]:2} facts ({out[0][2]:.3f})"
          f"  B: -{out[1][0]:3} cards -{out[1][1]:2} facts ({out[1][2]:.3f})  {'KEEP' if ok else ''}")
    return ok


def table(rows, key, title):
    print(f"\n{title}")
    agg = collections.defaultdict(lambda: [0, 0, 0, 0])
    for hi, half in enumerate(halves(rows)):
        for r in half:
            k = key(r)
            agg[k][2 * hi] += 1
            agg[k][2 * hi + 1] += bool(r["hits"])
    for k, (na, ha, nb, hb) in sorted(agg.items(), key=lambda x: -(x[1][0] + x[1][2])):
        print(f"  {str(k):<32} A {na:4} cards hit {ha / max(na, 1):.2f}   B {nb:4} cards hit {hb / max(nb, 1):.2f}")


def main():
    rows = json.load(open(sys.argv[1]))
    features(rows)
    a, b = halves(rows)
    for n, h in (("A", a), ("B", b)):
        print(f"half {n}: {len({r['text'] for r in h})} texts, {len(h)} cards, {facts_hit(h)} facts hit,"
              f" {len(h) / facts_hit(h):.3f} cards per fact")
    table(rows, lambda r: (r["rule"], min(r["ngaps"], 3)), "by rule and gaps")
    table(rows, lambda r: round(r["pos"] * 5) / 5, "by position in the document")
    table(rows, lambda r: min(int(r["rankf"] * 5), 4), "by score rank within the document (fifths)")
    table(rows, lambda r: (min(r["on_sent"], 3), r["sent_best"]), "cards on the sentence, best of it")
    table(rows, lambda r: r["dup_answer"], "an answer another card of the document has")
    print("\ncandidate drop rules")
    cands = {
        "second card on its sentence, not the best": lambda r: r["on_sent"] > 1 and not r["sent_best"],
        "answer shared with another card": lambda r: r["dup_answer"],
        "lone-gap cloze, lower-case answer": lambda r: r["rule"] == "Cloze" and r["ngaps"] == 1 and r["ans_lower"],
        "lone-gap cloze, lower-case, second on sentence": lambda r: r["rule"] == "Cloze" and r["ngaps"] == 1
        and r["ans_lower"] and r["on_sent"] > 1,
        "lone-gap cloze when doc has >= 15 typed cards": lambda r: r["rule"] == "Cloze" and r["ngaps"] == 1
        and r["typed_in_doc"] >= 15,
        "bottom fifth by score in docs of >= 20 cards": lambda r: r["rankf"] >= 0.8 and r["ncards"] >= 20,
        "Object, one lower-case word": lambda r: r["rule"] == "Object" and r["ans_words"] == 1 and r["ans_lower"],
        "Subject, lower-case answer": lambda r: r["rule"] == "Subject" and r["ans_lower"],
        "Needed": lambda r: r["rule"] == "Needed",
        "lone gap on an answer a higher card has (no number)": lambda r: r["rule"] == "Cloze"
        and r["ngaps"] == 1 and r["dup_lower"] and r["ans_lower"] is not None and not number(r["answers"][0]),
        "cloze after 'There are/Here are/Er zijn', no number": there_are,
        "lone gap right after a copula, no number": after_copula,
        "yes/no question": lambda r: r["kind"] == "qa" and norm(r["answers"][0]) in ("yes", "no", "ja", "nee"),
        "cap of 28 cards by score": lambda r: r["rank"] >= 28,
    }
    for name, f in cands.items():
        evaluate(name, rows, f)
    # a per-kind cap: the cards of one rule (and gap count) beyond the K best of the document
    groups = collections.defaultdict(list)
    for r in rows:
        groups[(r["text"], r["rule"], r["ngaps"])].append(r)
    for rs in groups.values():
        for i, r in enumerate(sorted(rs, key=lambda r: -r["score"])):
            r["kind_rank"] = i
    for rule in ("Definition", "Passive", "Object", "Naming", "Year", "Cloze"):
        for k in (2, 4):
            evaluate(f"{rule} beyond the {k} best of its kind in the document", rows,
                     lambda r, rule=rule, k=k: r["rule"] == rule and r["kind_rank"] >= k)


if __name__ == "__main__":
    main()
