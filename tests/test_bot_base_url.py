"""TELEGRAM_BASE_URL with `{token}` in it (Telegram's test environment is `.../bot{token}/test`):
the token goes where the placeholder is, for every real request the bot makes."""

from __future__ import annotations

from bot.settings import load_settings
from helpers.bot_harness import in_process_bot
from helpers.fake_bot_api import TOKEN, FakeBotAPI, parse_html


async def test_token_placeholder_in_base_url_is_used_for_real_requests():
    async with FakeBotAPI() as api:
        base = f"http://127.0.0.1:{api.port}/bot{{token}}/test"
        settings = load_settings({"TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_BASE_URL": base}, env_file=None)
        assert settings.base_url == base
        async with in_process_bot(api, base_url=settings.base_url):
            reply = await api.ask(40, "Who met whom?")
    assert "You asked: Who met whom?" in parse_html(reply.params["text"])
    methods = {c.method for c in api.calls}
    assert {"getMe", "getUpdates", "sendMessage"} <= methods
    assert all(c.test_env for c in api.calls)  # every request went to /bot<TOKEN>/test/<method>
