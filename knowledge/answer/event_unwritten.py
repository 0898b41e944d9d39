"""A question asking when a one-off event of a life or a building happened must get a quote that tells it.

"When was X born?" is not answered by "X was elected an academician in January 1982", "When did X
become rector?" not by "Y received X, rector of the academy, on December 8", "When was the statue
erected?" not by "delegates laid wreaths at the statue on April 22": the date given belongs to another
event. Each event asked is read narrowly from the question (a when-phrase and the event's own verb),
and the reply must write some form of that event:

- a birth ("when was X born", "в каком году родился", "sinh năm nào"): born, birth, a life span;
- taking an office ("when did X become rector / minister", "стал ректором", "trở thành bộ trưởng",
  "when was X appointed"): became, appointed, elected, named, took up or over, assumed, since;
- a structure put up ("when was the statue erected / built / completed"): erected, built, completed,
  unveiled, opened, inaugurated, constructed, finished, installed;
- a death ("when did X die", "когда умер"): died, death, passed away, funeral, the late, a life span;
- the close of an event ("when does the exhibition close / end", "kéo dài đến ngày nào"): closing,
  ending, until, through, running or lasting, "from … to …", a span of days ("3-5 June").
Founding and arrival are left out: news writes them in too many ways ("set up", "launched", "dates back
to"; "began a visit", "flew in"), and an English "finish" asks a task's end ("expected to be finished").
"""

from __future__ import annotations

import re

from knowledge import lazy_re

_WHEN = lazy_re.compile(r"^\W*(?:when\b|(?:in|on)\s+(?:what|which)\s+(?:year|date|day)\b|what\s+year\b|which\s+year\b"
                   r"|когда\b|в\s+каком\s+году\b)"
                   r"|\b(?:khi\s+n[aà]o|n[aă]m\s+n[aà]o|bao\s+gi[oờ]|ng[aà]y\s+n[aà]o)\b", re.I)
_OFFICE = (r"(?:rector|minister|president|chairman|chairwoman|chair|director|head|ambassador|governor|mayor"
           r"|secretary|chief|editor|consul|commander|leader|premier|prime|general|academician|dean|principal)")
_ASKED = {
    "birth": lazy_re.compile(r"\bborn\b|\bродил(?:ся|ась)\b|\bsinh\s+(?:n[aă]m|ng[aà]y|v[aà]o|ra|l[uú]c)\b"
                        r"|\bđược\s+sinh\b", re.I),
    "office": lazy_re.compile(rf"\bbecome\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){{0,2}}?{_OFFICE}\b|\bappointed\b"
                         r"|\btake\s+(?:up\s+)?(?:his|her|the)\s+(?:post|office)\b|\bстал[аи]?\s+\w+(?:ом|ем|ой)\b"
                         r"|\bназначен\w*|\btr[oở]\s+th[aà]nh\s+(?:b[oộ]\s+tr[uư][oở]ng|ch[uủ]\s+t[iị]ch"
                         r"|hi[eệ]u\s+tr[uư][oở]ng|gi[aá]m\s+đ[oố]c|đ[aạ]i\s+s[uứ]|th[uủ]\s+t[uư][oớ]ng)"
                         r"|\bnh[aậ]m\s+ch[uứ]c\b|\bb[oổ]\s+nhi[eệ]m\b", re.I),
    "structure": lazy_re.compile(r"\b(?:erected|built|completed|constructed)\b|\bвозвед\w*|\bпострое\w*", re.I),
    "death": lazy_re.compile(r"\bdie[sd]?\b|\bpass(?:ed)?\s+away\b|\bумер(?:ла)?\b|\bскончал\w*", re.I),
    "close": lazy_re.compile(r"\b(?:close|closes|closed|end|ends|ended)\b"
                        r"|\bзакро\w*ся\b|\bзакрыл\w*сь\b"
                        r"|\bk[eé]o\s+d[aà]i\s+đ[eế]n\b|\bb[eế]\s+m[aạ]c\b", re.I),
}
_WRITTEN = {
    "birth": lazy_re.compile(r"\bborn\b|\bbirth|\bnative\s+of\b|\(\s*\d{4}\s*[-–]\s*\d{4}\s*\)|\bb\.\s*\d{4}", re.I),
    "office": lazy_re.compile(r"\bbec[oa]m(?:e|es|ing)\b|\bappoint|\belect|\bnamed\b|\btook\s+(?:up|over)\b|\btaking\s+up\b"
                         r"|\bassum|\bsince\b|\bsworn\s+in\b|\bpromoted\b|\bsucceed|\bnominat|\binaugurat"
                         r"|\btook\s+office\b|\bin\s+office\b|\bwas\s+made\b", re.I),
    "structure": lazy_re.compile(r"\berect|\bbuilt\b|\bbuild|\bcomplet|\bconstruct|\bunveil|\bopen|\binaugurat|\bfinish"
                            r"|\binstall|\bput\s+up\b|\braised\b|\bconsecrat", re.I),
    "death": lazy_re.compile(r"\bdie[sd]?\b|\bdeath|\bdead\b|\bpassed\s+away|\bfuneral|\blate\b|\bkilled|\b\d{4}\s*[-–]\s*\d{4}",
                        re.I),
    "close": lazy_re.compile(r"\bclos|\bend|\buntil\b|\btill\b|\bthrough\b|\bconclu|\bwrap|\bfinish|\blast|\bran\b|\bruns?\b"
                        r"|\bshut|\bfrom\b.{1,40}\bto\b|[-–]\s*\d|\bover\b", re.I),
}


def event_asked(raw: str) -> str | None:
    """The one-off event whose time the question asks ("birth", "office", "structure", "death", "close"), or None."""
    if not _WHEN.search(raw):
        return None
    return next((event for event, rx in _ASKED.items() if rx.search(raw)), None)


def event_unwritten(raw: str, texts: list[str]) -> bool:
    """Does the question ask the time of one of those events (event_asked), and does none of the
    reply's texts (head line past the lead-in, quotes) write that event?"""
    event = event_asked(raw)
    return event is not None and bool(texts) and not any(_WRITTEN[event].search(t) for t in texts)
