"""Sentences that report what someone named before said without naming him: "He said …", '"…," the
host said', "According to the dean, …", "In that case, he argued, …". The loader may leave them
untied; "what did X say" is still answered by them when they sit among X's sentences.

Besides the usual roles, any singular common noun after "the" attributes a quote or a view ("the
master told the audience", "according to the dean"), as long as it names no body (a ministry, a
newspaper): news refers back to a person by whatever he is.
"""

from __future__ import annotations

import re
from functools import lru_cache

from knowledge import lazy_re

# a turn-taking phrase before the subject ("For his part, the Russian minister said …", "In turn, he …")
LEAD_PHRASE = r"(?:(?:for (?:his|her|their) part|in (?:his|her|their) turn|in turn|in response|in reply|for its part),\s*)?"
# a sentence whose subject points back at someone named before ("He said …", "The visitor praised …")
# (a qualifier may be any capitalised word: "The Yakut leader", "According to the General Secretary")
_ROLE_SUBJECT = lazy_re.compile(r"^\W*" + LEAD_PHRASE + r"(he|she|the ((russian|vietnamese|visiting|new|party|foreign|deputy|"
                           r"senior|(?-i:[A-Z][a-z]+)) )*"
                           r"(guest|host|visitor|minister|president|leader|official|diplomat|envoy|ambassador|"
                           r"chairman|chairwoman|governor|mayor|premier|chief|head|consul general|consul|secretary|"
                           r"general|admiral|colonel|commander))\b", re.I)


_ROLE_BACK = (r"the ((russian|vietnamese|visiting|new|party|foreign|deputy|senior|(?-i:[A-Z][a-z]+)) )*"
              r"(guest|host|visitor|minister|"
              r"president|leader|official|diplomat|envoy|ambassador|chairman|chairwoman|governor|mayor|premier|chief|"
              r"head|consul general|consul|secretary)")
# … or its attribution after a quote or a comma does ('"…," the host said.', '"…," she remarked.', "Such
# talks, he said, would …", "Russia is ready to help, the diplomat stressed.")
_ROLE_AFTER_QUOTE = lazy_re.compile(r"(?:[,.!?]\s*[\"”’']|,)\s*(he|she|" + _ROLE_BACK + ")"
                               r" (said|says|told|added|noted|remarked|stressed|affirmed|stated|declared|emphasi[sz]ed|"
                               r"insisted|recalled|explained|continued|concluded)\b", re.I)


# … or it gives someone's view told before ("In his view, such cooperation …", "According to her, …",
# "According to the Russian minister, …")
_VIEW_OF = lazy_re.compile(r"^\W*(in (his|her) (view|opinion|words|assessment)|according to (him|her|" + _ROLE_BACK +
                      r")|as (he|she) (put|saw) it)\b", re.I)
# a subject or an attribution after a quote or a comma pointing back at two or more told before ("Both
# expressed …", "The two men went over …", '"…," the two deputy prime ministers affirmed.', "Such talks, they said, …")
PLURAL_BACK = lazy_re.compile(r"^\W*" + LEAD_PHRASE + r"(both|they|the (two|three|pair|leaders|sides|officials|ministers)|"
                         r"the (two|both) [\w -]{2,40}?)\b|(?:[,.!?]\s*[\"”’']|,)\s*(they|both|the (two|both) [\w -]{2,40}?)"
                         r" (said|say|told|added|noted|stressed|affirmed|agreed|stated|declared|emphasi[sz]ed|pledged|"
                         r"promised|concluded)\b", re.I)


@lru_cache(maxsize=8192)  # the same sentences come back question after question (the ranker asks of each)
def refers_back(text: str) -> bool:
    """Does the sentence's subject point back at someone ("He", "The guest", "The Russian minister"),
    its attribution after a quote ('"…," the host said'), or its opening give someone's view ("In his
    view, …")? The loader may have left it untied; "what did X say" may still be answered by it."""
    return _ROLE_SUBJECT.match(text) is not None or _ROLE_AFTER_QUOTE.search(text) is not None or \
        _VIEW_OF.match(text) is not None or _someone_speaks(text)


# the verbs that attribute words to their speaker (past tense, as news writes them)
_SPEECH = (r"(said|says|told|added|noted|remarked|stressed|affirmed|stated|declared|emphasi[sz]ed|insisted|recalled|"
           r"explained|continued|concluded|argued|warned|observed|pointed out|asserted|acknowledged|admitted|"
           r"reiterated|underlined|highlighted|replied|answered|wrote|suggested|proposed|cautioned|commented)")
# "the" and one to three lower-case words: a common noun for someone ("the master", "the senior researcher")
_COMMON = r"(?-i:[Tt]he ((?:[a-z][a-z-]* ){0,2}[a-z][a-z-]*))"
# … with what he heads or speaks for after it: "The speaker of the Russian upper house said …"
_OF_WHAT = r"(?: of (?:the )?(?:[\w'’-]+ ){0,4}?[\w'’-]+)?"
_HEAD_OF = r"(?-i:[Tt]he ((?:(?!of )[a-z][a-z-]* ){0,2}(?!of )[a-z][a-z-]*))"  # (a head before "of" has no "of" in it)
_SOMEONE_SAID = [lazy_re.compile(r"^\W*" + LEAD_PHRASE + _HEAD_OF + _OF_WHAT + " " + _SPEECH + r"\b", re.I),  # "The dean said …"
                 lazy_re.compile(r"(?:[,.!?]\s*[\"”’']|,)\s*" + _COMMON + " " + _SPEECH + r"\b", re.I),  # '"…," the master told'
                 lazy_re.compile(r"^\W*according to " + _COMMON + r"\s*,", re.I),  # "According to the dean, …"
                 lazy_re.compile(r"(?:[,.!?]\s*[\"”’']|,)\s*(he|she) " + _SPEECH + r"\b", re.I)]  # "In that case, he argued, …"
# the heads that name a body or a text, which speak for no one named before
_BODIES = set("""ministry agency company government department committee embassy service statement report newspaper paper
source document council group firm bank office association union organisation organization institute centre center board
court university authority side party state country city province statement website portal outlet daily magazine
channel broadcaster station network media press communique declaration survey study data figure decision plan letter
message resolution law decree treaty agreement""".split())


def _someone_speaks(text: str) -> bool:
    """Words or a view attributed to someone by a singular common noun that names no body ('"…," the
    master told the audience', "According to the dean, …"), or by a pronoun the other patterns miss."""
    for rx in _SOMEONE_SAID:
        for m in rx.finditer(text):
            if m.lastindex is None or m.group(1) in ("he", "she", "He", "She"):
                return True
            head = m.group(1).split()[-1]
            plural = head.endswith(("men", "people", "children", "police", "staff")) or head.endswith("s") and not \
                head.endswith("ss")
            if head not in _BODIES and not plural:
                return True
    return False


