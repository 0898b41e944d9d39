"""Replies to small talk, in the language it came in: a short friendly line, what the bot knows
(how many articles, the span of their dates) and two or three questions it can answer, built
from the store by the engine's own suggestions; "what's new" lists the newest articles.

Every number, date and title in a reply comes from the store. The conversation's follow-up
context passes through untouched, so "thanks" between two questions loses nothing.
"""

from __future__ import annotations

from knowledge import smalltalk
from knowledge.facts import Answer, Source
from knowledge.reply import fmt_date

NEWEST = 3  # articles listed for "what's new"

OPENING = {
    "en": {
        "greeting": "Hello! I answer questions about Vietnam–Russia relations from news articles and quote the article"
                    " each answer comes from.",
        "thanks": "You're welcome! Ask me anything else about Vietnam–Russia relations.",
        "goodbye": "Goodbye! Come back any time with a question about Vietnam–Russia relations.",
        "identity": "I'm vnru-bot: I answer questions about Vietnam–Russia relations from news articles, quoting them"
                    " word for word. When they don't cover something, I say so instead of guessing.",
        "abilities": "I can tell you who met whom, when and where and on what occasion, and what someone said about"
                     " a topic — in English, Vietnamese or Russian.",
        "help": "Send me a question about Vietnam–Russia meetings, visits and statements, in English, Vietnamese or"
                " Russian. /sources lists my articles, /timeline the meetings in date order, /who NAME one person.",
        "news": "The newest of my articles:",
    },
    "vi": {
        "greeting": "Xin chào! Tôi trả lời câu hỏi về quan hệ Việt Nam – Nga dựa trên các bài báo và trích dẫn bài báo"
                    " làm nguồn cho mỗi câu trả lời.",
        "thanks": "Không có gì! Bạn cứ hỏi thêm về quan hệ Việt Nam – Nga nhé.",
        "goodbye": "Tạm biệt! Hãy quay lại khi bạn có câu hỏi về quan hệ Việt Nam – Nga.",
        "identity": "Tôi là vnru-bot: tôi trả lời câu hỏi về quan hệ Việt Nam – Nga dựa trên các bài báo và trích"
                    " nguyên văn. Khi các bài báo không nói đến, tôi nói rõ thay vì đoán.",
        "abilities": "Tôi có thể cho bạn biết ai đã gặp ai, khi nào, ở đâu, nhân dịp gì, và ai đã nói gì về một chủ"
                     " đề — bằng tiếng Anh, tiếng Việt hoặc tiếng Nga.",
        "help": "Hãy gửi cho tôi một câu hỏi về các cuộc gặp, chuyến thăm và phát biểu Việt Nam – Nga, bằng tiếng"
                " Anh, tiếng Việt hoặc tiếng Nga. /sources: các bài báo, /timeline: các cuộc gặp theo thời gian,"
                " /who TÊN: một người.",
        "news": "Các bài báo mới nhất của tôi:",
    },
    "ru": {
        "greeting": "Здравствуйте! Я отвечаю на вопросы о российско-вьетнамских отношениях по новостным статьям и"
                    " цитирую статью, из которой взят ответ.",
        "thanks": "Пожалуйста! Спрашивайте ещё о российско-вьетнамских отношениях.",
        "goodbye": "До свидания! Возвращайтесь с вопросами о российско-вьетнамских отношениях.",
        "identity": "Я vnru-bot: отвечаю на вопросы о российско-вьетнамских отношениях по новостным статьям и цитирую"
                    " их дословно. Если в статьях этого нет, я так и говорю, а не гадаю.",
        "abilities": "Я могу рассказать, кто с кем встречался, когда, где и по какому поводу, и что кто сказал на"
                     " какую-то тему — на английском, вьетнамском или русском.",
        "help": "Пришлите вопрос о российско-вьетнамских встречах, визитах и заявлениях — на английском, вьетнамском"
                " или русском. /sources — мои статьи, /timeline — встречи по датам, /who ИМЯ — об одном человеке.",
        "news": "Мои самые новые статьи:",
    },
}
TRY = {"en": "You could ask:", "vi": "Bạn có thể hỏi, chẳng hạn:", "ru": "Например, можно спросить:"}
NOTHING = {"en": "I have no articles yet.", "vi": "Tôi chưa có bài báo nào.", "ru": "У меня пока нет статей."}
RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
             "ноября", "декабря"]


def reply(engine, question: str, context: dict | None = None) -> Answer | None:
    """The small-talk reply to `question`, or None when it is a question for the engine."""
    talk = smalltalk.recognise(question)
    if talk is None:
        return None
    sources = engine.sources()
    examples = engine.suggest(n=3) if sources else []
    lang = talk.lang
    headline = OPENING[lang][talk.intent]
    lines = [f"• {line}" for line in newest(sources, lang)] if talk.intent == "news" else []
    lines.append(knowledge_line(sources, lang))
    parts = [headline, "\n".join(lines)]
    if examples:
        parts.append(TRY[lang] + "\n" + "\n".join(f"• {q}" for q in examples))
    return Answer(answered=True, text="\n\n".join(parts), headline=headline, suggestions=examples,
                  context=dict(context or {}), lines=lines, suggestions_label=TRY[lang])


def knowledge_line(sources: list[Source], lang: str) -> str:
    """ "I know 6 articles, from 3 December 2017 to 14 January 2025." in the reply's language."""
    n = len(sources)
    if not n:
        return NOTHING[lang]
    dates = sorted(s.date for s in sources if s.date and len(s.date) == 10)
    span = ""
    if dates:
        first, last = (fmt(dates[0], lang), fmt(dates[-1], lang))
        span = {"en": f", from {first} to {last}" if first != last else f", dated {first}",
                "vi": f", từ {first} đến {last}" if first != last else f", ngày {first}",
                "ru": f", с {first} по {last}" if first != last else f", от {first}"}[lang]
    if lang == "vi":
        line = f"Tôi biết {n} bài báo{span}"
    elif lang == "ru":
        line = f"Я знаю {n} {ru_plural(n, 'статью', 'статьи', 'статей')}{span}"
    else:
        line = f"I know {n} article{'s' if n != 1 else ''}{span}"
    return line if line.endswith(".") else line + "."


def newest(sources: list[Source], lang: str) -> list[str]:
    """The newest articles by publication date (undated ones last): date — title (outlet)."""
    ordered = sorted(sources, key=lambda s: (s.date is not None, s.date or ""), reverse=True)[:NEWEST]
    undated = {"en": "date not given", "vi": "không rõ ngày", "ru": "дата не указана"}[lang]
    out = []
    for s in ordered:
        outlet = f" ({s.outlet})" if s.outlet else ""
        out.append(f"{fmt(s.date, lang) if s.date else undated} — {s.title or s.file}{outlet}")
    return out


def fmt(iso: str, lang: str) -> str:
    """A full ISO date the way each language writes it: 20 June 2024, 20/6/2024, 20 июня 2024 г."""
    if lang == "en" or len(iso) != 10:
        return fmt_date(iso)
    year, month, day = (int(p) for p in iso.split("-"))
    return f"{day}/{month}/{year}" if lang == "vi" else f"{day} {RU_MONTHS[month - 1]} {year} г."


def ru_plural(n: int, one: str, few: str, many: str) -> str:
    if n % 10 == 1 and n % 100 != 11:
        return one
    if n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14):
        return few
    return many
