"""Per-user limits at the door: runs before every handler (handler group -1).

Questions (messages the bot would answer), button presses and inline queries each have their own
limit (bot.limits). Over it, the user is told once, politely and in the place they asked, how long
to wait; what they send until then is dropped before any handler sees it, and only counted in the
log, by user id (never the text). Admins are never limited.
"""

from __future__ import annotations

import logging
import math
import time

from telegram import InlineQueryResultsButton, Message, MessageEntity, Update
from telegram.constants import ChatType
from telegram.error import TelegramError
from telegram.ext import Application, ApplicationHandlerStop, ContextTypes, TypeHandler

from bot.handlers import addressed_to_bot, send_html
from bot.limits import ALLOW, NOTICE, Limiter

log = logging.getLogger(__name__)

QUESTION, BUTTON, INLINE = "question", "button", "inline"
_WHAT = {QUESTION: "questions", BUTTON: "button presses", INLINE: "inline queries"}


def limiter_for(settings) -> Limiter:
    return Limiter({QUESTION: settings.limit_questions, BUTTON: settings.limit_buttons,
                    INLINE: settings.limit_inline}, settings.limit_period)


def add_gate(app: Application) -> None:
    app.bot_data["limiter"] = limiter_for(app.bot_data["settings"])
    app.add_handler(TypeHandler(Update, gate), group=-1)


def request_kind(update: Update, username: str | None, bot_id: int) -> str | None:
    """What the update asks of the bot, for the limits; None for what it would not answer anyway."""
    if update.inline_query is not None:
        return INLINE
    if update.callback_query is not None:
        return BUTTON
    message = update.message or update.edited_message
    if message is None:
        return None
    if message.chat.type == ChatType.PRIVATE:
        return QUESTION
    if update.edited_message is not None:
        return None  # edits in groups are not answered
    if _own_command(message, username) or addressed_to_bot(message, username, bot_id) is not None:
        return QUESTION
    return None


def _own_command(message: Message, username: str | None) -> bool:
    entities = message.entities or ()
    if not entities or entities[0].type != MessageEntity.BOT_COMMAND or entities[0].offset != 0:
        return False
    _, _, target = message.parse_entity(entities[0]).partition("@")
    return not target or (username is not None and target.lower() == username.lower())


async def gate(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    user = update.effective_user
    kind = request_kind(update, context.bot.username, context.bot.id)
    if kind is None or user is None or user.id in context.bot_data["settings"].admin_ids:
        return
    limiter: Limiter = context.bot_data["limiter"]
    now = time.monotonic()
    arrived = getattr(context.application.update_processor, "arrival", lambda u: None)(update)
    asked = arrived if arrived is not None else now  # judged by when it came, not when its turn came
    verdict = limiter.hit(kind, user.id, asked)
    for item in limiter.sweep(now):
        log.info("User %d: %d %s ignored over the limit", item.user, item.count, _WHAT[item.kind])
    if verdict.action == ALLOW:
        return
    wait = max(1, math.ceil(verdict.wait - (now - asked)))
    if verdict.action == NOTICE:
        log.info("User %d is over the limit of %d %s in %g s; told to wait %d s", user.id,
                 limiter.limits[kind], _WHAT[kind], limiter.period, wait)
        try:
            await _tell(update, kind, wait, limiter.limits[kind], limiter.period)
        except TelegramError as exc:
            log.warning("Could not tell user %d to slow down: %s", user.id, exc)
    raise ApplicationHandlerStop


async def _tell(update: Update, kind: str, wait: int, limit: int, period: float) -> None:
    if kind == INLINE:
        button = InlineQueryResultsButton(f"Too many queries: please wait {wait} s", start_parameter="slow_down")
        await update.inline_query.answer([], cache_time=0, is_personal=True, button=button)
    elif kind == BUTTON:
        await update.callback_query.answer(f"Too many taps at once: please wait {wait} s, then try again.")
    else:
        message = update.effective_message
        await send_html(message, [
            f"You're asking faster than I can answer well: I take up to {limit} questions in "
            f"{period:g} seconds from one person. Please ask again in {wait} s; until then I skip "
            "new questions."
        ], quote=message.chat.type != ChatType.PRIVATE)
