"""An amount asked of one kind is not answered by a sum the quote ties to another noun.

"How much did it cost to make the film?" is not answered by "the winning film received a cash prize of
5,000 US dollars", nor "How much compensation did the firm pay?" by "each had paid a fee of 1,500 US
dollars": the quote writes money (so figure_shown.py and count_noun.no_amount let it pass) and the
question's names, but its sum is a prize, a fee — another amount. The question's money word (cost, price,
compensation, fine, prize, fee) picks a word family; a quote ties when it writes a word of that family
anywhere ("a plant worth $2 billion", "at an estimated cost of …", "invested 300 million USD") or when the
noun its sum belongs to, in the loader's stored parse, is one the question writes ("the $2 billion plant"
for "how much did the plant cost"). A reply is declined when some quote writes money and none ties.
Likewise "how long …" is not answered by an age ("a 35-year-old citizen"): a reply whose quotes write
an age and no span of time at all is declined (duration_age).
"""

from __future__ import annotations

import re
import sqlite3

from knowledge import lazy_re
from knowledge.answer.evidence import stored_parse
from knowledge.facts import Answer

# word families of money asked, as stems: a quote writing one of the family speaks of that amount
_FAMILIES: dict[str, tuple[str, ...]] = {
    "cost": ("cost", "price", "priced", "worth", "valu", "budget", "invest", "capital", "spend", "spent", "expens",
             "expendit", "financ", "fund", "outlay", "paid", "pay", "bought", "buy", "purchas", "sold", "sell",
             "contract", "deal", "tender", "loan", "credit"),
    "compensation": ("compensat", "damages", "indemn", "payout", "redress", "reparation"),
    "fine": ("fine", "fined", "penalt"),
    "prize": ("prize", "award", "reward", "bonus", "purse", "jackpot"),
    "fee": ("fee", "charge", "tuition", "fare", "ticket", "cost", "price", "pay", "paid"),
}
# the question's word for each family (a stem at the start of a word of the question). "worth", "invest",
# "spend", "earn", "income" pick none: their sums hang on "reached" / "totalled" with no family word
# ("trade reached 4 billion USD" answers "what was trade worth"), so they are left to the other checks
_ASKED = {"cost": ("cost", "price", "budget", "expens"),
          "compensation": ("compensat", "damages", "indemn"),
          "fine": ("fine", "fined", "penalt"),
          "prize": ("prize", "reward", "bonus"),
          "fee": ("fee", "fees", "tuition", "fare", "fares", "ticket")}
# a money question: "how much …", "what is the cost/price of …"
_ASKS_MONEY = lazy_re.compile(r"^\W*(?:how\s+much\b"
                         r"|what\s+(?:is|was|were|will\s+be)\s+the\s+(?:\w+\s+)?(?:cost|price|value))", re.I)
# a sum written out; "dong" only after a figure ("Dong Nai", "Pham Van Dong" are names)
_MONEY_SIGN = lazy_re.compile(r"[$€£₫]|\b(?:USD|VND|EUR|dollars?|roubles?|rubles?|euros?|yuan)\b"
                         r"|\d\s*(?:(?:million|billion|trillion)\s+)?dong\b", re.I)
_WORD = lazy_re.compile(r"[a-z]+")
_STOP = {"how", "much", "did", "does", "do", "will", "would", "was", "were", "is", "are", "the", "a", "an", "of", "to",
         "in", "on", "for", "it", "its", "what", "be", "has", "have", "had", "cost", "each", "and", "with"}


def asked_family(raw: str) -> str | None:
    """The kind of amount a money question asks ("how much did X cost": cost), or None."""
    if not _ASKS_MONEY.search(raw):
        return None
    words = _WORD.findall(raw.lower())
    for fam, stems in _ASKED.items():
        if any(w.startswith(s) for w in words for s in stems):
            return fam
    return None


def _sum_nouns(doc) -> set[str]:
    """The noun each money figure of the sentence belongs to: its nearest noun head, or the subject of the
    verb it hangs on (up to three steps up)."""
    out: set[str] = set()
    for ent in doc.ents:
        if ent.label_ != "MONEY":
            continue
        tok = doc[ent.end - 1]
        for _ in range(3):
            if tok.head_i == tok.i:
                break
            tok = doc[tok.head_i]
            if tok.pos_ in ("NOUN", "PROPN"):
                out.add(tok.text.lower())
                break  # "a cash prize of 8,000 US dollars": the prize's, not the film's that received it
            if tok.pos_ in ("VERB", "AUX"):  # "two-way trade reached 7 billion USD": trade's sum
                out |= {t.text.lower() for t in doc if t.head_i == tok.i and t.dep_ in ("nsubj", "nsubjpass")}
                break
    return out


def _ties(doc, text: str, fam: str, qwords: set[str]) -> bool:
    words = _WORD.findall(text.lower())
    if any(w.startswith(s) for w in words for s in _FAMILIES[fam]):
        return True
    return bool(_sum_nouns(doc) & qwords)


def other_amount(conn: sqlite3.Connection, raw: str, ans: Answer) -> bool:
    """Does some quote of a money question's reply write a sum while no quote ties a sum to the amount asked?"""
    fam = asked_family(raw)
    cites = [c for c in ans.citations if c.sentence_id is not None] if ans.answered else []
    if fam is None or not cites:
        return False
    qwords = set(_WORD.findall(raw.lower())) - _STOP
    moneyed = False
    for c in cites:
        doc = stored_parse(conn, c.sentence_id)
        if not (_MONEY_SIGN.search(c.quote) or any(e.label_ == "MONEY" for e in doc.ents)):
            continue
        moneyed = True
        if _ties(doc, c.quote, fam, qwords):
            return False
    return moneyed


_MONTHS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"
_HOW_LONG = lazy_re.compile(r"^\W*(?:for\s+)?how\s+long\b", re.I)
_AGE = lazy_re.compile(r"\b\d+-year-old\b|\baged\s+\d+\b|\b\d+\s+years\s+old\b", re.I)
_SPAN = lazy_re.compile(r"\b(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few|many|some|half)"
                   r"[\s-]+(?:[\w-]+\s+)?(?:hours?|days?|weeks?|months?|years?|decades?|minutes?|nights?|centur\w+)\b"
                   r"|\b(?:since|until|till|between|throughout|ago|for\s+(?:years|decades|months))\b"
                   rf"|\bfrom\s+(?:\d|{_MONTHS})|\b{_MONTHS}\s+\d+\s*(?:-|–|to)\s*\d", re.I)


def duration_age(raw: str, ans: Answer) -> bool:
    """Does a "how long" reply write an age ("a 35-year-old man") and, past it, no span of time in any quote?"""
    if not _HOW_LONG.search(raw) or not ans.answered or not ans.citations:
        return False
    quotes = [c.quote for c in ans.citations]
    return any(_AGE.search(q) for q in quotes) and not any(_SPAN.search(_AGE.sub(" ", q)) for q in quotes)
