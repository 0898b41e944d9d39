"""Full names the small English model misses where the same article names the person by surname
elsewhere: the article's other sentences are the evidence, so this runs per article, after every
sentence is parsed (extract.py)."""

from __future__ import annotations

from knowledge import names

_MONTH_DAY = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
              "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}

# words before a surname that belong to a title or rank, never to the name
RANK_WORDS = {"army", "navy", "air", "force", "colonel", "lieutenant", "major", "admiral", "marshal", "senior",
               "general", "captain", "ambassador", "minister", "president", "mr", "mrs", "ms", "dr", "the"}


def names_from_surnames(docs) -> None:
    """A full name the small model leaves untagged ('General of the Army Sergei Shoigu' with no
    entity) while the article's other sentences tag its surname ('Shoigu is in Vietnam'): the
    capitalised words right before the surname, up to a rank word, are the same person's name.
    Per article, so a surname only names someone this article names."""
    from spacy.tokens import Span

    from knowledge.nlp_names import _ORG_HEADS

    surnames = {ent[-1].text for d in docs for ent in d.ents if ent.label_ == "PERSON" and ent[-1].is_title}
    if not surnames:
        return
    for doc in docs:
        _retype_surnamed(doc, surnames)
        added = []
        for t in doc:
            if t.text not in surnames or t.ent_type_ or t.i == 0:
                continue
            start = t.i
            while start > 0 and t.i - start < 3:
                w = doc[start - 1]
                # ('the Ha Noi People's Committee Nguyen Quoc Trieu': a body's name ends before the name)
                if not (w.is_title and w.is_alpha and not w.ent_type_ and w.pos_ == "PROPN") \
                        or w.lower_ in RANK_WORDS or w.lower_ in _MONTH_DAY or w.lower_ in _ORG_HEADS:
                    break
                start -= 1
            if start < t.i:
                added.append(Span(doc, start, t.i + 1, label="PERSON"))
        if added:
            try:
                doc.ents = list(doc.ents) + added
            except ValueError:
                pass


def _retype_surnamed(doc, surnames: set[str]) -> None:
    """'with Valentina Matviyenko' typed as an organisation where the article's other sentences
    tag 'Matviyenko' as a person: two to four capitalised words ending in that surname, none a
    rank or a known place, are the person."""
    from spacy.tokens import Span

    from knowledge.extract_actors import ROLE_HEADS
    from knowledge.nlp_names import _ORG_HEADS

    ents, changed = [], False
    for ent in doc.ents:
        words = list(ent)
        if ent.label_ in ("ORG", "FAC", "GPE", "LOC", "NORP") and not ent.ent_id_ and 2 <= len(words) <= 4 \
                and words[-1].text in surnames and all(t.is_title and t.is_alpha for t in words) \
                and not any(t.lower_ in RANK_WORDS | ROLE_HEADS | _ORG_HEADS or " " in t.text
                            or names.canonical_country(t.text) or names.canonical_place(t.text) for t in words):
            ent, changed = Span(doc, ent.start, ent.end, label="PERSON"), True
        ents.append(ent)
    if changed:
        try:
            doc.ents = ents
        except ValueError:
            pass
