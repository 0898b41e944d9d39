"""Inline mode: `@bot question` in any chat answers with one article result, without chat context."""

from __future__ import annotations

import hashlib
import html

from telegram import InlineQueryResultArticle, InputTextMessageContent, Update
from telegram.constants import ParseMode
from telegram.ext import ContextTypes

from bot import render
from bot.handlers.questions import MAX_QUESTION
from bot.handlers.replies import engine


async def inline_query(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.inline_query
    text = " ".join((query.query or "").split())
    if not text or len(text) > MAX_QUESTION:
        await query.answer([], cache_time=5, is_personal=False)
        return
    answer = engine(context).ask(text)
    body = render.render_answer(answer)[0]
    first = answer.citations[0].quote if answer.citations else ""
    result = InlineQueryResultArticle(
        id=hashlib.sha1(text.encode()).hexdigest()[:32],
        title=(answer.headline or answer.text or "No answer")[:120],
        description=(html.unescape(first) or text)[:200],
        input_message_content=InputTextMessageContent(body, parse_mode=ParseMode.HTML,
                                                      link_preview_options=None),
    )
    await query.answer([result], cache_time=30, is_personal=False)
