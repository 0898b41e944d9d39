"""An engine answer as a Telegram reply, and the per-chat state its buttons need later.

The last few answers are kept in `context.chat_data["answers"]` under short ids, so the "Source"
and "More" buttons stay within Telegram's 64-byte callback data.
"""

from __future__ import annotations

import itertools
from collections import OrderedDict
from dataclasses import dataclass, field

from telegram import Update
from telegram.ext import ContextTypes

from bot import render
from bot.handlers.sending import send_html
from knowledge.facts import Answer, Citation

KEPT_ANSWERS = 32  # answers per chat whose buttons still work


@dataclass
class AnswerState:
    citations: list[Citation]  # shown so far, numbered from 1
    more: list[Citation] = field(default_factory=list)  # not yet shown
    expanded: set[int] = field(default_factory=set)  # citation numbers whose Source was shown


_ids = itertools.count(1)


def remember(context: ContextTypes.DEFAULT_TYPE, state: AnswerState) -> str:
    answers: OrderedDict = context.chat_data.setdefault("answers", OrderedDict())
    answer_id = _base36(next(_ids))
    answers[answer_id] = state
    while len(answers) > KEPT_ANSWERS:
        answers.popitem(last=False)
    return answer_id


def _base36(n: int) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    while True:
        n, r = divmod(n, 36)
        out = digits[r] + out
        if not n:
            return out


def engine(context: ContextTypes.DEFAULT_TYPE):
    return context.bot_data["knowledge"].engine


def settings(context: ContextTypes.DEFAULT_TYPE):
    return context.bot_data["settings"]


async def reply_answer(update: Update, context: ContextTypes.DEFAULT_TYPE, answer: Answer, quote: bool) -> None:
    state = AnswerState(list(answer.citations), list(answer.more))
    answer_id = remember(context, state) if (state.citations or state.more) else ""
    keyboard = (
        render.answer_keyboard(answer_id, list(range(1, len(state.citations) + 1)), bool(state.more))
        if answer_id
        else None
    )
    await send_html(update.effective_message, render.render_answer(answer), keyboard, quote=quote)
