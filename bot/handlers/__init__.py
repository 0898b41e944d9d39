"""One handler per command or kind of update; each translates between Telegram and the engine.

The modules, one concern each: `commands` (/start, /help, /about, /sources, /who, /timeline),
`questions` (text, mentions, /ask, captions, edits -> engine -> reply), `buttons` (Source, More),
`inline` (inline queries), `admin` (/reload), `errors` (the error handler); beneath them
`replies` (an answer as a message, and the per-chat state its buttons use) and `sending` (Bot API
posts and when to retry them). This module wires them into the Application. Nothing here matches
or extracts: that is knowledge/'s job.
"""

from __future__ import annotations

import logging

from telegram import BotCommandScopeAllGroupChats, BotCommandScopeAllPrivateChats, BotCommandScopeChat
from telegram.error import BadRequest, Forbidden
from telegram.ext import Application, CallbackQueryHandler, CommandHandler, InlineQueryHandler, MessageHandler, filters

from bot.handlers.admin import ADMIN_COMMAND, reload_command, reload_report
from bot.handlers.buttons import button
from bot.handlers.commands import (
    COMMANDS,
    EXAMPLES,
    GROUP_COMMANDS,
    about,
    help_command,
    sources,
    start,
    timeline,
    unknown_command,
    who,
)
from bot.handlers.errors import on_error
from bot.handlers.inline import inline_query
from bot.handlers.questions import addressed_to_bot, ask_command, edited, group_text, not_text, private_text
from bot.handlers.sending import certainly_not_sent, delivery_unknown, send_html, with_retry

# Names other modules and the tests import from bot.handlers.
__all__ = ["EXAMPLES", "add_handlers", "addressed_to_bot", "certainly_not_sent", "delivery_unknown",
           "reload_report", "send_html", "set_commands", "with_retry"]
_with_retry = with_retry  # its name before the split, still imported by tests

log = logging.getLogger(__name__)


def add_handlers(app: Application) -> None:
    private = filters.ChatType.PRIVATE
    groups = filters.ChatType.GROUPS
    new_message = filters.UpdateType.MESSAGE
    app.add_handler(CommandHandler("start", start))
    app.add_handler(CommandHandler("help", help_command))
    app.add_handler(CommandHandler("about", about))
    app.add_handler(CommandHandler("sources", sources))
    app.add_handler(CommandHandler("who", who))
    app.add_handler(CommandHandler("timeline", timeline))
    app.add_handler(CommandHandler("ask", ask_command))
    app.add_handler(CommandHandler("reload", reload_command))
    app.add_handler(MessageHandler(new_message & filters.COMMAND, unknown_command))
    app.add_handler(MessageHandler(new_message & private & filters.TEXT, private_text))
    app.add_handler(MessageHandler(new_message & groups & (filters.TEXT | filters.CAPTION), group_text))
    app.add_handler(MessageHandler(new_message & private, not_text))
    app.add_handler(MessageHandler(filters.UpdateType.EDITED_MESSAGE, edited))
    app.add_handler(CallbackQueryHandler(button))
    app.add_handler(InlineQueryHandler(inline_query))
    app.add_error_handler(on_error)


async def set_commands(app: Application) -> None:
    bot = app.bot
    await bot.set_my_commands(COMMANDS)
    await bot.set_my_commands(COMMANDS, scope=BotCommandScopeAllPrivateChats())
    await bot.set_my_commands(GROUP_COMMANDS, scope=BotCommandScopeAllGroupChats())
    for admin in app.bot_data["settings"].admin_ids:
        try:
            await bot.set_my_commands([*COMMANDS, ADMIN_COMMAND], scope=BotCommandScopeChat(admin))
        except (BadRequest, Forbidden):
            log.warning("Could not set the admin menu for user %s (has the admin started the bot?)", admin)
