"""The nationality a Russian adjective of a country names ("замбийских студентов": Zambian students,
"австралийской делегации": the Australian delegation), as English writes it. Russian makes these
adjectives of a country in "-ия" with "-ийск-"; the country comes from the vocabulary's country
stems ("австрали": australia) and its English adjective from names.DEMONYMS, or else, for a
country no table lists, from the stem's transliteration with "-an" ("замби": zambian), which is how
English names the people of such a country (Zambian, Namibian, Gambian). English capitalises the
word, so the reading counts it as a name the articles must write (Question._capitalised)."""

from __future__ import annotations

from functools import lru_cache

from knowledge import lazy_re

# folded (й -> и): "замбииских" = stem "замби" + "иск" + "их"
_IISK = lazy_re.compile(r"^(.{3,}и)иск(ого|ому|ом|ии|ои|ая|ую|ое|ие|ые|их|ими|ым|им|ыи|ий)$")


@lru_cache(maxsize=1)
def _demonym_of() -> dict[str, str]:
    """A country's English adjective (the last DEMONYMS lists for it), read once."""
    from knowledge.names import DEMONYMS

    return {v: k for k, v in DEMONYMS.items()}


def ru_demonym(tok: str, stems: dict[str, list[str]]) -> list[str] | None:
    """The English nationality adjective of a folded Russian "-ийск-" adjective, if it is one."""
    from knowledge.names import canonical_country, fold, translit_cyrillic

    m = _IISK.match(tok)
    if not m:
        return None
    stem = m.group(1)
    country = canonical_country(" ".join(stems.get(stem, [])))
    if country:
        adj = _demonym_of().get(country) or (fold(country) + "n" if country.endswith("a") else None)
        return adj.split() if adj else None
    if stem in stems or len(stem) < 4:  # a vocabulary word of its own ("олимпи..."), or too short to tell
        return None
    latin = fold(translit_cyrillic(stem))
    return [latin + "an"] if latin.isalpha() and latin.endswith("i") else None
