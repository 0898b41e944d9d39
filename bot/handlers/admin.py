"""Admin-only commands: /reload rebuilds the store from seeds/ while the bot keeps answering."""

from __future__ import annotations

from telegram import BotCommand, Update
from telegram.ext import ContextTypes

from bot import render
from bot.handlers.replies import settings
from bot.handlers.sending import send_html
from bot.render import esc

ADMIN_COMMAND = BotCommand("reload", "Admins: reload the articles from seeds/")


async def reload_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    user = update.effective_user
    message = update.effective_message
    if not user or user.id not in settings(context).admin_ids:
        await send_html(message, ["Only the bot's admins can reload its articles."])
        return
    await send_html(message, ["Reloading the articles from <code>seeds/</code>…"])
    result = await context.bot_data["knowledge"].refresh()
    await send_html(message, reload_report(result))


def reload_report(result) -> list[str]:
    if result.ok:
        head = f"✅ Reloaded in {result.seconds:.1f} s: {esc(result.summary)}"
    else:
        head = f"⚠️ Reload failed; I keep answering from the previous articles.\nWhy: {esc(result.summary)}"
    lines = [head] + [f"• skipped {esc(p)}" for p in result.problems]
    return render.pack([render.Block("", before=line) for line in lines], sep="\n")
