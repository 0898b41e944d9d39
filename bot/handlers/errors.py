"""The error handler: a second instance stops this one, outages are logged, users get an apology."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.error import Conflict, Forbidden, NetworkError, RetryAfter, TimedOut
from telegram.ext import ContextTypes

from bot.handlers.sending import delivery_unknown

log = logging.getLogger(__name__)


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    error = context.error
    if isinstance(error, Conflict):
        _stop_for_conflict(context, error)
        return
    if update is None and isinstance(error, (NetworkError, TimedOut, RetryAfter)):
        log.warning("Bot API unreachable or busy (%s); retrying with backoff", error)
        return
    if isinstance(update, Update) and delivery_unknown(error):
        # An apology could arrive right after the very reply it apologises for; the user can ask again.
        chat = update.effective_chat.id if update.effective_chat else None
        log.warning("A reply to chat %s may not have arrived (%s: %s); not sent again, to avoid a duplicate",
                    chat, type(error).__name__, error)
        return
    log.error("Error while handling an update", exc_info=error)
    if isinstance(update, Update):
        await _apologise(update, context, error)


def _stop_for_conflict(context: ContextTypes.DEFAULT_TYPE, error: Conflict) -> None:
    log.critical(
        "Another process is already receiving updates for this bot token (Telegram says: %s). "
        "Stop the other instance (or use a different token) and start again. Exiting.", error
    )
    context.bot_data["exit_code"] = 3
    updater = context.application.updater
    if updater is not None:
        # PTB's clean stop calls getUpdates once more to confirm offsets; that call would end
        # the other instance's long poll with a Conflict too and stop it as well.
        setattr(updater, "_Updater__polling_cleanup_cb", None)
    context.application.stop_running()


async def _apologise(update: Update, context: ContextTypes.DEFAULT_TYPE, error: BaseException | None) -> None:
    if update.callback_query:
        try:
            await update.callback_query.answer("Sorry, something went wrong. Please try again.")
        except Exception:
            pass
        return
    if update.effective_chat and not isinstance(error, Forbidden):
        try:
            await context.bot.send_message(
                update.effective_chat.id, "Sorry, something went wrong on my side. Please try again in a moment."
            )
        except Exception:
            log.warning("Could not tell the user about the error", exc_info=True)
