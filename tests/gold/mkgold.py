import json, re, sys
def sents(path):
    return open(path, encoding="utf-8").read()
def write(name, lang, facts):
    text = sents(f"texts/{name}.txt")
    out = []
    for i, (kind, q, a, acc, s) in enumerate(facts, 1):
        assert s in text, (name, s)
        out.append({"id": f"f{i:02d}", "kind": kind, "question_nl": q, "answer": a, "accept": acc, "sentence": s})
    json.dump({"doc": f"texts/{name}.txt", "lang": lang, "n_facts": len(out), "facts": out},
              open(f"{name}.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    print(name, len(out))
