"""A question asking a work, an amount or a rank must get a reply that shows one.

The counterpart of detail_shown.py for three more kinds. "Which play did the students stage?" is not
answered by "The university held its third Vietnam Day on Friday", "What exchange rate was agreed?" not
by "the two sides agreed a payment system in dong and rouble", "What military rank did X hold?" not by a
sentence about X's team, "What award did X receive?" not by "X recalled his flight": the quotes are about the thing asked but none names one.

The kind asked is read from the question's wh-phrase (English-like tokens, so Vietnamese and Russian
questions read the same): "which <play / film / book …>" a work; "how much money / … cost / worth / pay"
and "what salary / price / fee / rate" an amount; "what rank" a rank. The evidence, in the quoted
sentences as the loader parsed them:
- a work: a LAW / WORK_OF_ART entity, a quoted title, a capitalised work or document noun ("the Treaty
  on …") or one with its own number ("Decree No. 15"), the question lacks;
- an amount: a MONEY entity or a figure with a currency; a rate also any figure;
- an award ("which award / prize / medal / reward"): a capitalised award word ("the Order of Friendship"),
  a graded one ("a gold medal", "first prize"), a verb of conferring ("awarded") or a cash sum;
- a rank (also a score or a rating asked): a military rank word the question lacks, a figure, an ordinal (a place in a table) or a
  superlative of rank ("the highest distinction").
Tried and left out (they lost far more answerable questions than they gained declines): persons asked
by "who" or "which <office>" (answered as often by a body, a group or a country, or by a name the parse
misses) and documents asked by "which agreement / document" (news names them by common nouns: "a joint
statement", "the roadmap").
"""

from __future__ import annotations

import re
import sqlite3

from knowledge import lazy_re
from knowledge.answer.asked_detail import noun_is_head
from knowledge.answer.evidence import fresh_name, stored_parse
from knowledge.answer.name_written import question_words
from knowledge.names import DEMONYMS, canonical_country, fold

DOC_NOUNS = set("""agreement agreements treaty treaties memorandum memoranda memorandums mou mous document documents
contract contracts accord accords declaration declarations decree decrees resolution resolutions law laws convention
conventions protocol protocols""".split())
WORK_NOUNS = set("""play plays film films movie movies book books novel novels opera operas ballet ballets song songs
poem poems painting paintings""".split())
MONEY_NOUNS = set("""salary salaries wage wages price prices fee fees rate budget budgets""".split())
# a money noun that as often qualifies another ("budget deficit", "budget problem"): asked only as the head
_QUALIFYING_MONEY = {"budget", "budgets"}
AWARD_NOUNS = set("""award awards prize prizes reward rewards medal medals decoration decorations honour honours honor
honors""".split())
RANK_NOUNS = {"rank", "ranks", "score", "scores", "rating", "ratings", "grade", "grades"}
# an award named: a capitalised award word ("the Order of Friendship", "Special Prize"), one graded ("a gold
# medal", "first prize"), an honorary one ("an honorary doctorate") or the act of conferring one ("was awarded",
# "honoured with", "to award him")
_AWARD_NAMED = lazy_re.compile(r"(?<=\w )(?:Orders?|Medals?|Prizes?|Awards?|Cups?|Grand Prix|Titles?|Diplomas?|Certificates?"
                          r"|Badges?|Insignia|Hero|Trophy|Trophies)\b"
                          r"|\b(?:gold|golden|silver|bronze|first|second|third|top|special|best|main|grand)\s+"
                          r"(?:\w+\s+){0,2}(?:prizes?|awards?|medals?|places?|trophy|cups?|titles?)\b|\bcertificates? of merit\b"
                          r"|\b(?:awarded|honou?red with|conferred|bestowed|decorated with|presented with the)\b|\bHonorary\b|\bhonorary\s+[a-z]"
                          r"|\b(?:award|awards|awarding|confer|confers|bestow|bestows)\s+(?:an?|the|him|her|them)\b"
                          r"|\b(?:won|wins?|earned|received|receives?|got|took|collected|presented|handed|gave|given"
                          r"|brought|claimed)\b(?:\W+[\w'’-]+){0,9}?\W+(?:awards?|prizes?|medals?|honou?rs?|orders?"
                          r"|decorations?|titles?|trophy|cups?|scholarships?|insignia|badges?|diplomas?|gold|silver|bronze)\b"
                          r"|\bnamed\b(?:\W+[\w'’-]+){0,4}?\W+best\b")
_MONEY_VERBS = {"money", "cost", "costs", "costing", "worth", "pay", "paid", "spend", "spent", "invest", "invested",
                "investment", "price", "earn", "earned", "charge", "charged", "funding", "budget", "salary"}
_QUALIFY = {"other", "foreign", "main", "senior", "new", "local", "exact", "precise", "specific", "particular",
            "same", "military", "official", "intergovernmental", "bilateral", "exchange", "joint", "which", "what"}
_ADJ_ENDS = ("al", "ary", "ic", "ian", "ese", "ish", "an")
_OTHER_WH = {"when", "where", "why", "how", "whose"}
RANKS = lazy_re.compile(r"\b(?:general|colonel|lieutenant|major|captain|admiral|sergeant|marshal|commodore|brigadier"
                   r"|corporal|private|commander|ensign)\b", re.I)
_CURRENCY = lazy_re.compile(r"[$€£¥₫]\s?\d|\d[\d.,]*\s*(?:(?:million|billion|trillion|thousand|mln|bn|m)\s+)?"
                       r"(?:usd|us\s+dollars?|dollars?|roubles?|rubles?|vnd|dong|euros?|yuan|yen|rupees?|pounds?)\b"
                       r"|\b(?:usd|vnd|rub|eur)\s?\d", re.I)
_TITLE = lazy_re.compile(r"[“\"«‘'][A-ZА-ЯĐ0-9][^”\"»’']{2,}[”\"»’']")
_NUMBERED = lazy_re.compile(r"\b(?:no\.?|number|№)\s*\d", re.I)


def _qualifier(w: str) -> bool:
    return w in _QUALIFY or w in DEMONYMS or w.endswith(_ADJ_ENDS) or bool(canonical_country(w))


def asked(tokens: list[str], raw: str) -> tuple[str | None, str]:
    """("work" / "amount" / "award" / "rank", the head word) for a question of that kind, else (None, "")."""
    if "how" in tokens[:3] and "much" in tokens[:4]:
        return ("amount", "much") if _MONEY_VERBS & set(tokens) else (None, "")
    for i, t in enumerate(tokens):
        if t in _OTHER_WH:
            return None, ""
        if t in ("who", "whom"):
            return None, ""  # a person, a body, a group or a country: left to the engine's checks
        if t not in ("which", "what"):
            continue
        for k, w in enumerate(tokens[i + 1:i + 5], i + 1):
            if w in _QUALIFYING_MONEY and k + 1 < len(tokens) and not noun_is_head(tokens[k + 1]):
                return None, ""  # "what budget problem": the budget qualifies the thing asked
            if w in RANK_NOUNS:
                return "rank", w
            for kind, nouns in (("work", WORK_NOUNS), ("amount", MONEY_NOUNS), ("award", AWARD_NOUNS)):
                if w in nouns:
                    return kind, w
            if not _qualifier(w):
                return None, ""
        return None, ""
    return None, ""


def _title_shown(text: str, doc, words: set[str]) -> bool:
    """A title the question lacks: an entity, a quoted one, a capitalised work or document noun
    ("the Treaty on Friendship") or one with its own number ("Decree No. 15")."""
    if any(e.label_ in ("LAW", "WORK_OF_ART") and fresh_name(e.text, words) for e in doc.ents):
        return True
    if any(fresh_name(m.group(0), words) for m in _TITLE.finditer(text)):
        return True
    return any(fold(tok.text) in DOC_NOUNS | WORK_NOUNS and (tok.text[:1].isupper() and tok.i > 0 or _NUMBERED.match(
        " ".join(t.text for t in doc.toks[tok.i + 1:tok.i + 3]))) for tok in doc.toks)


def _shown_award(text: str) -> bool:
    """An award named in the sentence, or a cash sum (a reward is often money: "each got 5 million dong")."""
    return _AWARD_NAMED.search(text) is not None or _CURRENCY.search(text) is not None


def _shown(conn: sqlite3.Connection, kind: str, noun: str, sid: int, text: str, words: set[str]) -> bool:
    doc = stored_parse(conn, sid)
    if kind == "work":
        return _title_shown(text, doc, words)
    if kind == "award":
        return _shown_award(text)
    if kind == "rank":
        return any(fresh_name(m.group(0), words) for m in RANKS.finditer(text)) or re.search(
            r"\d|\w-star\b|\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|top|highest|lowest|supreme)\b", text, re.I) is not None
    return any(e.label_ == "MONEY" for e in doc.ents) or _CURRENCY.search(text) is not None or (
        noun == "rate" and re.search(r"\d", text) is not None)


def unshown(conn: sqlite3.Connection, tokens: list[str], raw: str, citations) -> bool:
    """Does a reply to a question asking a work, an amount or a rank show none in any quote?"""
    kind, noun = asked(tokens, raw)
    cites = [c for c in citations if c.sentence_id is not None]
    if kind is None or not cites:
        return False
    words = question_words(raw, tokens)
    return not any(_shown(conn, kind, noun, c.sentence_id, c.quote, words) for c in cites)
