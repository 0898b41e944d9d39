"""English forms of what a Vietnamese or Russian question asks, which its word-by-word reading loses.

'Who is <title> <firm>': a question ties a head's title to the body it heads with no word between
("Tổng giám đốc Vietsovpetro", "директором «Русвьетпетро»": the genitive is the "of"), so its English
reading says "who is general director vietsovpetro", which the engine reads as two people asked about.
English writes the "of" ("the general director of X": title_asked, holders), so the reading gets it
back when the body is one word, a firm's or a body's name: "who is general director of vietsovpetro".
A body of several words is left alone: the articles often write it otherwise ("MAI rector" for the
Moscow Aviation Institute's), and "of" would then ask a sentence to write all of it beside the name.

'Những <noun> nào': Vietnamese marks the plural asked with "những" (or "các"), which has no English word
of its own, so "những Phó Thủ tướng Nga nào" reads "which russian deputy prime minister", one holder of
a title the store may not know with that nationality. English asks "which Russian deputy prime
ministers", a group the articles name ("Deputy Prime Ministers X and Y"): the reading's head noun after
"which" is put in the plural.

'<gathering> <title>': Vietnamese writes a gathering of office holders as its noun and then theirs, with
no mark of number ("diễn đàn hiệu trưởng", the rectors' forum; "hội nghị đại sứ", the ambassadors'
conference), so the reading says "forum rector", which the engine reads as a rector asked about, one
the store may not know. English writes the holders in the plural ("the rectors' forum"): a title right
after a gathering's noun, and no name after it, is put in the plural."""

from __future__ import annotations

from knowledge import lazy_re
from knowledge.names import canonical_country, fold

# titles of a body's head (or a deputy's) that English writes before "of" and the body
_HEADS = {"director", "chairman", "chairwoman", "president", "rector", "head", "leader", "governor", "mayor",
          "chief", "editor", "commander", "secretary", "ceo", "principal", "conductor"}
# words of rank written before or inside the title ("deputy general director", "vice rector")
_RANK = {"deputy", "vice", "first", "general", "executive", "acting", "former", "the"}
# words that end a body ("director of X in Hanoi", "X who …") or leave no room for one after the title
_ENDS = {"of", "for", "in", "at", "on", "to", "with", "and", "or", "by", "from", "is", "was", "are", "were",
         "who", "whom", "which", "what", "when", "where", "did", "does", "do"}
# words of rank or a verb of the title's own, no body ("director first of the plant", "chairman concurrently
# general director", "chairman ban operates": the executive board's)
_NOT_BODY = {"first", "second", "third", "concurrently", "operates", "permanent", "standing", "chief", "general",
             "representative"}
_WHO = (["who", "is"], ["who", "was"])


def title_of(toks: list[str]) -> list[str]:
    """The tokens with "of" between a "who is" question's head title and the one-word body after it
    (a Vietnamese "<title> <body> là ai" put in English order first)."""
    if len(toks) > 3 and toks[-2:] in _WHO and toks[:1] != ["who"]:
        ask = title_of([*toks[-2:], *toks[:-2]])
        return ask if "of" in ask and "of" not in toks else toks
    if toks[:1] != ["who"]:
        return toks
    end = _title_end(toks, 2 if toks[1:2] in (["is"], ["was"]) else 1)
    if end is None or not _one_word_body(toks, end):
        return toks
    return [*toks[:end], "of", *toks[end:]]


def _one_word_body(toks: list[str], k: int) -> bool:
    """Is the word at k a body's one-word name, the question's end or a word ending a body after it?"""
    from knowledge.answer.irregular_verbs import irregular_past  # (the answer package imports this one)

    if k >= len(toks) or toks[k] in _ENDS | _NOT_BODY | _HEADS or toks[k].endswith("ed") or irregular_past(toks[k]):
        return False
    return k + 1 == len(toks) or toks[k + 1] in _ENDS


def _title_end(toks: list[str], i: int) -> int | None:
    """The position after the title opening at `i` (its words of rank, then a head noun), or None."""
    k = i
    while k < len(toks) and toks[k] in _RANK:
        k += 1
    return k + 1 if k < len(toks) and toks[k] in _HEADS else None


# "những <noun phrase> nào": the plural asked (a few words between, "những tập đoàn Nga nào")
_VI_PLURAL = lazy_re.compile(r"\b(?:nhung|cac)\s+(?:\w+\s+){1,5}?nao\b")
_PHRASE_END = {"of", "in", "at", "on", "to", "for", "with", "from", "by", "and", "or", "about", "is", "was", "are",
               "were", "did", "does", "do", "has", "have", "had", "will", "besides", "which", "who", "that"}
_IRREGULAR = {"person": "people", "man": "men", "woman": "women", "child": "children"}


def plural_asked(toks: list[str], raw: str) -> list[str]:
    """The tokens with the head noun after "which" in the plural, when the Vietnamese question asks
    "những … nào" (or "các … nào")."""
    from knowledge.answer.english_lexicon import classes
    from knowledge.answer.irregular_verbs import irregular_past  # (the answer package imports this one)

    if not _VI_PLURAL.search(fold(raw)) or "which" not in toks:
        return toks
    head = None
    for k in range(toks.index("which") + 1, min(len(toks), toks.index("which") + 6)):
        w = toks[k]
        kinds = classes(w)
        if w in _PHRASE_END or not kinds & {"noun", "adj"} or w.endswith("ed") or irregular_past(w) \
                or head is not None and canonical_country(w):
            break
        if "noun" in kinds and not canonical_country(w):
            head = k
    if head is None or toks[head].endswith("s"):
        return toks
    return [*toks[:head], _plural(toks[head]), *toks[head + 1:]]


def _plural(noun: str) -> str:
    if noun in _IRREGULAR:
        return _IRREGULAR[noun]
    if noun.endswith("y") and noun[-2:-1] not in ("a", "e", "o", "u"):
        return noun[:-1] + "ies"
    return noun + ("es" if noun.endswith(("x", "z", "ch", "sh")) else "s")


# nouns of a gathering named for the office holders who meet in it ("diễn đàn hiệu trưởng")
_GATHERINGS = {"forum", "conference", "congress", "summit", "council", "association", "club", "union", "festival"}
_TITLES = {"rector": "rectors", "ambassador": "ambassadors", "minister": "ministers", "governor": "governors",
           "mayor": "mayors", "president": "presidents", "director": "directors", "consul": "consuls",
           "leader": "leaders", "chairman": "chairmen", "editor": "editors"}


def gathering_titles(toks: list[str], named: set[str]) -> list[str]:
    """The tokens with a title right after a gathering's noun in the plural ("forum rector" -> "forum
    rectors"), unless a name follows it (`named`: the question's capitalised words, folded): "hội nghị
    Bộ trưởng Lavrov" is the minister's own."""
    out = list(toks)
    for k in range(1, len(out)):
        if out[k - 1] in _GATHERINGS and out[k] in _TITLES and (k + 1 == len(out) or out[k + 1] not in named):
            out[k] = _TITLES[out[k]]
    return out
