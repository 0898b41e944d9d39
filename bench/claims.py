"""Is every name, number and date word the bot states traceable to its sources? (a benchmark)

    uv run python bench/claims.py [SET ...] [--jobs 2] [--list]

For every question of the sets (default: every blind set after its first run) the engine's stated
part of the reply (the answer line and the worded lines, not the quotes) is cut into claim words:
capitalised words (names, places, titles), numbers and month and weekday names. Each is looked up,
diacritics and case folded, in the quoted sentences with their citation's file name, title, outlet and date, then in the rest of
the cited files, then in any article of the store. A word found nowhere is one the bot made up or
carried in from elsewhere; one found only in another article is a fact that may not belong to the
quote. Prints a table per set and, with --list, every reply holding a word found nowhere or only
in another article. The standard: every name, date and place stated is traceable to a sentence of
a seed file or its metadata, and the figure to keep at 0 is "nowhere".
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from multiprocessing import Pool
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

MONTHS = ("january february march april may june july august september october november "
          "december").split()
WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday".split()
# capitalised only because they open the line or a clause: no claim of their own
FUNCTION = set(("a an the on in at of to by for and or but as with from about after before during "
                "according my yes no it he she they this that these those both there here his her "
                "their its who whom what when where which why how also not neither none then "
                "i we you your our one two three sources source other passages").split())


# the reply's own counting words ("in 2 of my articles", "(3 statements in my sources"): no claim
_TEMPLATE = re.compile(r"\d+ (?:of my articles|statements?|meetings? or visits?|articles?|events?|agreements? or signings?)\b")


def fold(text: str) -> str:
    from knowledge.names import fold as _fold
    return _fold(text)


def claim_words(stated: str) -> list[str]:
    """The words of the stated part that claim something: names, numbers, months, weekdays."""
    out = []
    for w in re.findall(r"[^\W_]+", stated):
        lw = w.lower()
        if w.isdigit() or lw in MONTHS or lw in WEEKDAYS:
            out.append(w)
        elif w[:1].isupper() and lw not in FUNCTION and len(w) > 1:
            out.append(w)
    return out


def date_words(iso: str | None) -> set[str]:
    """What a citation's publication date lets a reply say: its year, month name and day."""
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", iso or "")
    if not m:
        return set()
    y, mo, d = m.groups()
    return {y, MONTHS[int(mo) - 1], str(int(d)), d}


def where(word: str, quotes: str, dates: set[str], cited: str, store: str) -> str:
    fw = fold(word)
    pat = re.compile(r"(?<![^\W_])" + re.escape(fw) + r"(?![^\W_])")
    if pat.search(quotes) or fw in dates:
        return "quote"
    if word.isdigit() or fw in MONTHS or fw in WEEKDAYS:
        # a date worked out from the article's date and a weekday or "yesterday" is traceable
        # to the quote and the article's date line, not written anywhere: count it apart
        return "date worked out" if dates else ("cited file" if pat.search(cited) else "nowhere")
    if pat.search(cited):
        return "cited file"
    return "other article" if pat.search(store) else "nowhere"


def run_set(name: str) -> tuple[str, Counter, list[str]]:
    import blind_eval as be
    from knowledge.answer import Engine

    here = ROOT / "bench" / name
    db, seeds = be.set_store(here, prefix="claims_")
    eng = Engine.open(db, seeds)
    files = {k: fold(v) for k, v in be.article_files(seeds).items()}
    store = "\n".join(files.values())
    counts: Counter = Counter()
    listed: list[str] = []
    for q in json.loads((here / "questions.json").read_text(encoding="utf-8")):
        a = eng.ask(q["question"])
        if not a.answered:
            continue
        stated = _TEMPLATE.sub(" ", "\n".join([a.headline, *a.lines]))
        quotes = fold("\n".join(f"{c.quote}\n{c.title or ''}\n{c.outlet or ''}\n{c.source}" for c in a.citations))
        dates = set().union(*(date_words(c.date) for c in a.citations)) if a.citations else set()
        cited = "\n".join(files.get(c.source, "") for c in a.citations)
        bad = []
        for w in claim_words(stated):
            place = where(w, quotes, dates, cited, store)
            counts[place] += 1
            if place in ("nowhere", "other article"):
                bad.append(f"{w} ({place})")
        counts["replies"] += 1
        if bad:
            counts["replies with a word nowhere/elsewhere"] += 1
            listed.append(f"{name}:{q.get('id')} {q['question']}\n    stated: {stated[:300]}\n    "
                          + ", ".join(bad))
    return name, counts, listed


def main(argv: list[str] | None = None) -> int:
    import dev_sets

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sets", nargs="*")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--list", action="store_true")
    args = ap.parse_args(argv)
    cols = ["replies", "quote", "date worked out", "cited file", "other article", "nowhere",
            "replies with a word nowhere/elsewhere"]
    total: Counter = Counter()
    listed: list[str] = []
    print(f"{'set':<8}" + "".join(f"{c[:14]:>16}" for c in cols))
    with Pool(args.jobs) as pool:
        for name, counts, bad in sorted(pool.imap_unordered(run_set, args.sets or dev_sets.default_sets()),
                                        key=lambda r: int(r[0][4:])):
            total.update(counts)
            listed += bad
            print(f"{name:<8}" + "".join(f"{counts[c]:>16}" for c in cols))
    print(f"{'all':<8}" + "".join(f"{total[c]:>16}" for c in cols))
    print("claim words of the stated lines, by where they are found first: the quote (with its "
          "citation's date), a date worked out from it, elsewhere in the cited file, only in another "
          "article, nowhere in the store")
    if args.list:
        print("\n".join(listed))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
