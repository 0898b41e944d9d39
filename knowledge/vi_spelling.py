"""Could a name be Vietnamese by its spelling alone? Names written without their marks ('To Lam')
escape the letter test of names.is_vietnamese_name; a word no Vietnamese syllable can spell
('Miller', 'Rasmussen') shows a name is not Vietnamese."""

from __future__ import annotations

from knowledge import lazy_re
from knowledge.names import fold

# a Vietnamese syllable without its marks: an initial, one to three vowels, a final of c/ch/m/n/ng/nh/p/t
_VI_SYLLABLE = lazy_re.compile(r"^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?$")


def could_be_vietnamese(name: str) -> bool:
    """Could every word of the name be a Vietnamese syllable ('To Lam' yes; 'Alexey Miller',
    'Lars Løkke Rasmussen' no)?"""
    toks = fold(name).split()
    return bool(toks) and all(_VI_SYLLABLE.match(t) for t in toks)
