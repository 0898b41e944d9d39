"""Adjectives of world regions in a question ("Asian", "Latin American", "African"): the articles
often write the region as a country in it ("the first person from Asia", "the Cuban youth union"),
so such a word is neither an unknown word nor the name of a stranger when an article writes the
region, one of its countries or the country's adjective."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from knowledge import names

_LATIN_AMERICA = ("Cuba", "Brazil", "Argentina", "Mexico", "Venezuela", "Nicaragua", "Chile", "Colombia", "Peru",
                  "Bolivia", "Ecuador", "Uruguay", "Paraguay", "Panama", "Guatemala", "Honduras", "El Salvador",
                  "Costa Rica", "Dominican Republic")
_SOUTHEAST_ASIA = ("Vietnam", "Laos", "Cambodia", "Thailand", "Indonesia", "Malaysia", "Singapore", "Philippines",
                   "Myanmar", "Brunei", "Timor-Leste")
_CENTRAL_ASIA = ("Kazakhstan", "Uzbekistan", "Kyrgyzstan", "Tajikistan", "Turkmenistan")
_EAST_ASIA = ("China", "Japan", "South Korea", "North Korea", "Mongolia")
_SOUTH_ASIA = ("India", "Pakistan", "Bangladesh", "Sri Lanka", "Nepal")
_MIDDLE_EAST = ("Iran", "Iraq", "Syria", "Turkey", "Israel", "Egypt", "Saudi Arabia", "United Arab Emirates", "Qatar")
_AFRICA = ("South Africa", "Nigeria", "Algeria", "Ethiopia", "Egypt", "Angola", "Mozambique", "Kenya", "Tanzania",
           "Morocco", "Ghana", "Senegal", "Zimbabwe", "Uganda", "Namibia", "Mali", "Guinea", "Cameroon", "Sudan",
           "Tunisia", "Libya", "Madagascar", "Zambia", "Congo", "Burkina Faso", "Niger", "Chad")
_EUROPE = ("France", "Germany", "United Kingdom", "Italy", "Spain", "Poland", "Hungary", "Serbia", "Czech Republic",
           "Slovakia", "Bulgaria", "Romania", "Greece", "Finland", "Sweden", "Norway", "Netherlands", "Belgium",
           "Switzerland", "Austria", "Denmark", "Portugal", "Ireland", "Belarus", "Ukraine", "Moldova", "Estonia",
           "Latvia", "Lithuania", "Croatia", "Cyprus")

# the two countries every article is about: writing them is no sign of the region asked ("Asian")
_HOME = {"Vietnam", "Russia"}

# the region's adjective (folded words) -> the region's names and its countries
REGIONS: dict[tuple[str, ...], tuple[tuple[str, ...], tuple[str, ...]]] = {
    ("latin", "american"): (("Latin America",), _LATIN_AMERICA),
    ("southeast", "asian"): (("Southeast Asia", "ASEAN"), _SOUTHEAST_ASIA),
    ("central", "asian"): (("Central Asia",), _CENTRAL_ASIA),
    ("east", "asian"): (("East Asia",), _EAST_ASIA),
    ("middle", "eastern"): (("Middle East",), _MIDDLE_EAST),
    ("asian",): (("Asia",), _SOUTHEAST_ASIA + _CENTRAL_ASIA + _EAST_ASIA + _SOUTH_ASIA),
    ("african",): (("Africa",), _AFRICA),
    ("european",): (("Europe",), _EUROPE),
}


# a region adjective's one word in a question's search terms ("latin" of "Latin American")
_TERM_REGION = {"asian": ("asian",), "african": ("african",), "european": ("european",), "latin": ("latin", "american")}


def _forms(regions: tuple[str, ...], countries: tuple[str, ...]) -> list[str]:
    """The folded words an article may write the region with: its names, its countries' names and
    cities, and the countries' adjectives."""
    countries = tuple(c for c in countries if c not in _HOME)
    adjectives = [adj for adj, country in names.DEMONYMS.items() if country in countries]
    cities = [city for city, country in names.FOREIGN_CITIES.items() if country in countries]
    spelt = [v for c in countries for v in names.country_variants(c)]  # "the Republic of Korea"
    return list(dict.fromkeys(names.fold(f) for f in (*regions, *spelt, *cities, *adjectives)))


@lru_cache(maxsize=64)
def term_forms(term: str) -> tuple[str, ...]:
    """The words that stand for a question's search term that is a region's adjective ("asian":
    "asia", "japan", "tokyo", "japanese" …); empty for any other term."""
    words = _TERM_REGION.get(term)
    return tuple(_forms(*REGIONS[words])) if words else ()


def region_at(tokens: list[str], i: int) -> tuple[int, int] | None:
    """The span (start, end) of the region adjective that token `i` belongs to, or None."""
    for words in sorted(REGIONS, key=len, reverse=True):
        n = len(words)
        for start in range(max(0, i - n + 1), min(i, len(tokens) - n) + 1):
            if tuple(tokens[start:start + n]) == words:
                return start, start + n
    return None


def written_region(tokens: list[str], i: int, in_vocab: Callable[[str], bool]) -> bool:
    """Is token `i` part of a region adjective whose region, or a country of it, an article writes
    (`in_vocab`: does some article write these folded words)?"""
    span = region_at(tokens, i)
    if span is None:
        return False
    return any(in_vocab(f) for f in region_forms(tokens[span[0]:span[1]]))


def region_forms(words: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    """The written forms of the region whose adjective `words` (folded) are ("latin american"), else ()."""
    key = tuple(words)
    return (" ".join(key), *_forms(*REGIONS[key])) if key in REGIONS else ()
