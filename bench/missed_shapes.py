#!/usr/bin/env python3
"""Missed facts of the tuning set by the shape of the gold answer (round 30, nocard30).

    bench/missed_shapes.py TEXT...     (names as in tests/gold, no extension)

For each missed fact: the answer's shape, guessed from the question word and the answer's
first words (reason, purpose, method, result, number, clause(when), predicate, clause,
list, name?, np; read them, the guess is rough), and whether the fact's sentence has a
chosen card ("card"), a candidate that would hit ("cand-hit"), other candidates ("cands")
or none ("nocand"). Prints one line per fact, then the counts. Needs what
bench/census.py needs (the debug binary, the generate_debug example, the scorer).
"""
import collections, json, os, re, sys, tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import census as C  # noqa: E402

ROOT = C.ROOT
BIN = os.path.join(ROOT, "target", "debug")
VERBY = re.compile(r"\b(is|are|was|were|has|have|had|can|cannot|may|will|does|do|make|makes|"
                   r"cause|causes|become|becomes|kan|kunnen|wordt|worden|zijn|heeft|hebben|"
                   r"maakt|zorgt|gaat)\b")


def shape(q, a, lang):
    q, al = (q or "").lower(), a.strip().lower()
    w = al.split()
    if re.search(r"\b(why|waarom)\b", q) or re.match(r"^(because|omdat|doordat|due to)\b", al):
        return "reason"
    if re.match(r"^(to|om)\b", al) and (lang == "en" or " te " in f" {al} "):
        return "purpose"
    if re.match(r"^(by|door)\s+\w+(ing|en)\b", al):
        return "method"
    if re.match(r"^(so that|zodat)\b", al):
        return "result"
    if re.search(r"\d", a) and len(w) <= 6:
        return "number"
    if re.match(r"^(what happens|wat gebeurt)", q):
        return "clause"
    if re.match(r"^(when|if|wanneer|als|zodra)\b", al):
        return "clause(when)"
    if re.search(r"\bwhat (do|does|did|can|could|should|will)\b.*\bdo\??$", q) or \
            re.search(r"wat (doet|doen|deed|deden)\b", q):
        return "predicate"
    if "," in a and re.search(r"\b(and|en|or|of)\b", al) or al.count(",") >= 2:
        return "list"
    if a[:1].isupper() and len(w) <= 4 and lang == "en":
        return "name?"
    if len(w) >= 5 and VERBY.search(al):
        return "clause"
    return "np"


def main():
    counts, by_status = collections.Counter(), collections.Counter()
    for name in sys.argv[1:]:
        gold = os.path.join(ROOT, "tests", "gold", name + ".json")
        text = os.path.join(ROOT, "tests", "gold", "texts", name + ".txt")
        lang = name[:2]
        facts = json.load(open(gold, encoding="utf-8"))["facts"]
        sents, cands = C.candidates(BIN, text, lang)
        deck = C.deck_of(C.chosen(BIN, text, lang), sents)
        with tempfile.TemporaryDirectory() as tmp:
            hit = C.hits_of(C.score(gold, deck, tmp))
            allhit = C.hits_of(C.score(gold, cands, tmp))
        for i, f in enumerate(facts, 1):
            if hit[i]["hit"]:
                continue
            fs = f.get("sentence", "")
            sis = [si for si, t in sents.items() if C.same_sentence(t, fs) or fs and fs in t]
            if any(c["sent"] in sis for c in deck):
                st = "card"
            elif allhit[i]["hit"]:
                st = "cand-hit"
            elif any(c["sent"] in sis for c in cands):
                st = "cands"
            else:
                st = "nocand"
            sh = shape(f.get("question_nl"), f["answer"], lang)
            counts[sh] += 1
            by_status[(sh, st)] += 1
            print(f"{sh:<13}{st:<9}{name[:24]:<25}{f.get('question_nl')} -> {f['answer']}")
    print("\n== shapes:", dict(counts.most_common()))
    for k, v in sorted(by_status.items()):
        print("  ", k, v)


if __name__ == "__main__":
    main()
