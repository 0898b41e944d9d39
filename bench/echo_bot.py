"""A bare python-telegram-bot echo bot: the yardstick bench/bench_bot.py measures vnru-bot against.

    TELEGRAM_BOT_TOKEN=... TELEGRAM_BASE_URL=http://127.0.0.1:PORT/bot uv run python bench/echo_bot.py

PTB's defaults throughout (updates handled one at a time, no rate limiter, default connection
pool), one reply per text message. It does no work per message, so it shows what the library
and the HTTP round trips alone cost on this machine. Stops on SIGINT/SIGTERM.
"""

from __future__ import annotations

import os

from telegram import Update
from telegram.ext import ApplicationBuilder, ContextTypes, MessageHandler, filters


async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await update.effective_message.reply_text(update.effective_message.text)


def main() -> None:
    app = ApplicationBuilder().token(os.environ["TELEGRAM_BOT_TOKEN"]) \
        .base_url(os.environ["TELEGRAM_BASE_URL"]).build()
    app.add_handler(MessageHandler(filters.TEXT, echo))
    app.run_polling(allowed_updates=Update.ALL_TYPES)


if __name__ == "__main__":
    main()
