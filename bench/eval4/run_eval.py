"""Blind evaluation EVAL-4: seeds + four unseen articles, 40 unseen questions.

Usage (from a checkout's root, or with that checkout on PYTHONPATH):
    uv run python bench/eval4/run_eval.py [--code DIR]
Always exits 0; prints accuracy per kind and language and each failure.
"""
import argparse, glob, json, os, shutil, sys, tempfile, unicodedata
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))


def fold(s):
    s = (s or "").lower().replace("đ", "d").replace("Đ", "d")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.replace("\u2019", "'").replace("\u2018", "'")


def has(text, alt):
    t = fold(text)
    return any(fold(a.strip()) in t for a in alt.split("|"))


def answer_line(text):
    text = (text or "").strip()
    return text.split("\n\n", 1)[0]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--code", default=os.getcwd(), help="checkout whose knowledge/ to evaluate")
    ap.add_argument("--seeds", default=None, help="seed folder (default CODE/seeds)")
    args = ap.parse_args()
    sys.path.insert(0, os.path.abspath(args.code))
    from knowledge import loader
    from knowledge.answer import Engine

    seeds_src = args.seeds or os.path.join(args.code, "seeds")
    tmp = tempfile.mkdtemp(prefix="eval4_")
    sdir = os.path.join(tmp, "seeds")
    os.makedirs(sdir)
    for f in sorted(glob.glob(os.path.join(seeds_src, "*.txt")) + glob.glob(os.path.join(HERE, "articles", "*.txt"))):
        shutil.copy(f, sdir)
    db = os.path.join(tmp, "eval4.db")
    loader.load(sdir, db)
    eng = Engine.open(db)
    files = {os.path.basename(f): open(f, encoding="utf-8").read() for f in glob.glob(os.path.join(sdir, "*.txt"))}

    qs = json.load(open(os.path.join(HERE, "questions.json"), encoding="utf-8"))
    by_kind, by_lang = defaultdict(lambda: [0, 0]), defaultdict(lambda: [0, 0])
    fails = []
    for q in qs:
        why = []
        try:
            a = eng.ask(q["question"])
            text, answered, cits = a.text or "", bool(a.answered), list(a.citations or [])
        except Exception as e:  # a crash is a failure, not an abort
            text, answered, cits = f"<exception {type(e).__name__}: {e}>", None, []
            why.append("exception")
        for c in cits:
            body = files.get(os.path.basename(c.source or ""))
            if body is None:
                why.append(f"citation of unknown file {c.source!r}")
            elif (c.quote or "") not in body:
                why.append(f"quote not verbatim in {c.source}: {c.quote[:80]!r}")
        if q.get("expect_decline"):
            if answered is not False:
                why.append("should decline")
            if cits:
                why.append("decline cites something")
        elif answered is not None:
            if not answered:
                why.append("declined")
            scope = answer_line(text) if q.get("scope", "line") == "line" else text
            for m in q.get("must_contain", []):
                if not has(scope, m):
                    why.append(f"missing {m!r} in {q.get('scope', 'line')}")
            for m in q.get("must_not_contain", []):
                if has(scope, m):
                    why.append(f"contains forbidden {m!r}")
            if q.get("must_cite") and not any(os.path.basename(c.source or "") == q["must_cite"] for c in cits):
                why.append(f"does not cite {q['must_cite']}")
        ok = not why
        for d, k in ((by_kind, q["kind"]), (by_lang, q["lang"])):
            d[k][0] += ok
            d[k][1] += 1
        if not ok:
            fails.append((q, why, text))

    total = sum(v[0] for v in by_kind.values()), sum(v[1] for v in by_kind.values())
    print(f"{'kind':<10}{'ok':>4}{'n':>4}{'acc':>7}")
    for k in sorted(by_kind):
        o, n = by_kind[k]
        print(f"{k:<10}{o:>4}{n:>4}{o / n:>7.0%}")
    print("-" * 25)
    for k in sorted(by_lang):
        o, n = by_lang[k]
        print(f"lang {k:<5}{o:>4}{n:>4}{o / n:>7.0%}")
    print(f"{'TOTAL':<10}{total[0]:>4}{total[1]:>4}{total[0] / total[1]:>7.0%}")
    for q, why, text in fails:
        print("\nFAIL [%s/%s] %s\n  why: %s\n  answer: %s" % (q["kind"], q["lang"], q["question"], "; ".join(why),
              text.strip().replace("\n", "\n          ")))
    print(f"\n(db: {db})")
    return 0


if __name__ == "__main__":
    main()
    sys.exit(0)
