"""A question about a time still to come against sentences that report only what has happened.

"When will the plant start generating power?", "when is the festival to take place?", "where will
the next congress be held?": the question asks about something its articles can only tell as a
plan, a schedule, an expectation or what should be done ("is expected to start in 2030", "the next
session will be held in Hà Nội", "should be completed by April", "from 2026"). A sentence that
writes none of those words reports a past act (a memorandum signed on 26 September, the fourth
congress held on Saturday): it dates or places something else, however many of the question's
words it shares, and the question is declined when the best sentence writes none. Only the shapes
that ask a time or (with "next", or an ordinal: "where will the 22nd session be held") a place:
"where will X be built" asks a fact that a present-tense sentence states too.
"""

from __future__ import annotations

import re

from knowledge import lazy_re

# "when will / shall …", "when is X (due / set / scheduled / expected) to …", "on what date will …",
# "when is the next …"; the Vietnamese "bao giờ / khi nào … sẽ", the Russian "когда … будет / состоится"
_WHEN = r"(?:when|what date|which date|what day|which day|what time|which month|what month|which year|what year)"
_FUTURE_WHEN = lazy_re.compile(r"^\s*(?:(?:on|by|in|from|until|at)\s+)?" + _WHEN + r"\b.*\b(?:will|shall|next|(?:is|are)"
                          r"(?: (?:due|set|scheduled|expected|planned|going))? to)\b", re.I)
_NEXT_WHERE = lazy_re.compile(r"^\s*(?:(?:in|at)\s+)?(?:where|which city|what city|which venue|what venue)\b.*\bnext\b",
                         re.I)
# "where will the 22nd meeting / the first annual forum be held": a sitting counted by its ordinal and asked with
# "will" is the coming one, as "the next" is ("where was the 22nd meeting held" asks a past one)
_NTH_WHERE = lazy_re.compile(r"^\s*(?:(?:in|at)\s+)?(?:where|which city|what city|which venue|what venue)\b"
                        r"(?=.*\b(?:will|shall)\b).*\b(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth"
                        r"|seventh|eighth|ninth|tenth)\b", re.I)
_VI = lazy_re.compile(r"\b(?:khi nào|bao giờ|ngày nào|tháng nào|năm nào)\b.*\bsẽ\b|\bsẽ\b.*\b(?:khi nào|bao giờ|ngày nào"
                 r"|tháng nào|năm nào)\b|\b(?:ở đâu|tại đâu)\b.*\b(?:tiếp theo|kế tiếp)\b", re.I)
_RU = lazy_re.compile(r"^\s*когда\b.*\b(?:будет|будут|состоится|состоятся|следующ\w*)|^\s*где\b.*\bследующ\w*", re.I)

# what a sentence about a time to come writes: a plan, a schedule, an expectation, a start date
_PLANNED = lazy_re.compile(r"\b(?:will|would|shall|should|must|could|might|to be|(?:is|are|was|were) to|plans?|planned"
                      r"|planning|schedul\w*|expect\w*|set to|due|next|upcoming|forthcoming|coming|intends?|intended"
                      r"|going to|slated"
                      r"|future|soon|later|aims?|aimed|target\w*|hopes?|starting|from (?:19|20)\d\d|by (?:19|20)\d\d"
                      r"|by the end of)\b", re.I)


def asks_future(question: str) -> bool:
    """Does the question ask when something still to come will happen, or where the next one will be?"""
    return any(rx.search(question) for rx in (_FUTURE_WHEN, _NEXT_WHERE, _NTH_WHERE, _VI, _RU))


_MAY = lazy_re.compile(r"\bmay\b")  # the modal, not the month


def tells_future(sentence: str) -> bool:
    """Does the sentence write a plan, a schedule, an expectation or what should or may be done?"""
    return _PLANNED.search(sentence) is not None or _MAY.search(sentence) is not None


# a question about a time still to come or a time once planned, worded more loosely than asks_future: "when is
# the launch scheduled?", "when does X intend to …", "when was X due to …", "dự kiến … khi nào", "когда
# планируется …". Its answer may be dated as a plan is ("next year", "in the coming weeks": answer_types._COMING)
_PLAN_WHEN = lazy_re.compile(r"^\s*(?:(?:on|by|in|from|until|till|up to|at)\s+)?" + _WHEN + r"\b.*\b(?:will|shall|should"
                        r"|(?:is|are|was|were|be)\b.*\b(?:due|scheduled|slated|planned|expected|supposed|set to|going to)"
                        r"|(?:plans?|planned|planning|intends?|intended|expects?|expected|hopes?|aims?) to)\b", re.I)
_PLAN_VI = lazy_re.compile(r"\b(?:khi nào|khi nao|bao giờ|bao gio|ngày nào|ngay nao|tháng nào|thang nao|năm nào|nam nao)\b"
                      r"(?=.*\b(?:sẽ|dự kiến|du kien|kế hoạch|ke hoach)\b)|\b(?:sẽ|dự kiến|du kien)\b.*\b(?:khi nào|khi nao"
                      r"|bao giờ|bao gio|ngày nào|ngay nao|tháng nào|thang nao|năm nào|nam nao)\b", re.I)
_PLAN_RU = lazy_re.compile(r"\bкогда\b.*\b(?:будет|будут|состоится|состоятся|планиру\w*|запланирован\w*|намечен\w*"
                      r"|ожида\w*|собира\w*|должн\w*)|\b(?:будет|будут|состоится|планиру\w*|намечен\w*)\b.*\bкогда\b", re.I)


def asks_coming(question: str) -> bool:
    """Does the question ask the date of something to come or once planned, which a plan's date answers?"""
    return asks_future(question) or any(rx.search(question) for rx in (_PLAN_WHEN, _PLAN_VI, _PLAN_RU))
