"""The word a reader's derived word is made from: a question asks the "percentage", the
"suspension", the "exhibitors" or the "yearly" capacity where the article writes "percent",
"suspended", "exhibited", "a year". A word no article writes, but whose base one does, is searched as
that base (retrieve.repair_terms) instead of weighing as a word found nowhere."""

from __future__ import annotations

from functools import lru_cache

from knowledge.answer.english_lexicon import classes, irregular_verb_form

# derivational suffixes, what the word they are added to ends in instead ("percentage": percent;
# "yearly": year), each with the class the word it is made from must have ("customer" is no "custom"); "-ly"
# of a noun only, never of an adjective: "yearly" names the year, "roughly" is a manner word, no "rough";
# not "-er": a "worker" is no "work", a "leader" no "lead"
_DERIVED = (("ages", "", "noun"), ("age", "", "noun"), ("ly", "", "noun"), ("sions", "d", "verb"),
            ("sion", "d", "verb"), ("ors", "", "verb"), ("or", "", "verb"),
            ("ships", "", "noun"), ("ship", "", "noun"))  # "professorship": professor


def derived_bases(word: str) -> list[str]:
    """The English words a derived word is made from by one suffix ("percentage": percent; "yearly":
    year; "suspension": suspend; "exhibitors": exhibit), four letters or more."""
    out = []
    for suffix, end, cls in _DERIVED:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            base = word[: -len(suffix)] + end
            if cls in classes(base) and not (suffix == "ly" and "adj" in classes(base)) and base not in out:
                out.append(base)
    return out


def article_form(in_vocab, word: str) -> str | None:
    """The word a question's word no article writes is derived from, when they write that
    ("percentage": percent; `in_vocab`: does a sentence write it?). Not an irregular verb's other
    form: "hold", "pay", "show" are light verbs of the question's frame, and searching their forms
    ("held", "paid") put other sentences first."""
    return next((b for b in derived_bases(word) if in_vocab(b)), None)


# a noun made from a verb whose stem the verb's own forms do not begin ("invitation": invited;
# "decision": decided; "description": described): (the noun's ending, the verb's); a noun whose stem
# its verb's forms share ("cooperation": cooperated; "agreement") needs none
_NOUN_OF_VERB = (("ations", "e"), ("ation", "e"), ("ations", ""), ("ation", ""), ("isions", "ide"), ("ision", "ide"),
                 ("iptions", "ibe"), ("iption", "ibe"), ("eptions", "eive"), ("eption", "eive"),
                 ("uctions", "uce"), ("uction", "uce"), ("ansions", "and"), ("ansion", "and"),
                 ("ensions", "end"), ("ension", "end"), ("umptions", "ume"), ("umption", "ume"),
                 ("olutions", "olve"), ("olution", "olve"), ("anations", "ain"), ("anation", "ain"))


@lru_cache(maxsize=4096)
def verb_stems(noun: str) -> tuple[str, ...]:
    """The stems of the verb a question's noun names the act of, where the verb's forms begin otherwise
    ("invitation": 'invit', as "invited"; "preparations": 'prepar'; "decision": 'decid'): a sentence
    that writes the act by its verb is about the thing asked. The verb must be an English one whose
    stem has five letters or more ("formation" is no "form", which begins "former"; "quotation" no
    'quot', which begins "quota") and no other verb's irregular form ("foundation" is no "found" of "find")."""
    from knowledge.answer.retrieve import stem  # (it imports this module)

    own, out = stem(noun), []
    for ending, verb_end in _NOUN_OF_VERB:
        if not noun.endswith(ending):
            continue
        verb = noun[: -len(ending)] + verb_end
        st = stem(verb)
        if len(st) >= 5 and "verb" in classes(verb) and "noun" in classes(noun) and not irregular_verb_form(verb) \
                and not st.startswith(own) and st not in out:
            out.append(st)
    return tuple(out)
