"""Asked details that have a written form of their own, which a reply must show to answer them.

A reply to a decline question is often a passage on the right topic that lacks the very detail
asked. Broad checks on the question's kind lost too much (any "why" reply with no reason word,
any who-reply with no person), so each check here is held to one detail asked as the question's
focus, whose written form is easy to recognise:

- a sum of money (a cost, a price, a budget, compensation, "how much money"): a currency amount
  ("2.4 billion USD", "one million dollars", "400,000 roubles", "$30");
- a fine ("what fine", "какой штраф"): the word fine or penalty;
- a sentence or punishment ("what sentence", "bao nhiêu năm tù"): a term beside a word of
  punishment ("jailed for three years", "an 18-year prison term"), life, death, a suspended
  sentence, an acquittal;
- which judge presided: a judge or a presiding officer written; which court: a court;
- which university, institute, academy, school or college: one named ("Far Eastern Federal
  University", "Institute of Arts") or an acronym ("RUDN"); "studies at a university" names none.
"""

from __future__ import annotations

import re

from knowledge import lazy_re

_CURRENCY = (r"(?:US\s*dollars?|dollars?|USD|US\$|\$|VND|dong|đồng|roubles?|rubles?|euros?|EUR|€|yuan|yen|pounds?"
             r"|won|baht|rupees?|francs?)")
_NUMBER = (r"(?:\d[\d.,]*|\b(?:a|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|fifty|hundreds?"
           r"|thousands?|millions?|billions?|several|few|tens))")
# "2.4 billion USD", "a 30-million-dollar deal", "one billion US dollars", "$30", "VND 5 billion", "free of charge"
_MONEY = lazy_re.compile(_NUMBER + r"[\s-]*(?:(?:hundred|thousand|million|billion|trillion|bn|mn|m|k)\b[\s-]*)*(?:of\s+)?"
                    r"(?:US[\s-]*)?" + _CURRENCY + r"|(?:\$|€|£|US\$|USD|VND|RUB)\s*\d|\bfree\s+of\s+charge\b", re.I)
# "giá … bao nhiêu" asks a price, "đánh giá … bao nhiêu" an assessed figure
_ASKS_MONEY = lazy_re.compile(
    r"(?<!\bby\s)\bhow\s+much\s+money\b"
    r"|^\W*how\s+much\b.*\b(?:cost|costs|pay|paid|spend|spent|invest|invested|donate|donated|raise|raised|earn|earned"
    r"|charge|charged|worth|sell\s+for|sold\s+for)\b"
    r"|\bwhat\s+(?:is|was|will\s+be)\s+the\s+(?:total\s+|estimated\s+)?(?:cost|price|value|budget|fee|salary)\b"
    r"|^\W*what\s+(?:budget|compensation|price|salary|fee|sum|amount\s+of\s+money)\s+"
    r"(?:did|does|do|was|is|will|has|had|would|were)\b"
    r"|\b(?:trị\s+giá|(?<!đánh\s)giá|kinh\s+phí|chi\s+phí)\b.*\bbao\s+nhiêu\b|\bbao\s+nhiêu\s+tiền\b"
    r"|\bсколько\s+(?:стои|стоил|денег|заплат|потрат)", re.I)
_ASKS_FINE = lazy_re.compile(r"\bwhat\s+(?:\w+\s+)?fine\b|\bhow\s+much\b.*\bfined?\b|\bfined\s+how\s+much|\bштраф"
                        r"|\bphạt\s+(?:\w+\s+){0,3}tiền\b", re.I)
_FINE = lazy_re.compile(r"\bfine[ds]?\b|\bpenalt(?:y|ies)\b", re.I)
_ASKS_SENTENCE = lazy_re.compile(
    r"\bwhat\s+(?:prison\s+|jail\s+)?(?:sentence|punishment)\b|\bwhat\s+(?:prison|jail)\s+term\b"
    r"|\bhow\s+(?:many\s+years|long)\b.*\b(?:prison|jail|sentenced?|imprison)|\bsentenced\s+to\s+(?:what|how)\b"
    r"|\bкакой\s+приговор|\bк\s+какому\s+(?:сроку|наказанию)|\bкакое\s+наказание"
    r"|\bсколько\s+лет\s+(?:тюрьм|заключ|лишени|колони)"
    r"|\bbao\s+nhiêu\s+năm\s+tù\b|\bmức\s+án\b|\bbản\s+án\s+(?:gì|nào)\b|\bán\s+tù\b.*\bbao\s+nhiêu", re.I)
# a span is a term only beside a word of punishment ("jailed for 12 years", "an 18-year prison term"), not
# "had lived in the city for three years"; life, death, a suspended sentence or an acquittal always are
_SPAN = lazy_re.compile(
    r"\b\d+\s*(?:-|\s)\s*(?:years?|months?)\b|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)[- ](?:years?|months?)\b", re.I)
_PENAL = lazy_re.compile(r"\b(?:prison|jail|imprison|sentenc|convict|punish|behind\s+bars|penal\s+colony|term)", re.I)
_TERM = lazy_re.compile(r"\blife\s+(?:sentence|imprisonment|term|in\s+prison)\b|\bto\s+life\b"
                   r"|\bdeath\s+(?:sentence|penalty)\b"
                   r"|\bsentenced\s+to\s+death\b|\bsuspended\b|\bprobation\b|\bacquitt|\bexecut", re.I)
_ASKS_JUDGE = lazy_re.compile(r"\b(?:which|what)\s+judge\b|\bwho\s+(?:was\s+)?(?:the\s+)?(?:presiding\s+|trial\s+)?judge\b"
                         r"|\bwho\s+presided\b|\bкакой\s+судья\b|\bкто\s+(?:был\s+)?судь|\bthẩm\s+phán\s+nào"
                         r"|\bai\s+(?:là\s+)?(?:thẩm\s+phán|chủ\s+tọa)", re.I)
_JUDGE = lazy_re.compile(r"\bjudge|\bpresid|\bjustice\b", re.I)
_ASKS_COURT = lazy_re.compile(r"\b(?:which|what)\s+court\b|\bкакой\s+суд\b|\btòa\s+(?:án\s+)?nào\b", re.I)
_COURT = lazy_re.compile(r"\bcourts?\b|\btribunal", re.I)
# "Which Russian university …" asks one; "What did the university official say" asks the official
_VERB = r"(?:did|does|do|was|were|is|are|will|would|has|have|had|can|could)\b"
_ASKS_SCHOOL = lazy_re.compile(
    r"^\W*(?:which|what)\s+(?:(?!" + _VERB + r")[\w-]+\s+){0,2}(?:university|institute|academy|school|college)\b"
    r"(?!\s+(?:official|officials|staff|representatives?|rector|head|students?|delegation)\b)"
    r"|\bкак(?:ой|ом|ого)\s+(?:\w+\s+)?(?:университет|вуз|институт)\w*|\btrường\s+(?:đại\s+học\s+)?nào\b"
    r"|\bđại\s+học\s+nào\b", re.I)
# a school named ("Far Eastern Institute of Arts") or an acronym ("RUDN", "MGIMO"), case kept
_SCHOOL = lazy_re.compile(r"\b(?:University|Institute|Academy|College|Conservatory|Conservatoire|School|Polytechnic"
                     r"|Lyceum)\b|\b[A-Z][A-Za-z]*[A-Z]{2,}[a-z]*\b")


def _term_written(text: str) -> bool:
    return any(_TERM.search(t) or (_SPAN.search(t) and _PENAL.search(t)) for t in text.split("\n"))


def _written(pattern: re.Pattern[str]):
    return lambda text: pattern.search(text) is not None


_CHECKS = ((_ASKS_MONEY, _written(_MONEY)), (_ASKS_FINE, _written(_FINE)), (_ASKS_SENTENCE, _term_written),
           (_ASKS_JUDGE, _written(_JUDGE)), (_ASKS_COURT, _written(_COURT)), (_ASKS_SCHOOL, _written(_SCHOOL)))


def form_unwritten(raw: str, texts: list[str]) -> bool:
    """Does the question ask a detail with a written form of its own (a sum of money, a fine, a
    sentence, a judge, a court, a school) that none of the reply's texts writes?"""
    text = "\n".join(texts)
    return any(asks.search(raw) and not written(text) for asks, written in _CHECKS)
