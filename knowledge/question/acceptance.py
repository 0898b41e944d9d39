"""Yes/no questions about taking up an invitation or offer: "Did X accept the invitation to visit?",
"Did X agree to come to Vietnam?", "Did X take up the offer?", "Did X turn down the invitation?".

Such a question asks what X did with an invitation, which news writes as "X accepted (with
thanks)", "the minister gladly agreed", "X took up the offer". It is neither a question about a
visit (the visit may not have happened yet) nor about an agreement between two sides, and the
sentence that answers it must write the acceptance (or refusal): an article that reports only the
invitation does not say that it was accepted, so the reply declines.
"""

from __future__ import annotations

import re

from knowledge import lazy_re

_AUX = r"^(did|does|do|has|have|had|was|were|will|would|is)\b"
# the act asked, on the question's English-like tokens
_ASKED = lazy_re.compile(_AUX + r".*\b(accept|accepts|accepted|accepting|take up|took up|taken up|turn down|turned down"
                    r"|agree to (come|visit|travel|go|pay|return)|agreed to (come|visit|travel|go|pay|return))\b")
# what a sentence writes for it
# ("agreed" alone, or to what was put to X: "and the minister gladly agreed"; not "agreed to speed up", an
# agreement between two sides)
ACCEPTANCE = lazy_re.compile(r"\b(accept(ed|s|ing)?|took up|taken up|turned down|declined|refused|rejected|consented"
                        r"|agreed(?=\s*[.,;]| with thanks| to (the|this|that|his|her|its|their) (\w+ )?(proposal|request"
                        r"|invitation|offer|suggestion|idea)))\b", re.I)
# the question's words for the act that only the phrase makes one ("take up", "turn down": "up" is no topic),
# and for what was put to X, which news writes otherwise ("was asked to come …, and gladly agreed")
ACT_WORDS = {"take", "took", "taken", "up", "turn", "turned", "down", "offer", "offers"}


def asks_acceptance(tokens: list[str]) -> bool:
    """Does this yes/no question ask whether someone accepted (or refused) an invitation or offer?"""
    return bool(_ASKED.search(" ".join(tokens)))
