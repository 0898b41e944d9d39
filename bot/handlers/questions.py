"""Messages that are questions (private text, group mentions and replies, /ask, captions, edits).

All of them take the one path in `answer_question`: typing…, engine, reply with buttons. The
follow-up context the engine hands back is kept per chat in `context.chat_data["followup"]`.
"""

from __future__ import annotations

import asyncio
import re

from telegram import Message, MessageEntity, Update
from telegram.constants import ChatType
from telegram.ext import ContextTypes

from bot.handlers.commands import EXAMPLES, unknown_command
from bot.handlers.replies import engine, reply_answer
from bot.handlers.sending import send_html, settle, typing
from bot.render import esc

MAX_QUESTION = 500  # characters; longer text is not a question
TYPING_BUSY = 8  # answers in progress at once above which the "typing…" action is skipped


async def answer_question(update: Update, context: ContextTypes.DEFAULT_TYPE, question: str,
                          quote: bool = False) -> None:
    """The one path from a question to a reply: typing…, engine, reply with buttons."""
    message = update.effective_message
    question = question.strip()
    group = quote or message.chat.type != ChatType.PRIVATE
    if not question:
        await send_html(message, [f"Ask me a question, for example: <i>{esc(EXAMPLES[0])}</i>"], quote=group)
        return
    if len(question) > MAX_QUESTION:
        await send_html(
            message,
            [f"That is a long message. Please ask one short question (under {MAX_QUESTION} characters), "
             f"for example: <i>{esc(EXAMPLES[1])}</i>"],
            quote=group,
        )
        return
    busy = context.bot_data.get("in_flight", 0)
    context.bot_data["in_flight"] = busy + 1
    try:
        # Under a flood, answers get the request budget (and the flood limits) before typing dots.
        typing_task = asyncio.create_task(typing(message)) if busy < TYPING_BUSY else None
        answer = engine(context).ask(question, context.chat_data.get("followup"))
        context.chat_data["followup"] = answer.context
        if typing_task is not None:
            await settle(typing_task)
        await reply_answer(update, context, answer, quote=group)
    finally:
        context.bot_data["in_flight"] -= 1


async def ask_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await answer_question(update, context, " ".join(context.args or []))


async def private_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await answer_question(update, context, update.effective_message.text or "")


def addressed_to_bot(message: Message, username: str | None, bot_id: int) -> str | None:
    """The question if a group message (or a photo's caption) mentions or replies to the bot, else None."""
    caption = message.text is None
    text = (message.caption if caption else message.text) or ""
    reply = message.reply_to_message
    replied = bool(reply and reply.from_user and reply.from_user.id == bot_id)
    mentioned = False
    for entity in (message.caption_entities if caption else message.entities) or ():
        if entity.type == MessageEntity.MENTION and username:
            found = message.parse_caption_entity(entity) if caption else message.parse_entity(entity)
            if found.lstrip("@").lower() == username.lower():
                mentioned = True
        elif entity.type == MessageEntity.TEXT_MENTION and entity.user and entity.user.id == bot_id:
            mentioned = True
    if not (mentioned or replied):
        return None
    if username:
        text = re.sub(rf"@{re.escape(username)}\b", " ", text, flags=re.IGNORECASE)
    return " ".join(text.split())


async def group_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    question = addressed_to_bot(update.effective_message, context.bot.username, context.bot.id)
    if question is not None:
        await answer_question(update, context, question)


async def not_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Stickers, photos, voice, empty text … in a private chat: a caption is read as the question,
    anything else gets a hint at what works."""
    message = update.effective_message
    if message.text is not None:  # empty text
        await answer_question(update, context, "")
        return
    if message.caption and message.caption.strip():
        await answer_question(update, context, message.caption)
        return
    await send_html(message, [
        "I can only read text. Ask me a question in words, for example: "
        f"<i>{esc(EXAMPLES[0])}</i>"
    ])


async def edited(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A corrected question in a private chat is answered again, as a reply to the edited message
    (so it is clear which version the answer is for); edits in groups pass silently."""
    message = update.edited_message
    if not message or message.chat.type != ChatType.PRIVATE or not (message.text or "").strip():
        return
    if message.text.startswith("/"):  # known commands are re-run by their own handlers
        await unknown_command(update, context)
        return
    await answer_question(update, context, message.text, quote=True)
