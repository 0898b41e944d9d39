"""A question about a translation or edition in one language answered by quotes about another.

"When did the paper launch its Spanish-language edition?" answered by "put its Russian-language
online edition into operation on February 3", or "When did X translate the play into French?" by "A
Russian translation of the play was presented": the reply is about the edition or translation, but
in a language the question does not ask. Read narrowly (English questions only): the language is
asked as an edition's, a version's or a translation's ("Spanish-language", "French edition", "into
French"), no text of the reply writes that language's name at all, and a quote writes another
language in one of those forms. A language the reply only leaves unsaid ("Who translated the
article into Vietnamese?" answered by a sentence on the visit) is no contradiction and is left to
the other checks: declining on that alone lost answers ("Russian be taught", "the Vietnamese
edition of the book" quoted as "the 900-page volume").
"""

from __future__ import annotations

import re

from knowledge import lazy_re
from knowledge.answer.time_shown import shown_texts
from knowledge.facts import Answer

_LANGS = (r"english|french|spanish|german|chinese|japanese|korean|arabic|portuguese|italian|russian|vietnamese"
          r"|lao|khmer|thai|hindi|mongolian|belarusian|ukrainian|polish|czech|turkish|persian|indonesian|malay")
_FORMS = r"(?:-|\s+)(?:language|edition|translation|version|subtitles?)\b"
# an edition, version or translation in a language, as a question asks it and a quote writes it
_IN_LANGUAGE = lazy_re.compile(rf"\b({_LANGS}){_FORMS}|\binto\s+({_LANGS})\b", re.I)


def asked_language(raw: str) -> str | None:
    """The language a question asks an edition, version or translation in ("Spanish-language", "into French")."""
    m = _IN_LANGUAGE.search(raw)
    return (m.group(1) or m.group(2)).lower() if m else None


def other_language(raw: str, lang: str, ans: Answer) -> str | None:
    """The other language a quote writes an edition or translation in when the reply never names the one
    asked; else None."""
    if lang != "en" or not ans.answered or not ans.citations:
        return None
    asked = asked_language(raw)
    if asked is None or any(re.search(rf"\b{asked}\b", t, re.I) for t in shown_texts(ans)):
        return None
    for c in ans.citations:
        for m in _IN_LANGUAGE.finditer(c.quote):
            written = (m.group(1) or m.group(2)).lower()
            if written != asked:
                return written
    return None
