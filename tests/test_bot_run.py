"""`vnru-bot run` as a process: webhook mode, Conflict, shutdown by signal, no token, bad token."""

from __future__ import annotations

import asyncio
import re
import shutil
import signal
import socket
import subprocess
import sys
from contextlib import asynccontextmanager

import httpx
import pytest

from helpers.bot_harness import ROOT, BotProcess, bot_env
from helpers.fake_bot_api import TOKEN, FakeBotAPI, parse_html

SECRET_HALF = TOKEN.split(":", 1)[1]
WEBHOOK_SECRET = "s3cret-Webhook_token"


@pytest.fixture
def store(tmp_path):
    """seeds/ copy and a built store, shared by the processes of one test."""
    seeds = tmp_path / "seeds"
    shutil.copytree(ROOT / "seeds", seeds)
    db = tmp_path / "data" / "vnru.db"
    subprocess.run([sys.executable, "-m", "bot.watch", "build", str(seeds), str(db)], check=True,
                   capture_output=True, cwd=ROOT, timeout=120)
    return seeds, db


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def no_leak(text: str) -> None:
    assert TOKEN not in text and SECRET_HALF not in text and WEBHOOK_SECRET not in text


@asynccontextmanager
async def webhook_bot(store, tmp_path, **env_extra):
    """The bot in webhook mode on a free port: (fake API, process, port); stopped cleanly after."""
    seeds, db = store
    port = free_port()
    async with FakeBotAPI() as api:
        env = bot_env(api, db, seeds, **env_extra)
        bot = await BotProcess(env, tmp_path, ["--webhook-url", "https://bot.example.org/hook/vnru",
                                                "--listen", "127.0.0.1", "--port", str(port)]).start()
        try:
            yield api, bot, port
        finally:
            status = await bot.stop(signal.SIGTERM)
        out = bot.output()
        no_leak(out)
        assert status == 0, out[-2000:]


async def signed_update_answered_others_refused(api: FakeBotAPI, port: int, secret: str) -> None:
    """Updates with a wrong or no secret get 403 and are never answered; the signed one is."""
    assert not api.sent(method="getUpdates")  # no polling in webhook mode
    refused = {"update_id": 1, "message": api.message_dict(77, "/about")}
    update = {"update_id": 2, "message": api.message_dict(77, "Who did Putin meet in Hanoi?")}
    url = f"http://127.0.0.1:{port}/hook/vnru"
    async with httpx.AsyncClient() as client:
        for _ in range(100):  # the server may still be starting
            try:
                bad = await client.post(url, json=refused, headers={"X-Telegram-Bot-Api-Secret-Token": "wrong"})
                break
            except httpx.ConnectError:
                await asyncio.sleep(0.1)
        assert bad.status_code == 403
        missing = await client.post(url, json=refused)
        assert missing.status_code == 403
        ok = await client.post(url, json=update, headers={"X-Telegram-Bot-Api-Secret-Token": secret})
        assert ok.status_code == 200
    reply = await api.reply(77, 0, timeout=15)
    assert "000_660d5ccee3f9ddf8.txt" in parse_html(reply.params["text"])
    # one chat's updates are handled in order: had a refused /about got in, its reply came first
    assert api.sent(77) == [reply]


async def test_webhook_signed_update_answered_wrong_secret_refused(store, tmp_path):
    async with webhook_bot(store, tmp_path, TELEGRAM_WEBHOOK_SECRET=WEBHOOK_SECRET) as (api, _, port):
        hook = await api.wait_for("setWebhook", timeout=60)
        assert hook.params["url"] == "https://bot.example.org/hook/vnru"
        assert hook.params["secret_token"] == WEBHOOK_SECRET
        await signed_update_answered_others_refused(api, port, WEBHOOK_SECRET)


async def test_webhook_without_a_secret_makes_a_random_one_and_enforces_it(store, tmp_path):
    async with webhook_bot(store, tmp_path) as (api, bot, port):  # no TELEGRAM_WEBHOOK_SECRET
        hook = await api.wait_for("setWebhook", timeout=60)
        secret = hook.params["secret_token"]
        assert re.fullmatch(r"[A-Za-z0-9_-]{32,256}", secret)  # random, and what Telegram accepts
        await signed_update_answered_others_refused(api, port, secret)
    assert secret not in bot.output()


async def test_conflict_exits_with_clear_message(store, tmp_path):
    seeds, db = store
    async with FakeBotAPI() as api:
        env = bot_env(api, db, seeds, VNRU_WATCH_INTERVAL="0", LOG_LEVEL="INFO")
        first = await BotProcess(env, tmp_path).start()
        second = None
        try:
            await api.wait_for("getUpdates", timeout=60)
            second = await BotProcess(env, tmp_path).start()
            status = await asyncio.wait_for(first.proc.wait(), 60)
            assert status == 3
            out = first.output()
            assert "Another process is already receiving updates for this bot token" in out
            no_leak(out)
            # the one left keeps answering
            reply = await api.ask(78, "/about", timeout=30)
            assert "articles" in reply.params["text"]
        finally:
            if first.proc.returncode is None:
                await first.stop()
            if second:
                await second.stop()


async def test_sigint_shuts_down_cleanly(store, tmp_path):
    seeds, db = store
    async with FakeBotAPI() as api:
        bot = await BotProcess(bot_env(api, db, seeds), tmp_path).start()
        await api.wait_for("getUpdates", timeout=60)
        await api.ask(79, "/start", timeout=15)
        status = await bot.stop(signal.SIGINT)
    out = bot.output()
    assert status == 0 and "Stopped." in out
    assert "Traceback" not in out
    no_leak(out)


async def test_rejected_token_says_so_without_printing_it(store, tmp_path):
    seeds, db = store
    async with FakeBotAPI() as api:
        wrong = "987654321:AAwrongTOKENwrongTOKENwrong_123"
        env = bot_env(api, db, seeds, TELEGRAM_BOT_TOKEN=wrong)
        bot = await BotProcess(env, tmp_path).start()
        status = await asyncio.wait_for(bot.proc.wait(), 60)
    out = bot.output()
    assert status == 2
    assert "Telegram rejected TELEGRAM_BOT_TOKEN" in out
    assert wrong not in out and wrong.split(":")[1] not in out


def test_no_token_points_to_botfather_and_opens_chat(store, tmp_path):
    seeds, db = store
    env = bot_env(FakeBotAPI(), db, seeds, TELEGRAM_BOT_TOKEN="", LOG_LEVEL="INFO")
    proc = subprocess.run(
        [sys.executable, "-m", "bot.cli", "run", "--env-file", str(tmp_path / "none.env")],
        input="Who did Lavrov meet?\n", capture_output=True, text=True, env=env, cwd=ROOT, timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    hint = [line for line in proc.stderr.splitlines() if "TELEGRAM_BOT_TOKEN" in line]
    assert len(hint) == 1 and "@BotFather" in hint[0] and "test environment" in hint[0]
    assert "Lavrov" in proc.stdout and "003_ba13613c7541d8ad.txt" in proc.stdout  # the terminal chat answered
    assert "Traceback" not in proc.stderr
    # stdin at EOF straight away (no TTY, nothing piped): a clean exit, not a hang or a traceback
    proc = subprocess.run(
        [sys.executable, "-m", "bot.cli", "run", "--env-file", str(tmp_path / "none.env")],
        stdin=subprocess.DEVNULL, capture_output=True, text=True, env=env, cwd=ROOT, timeout=120,
    )
    assert proc.returncode == 0 and "Traceback" not in proc.stderr


def test_bad_setting_is_reported_not_a_traceback(tmp_path):
    env = {"PATH": "/usr/bin:/bin", "VNRU_RATE_LIMIT": "sometimes"}
    proc = subprocess.run([sys.executable, "-m", "bot.cli", "run", "--env-file", str(tmp_path / "x.env")],
                          capture_output=True, text=True, env=env, cwd=ROOT, timeout=60)
    assert proc.returncode == 2
    assert "VNRU_RATE_LIMIT" in proc.stderr and "Traceback" not in proc.stderr


def test_run_help_documents_options():
    proc = subprocess.run([sys.executable, "-m", "bot.cli", "run", "--help"], capture_output=True, text=True,
                          cwd=ROOT, timeout=60)
    for option in ("--webhook-url", "--listen", "--port", "--db", "--seeds", "--no-rate-limit"):
        assert option in proc.stdout
