"""Run the bot inside the test's event loop (in-process) or as a real `vnru-bot run` process.

In-process runs use the real Application, handlers and HTTP stack against the fake Bot API,
with an engine of the test's choosing; subprocess runs are the end-to-end ones.
"""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from contextlib import asynccontextmanager
from pathlib import Path

from telegram import Update

from bot.app import _post_init, _post_shutdown, _post_stop, build_application
from bot.settings import Settings
from bot.watch import Knowledge
from helpers.fake_bot_api import TOKEN, FakeBotAPI
from helpers.fake_engine import FakeEngine

ROOT = Path(__file__).resolve().parents[2]
ADMIN = 4242


@asynccontextmanager
async def in_process_bot(api: FakeBotAPI, engine=None, tmp: Path | None = None, **overrides):
    options = dict(token=TOKEN, base_url=api.base_url, rate_limit=False, watch_interval=0, poll_timeout=1,
                   admin_ids=frozenset({ADMIN}))
    settings = Settings(**{**options, **overrides})
    engine = engine or FakeEngine()
    knowledge = Knowledge(tmp or Path("unused.db"), tmp or Path("unused"), open_engine=lambda db: engine)
    app = build_application(settings, knowledge)
    app.bot_data["refresh_at_start"] = False
    await app.initialize()
    await _post_init(app)
    await app.updater.start_polling(
        timeout=1, allowed_updates=Update.ALL_TYPES,
        error_callback=lambda exc: app.create_task(app.process_error(error=exc, update=None)),
    )
    await app.start()
    try:
        yield app
    finally:
        if app.updater.running:
            await app.updater.stop()
        if app.running:
            await app.stop()
        await _post_stop(app)
        await app.shutdown()
        await _post_shutdown(app)


def bot_env(api: FakeBotAPI, db: Path, seeds: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "VNRU_"))}
    env.update({
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "TELEGRAM_BASE_URL": api.base_url,
        "VNRU_DB": str(db),
        "VNRU_SEEDS": str(seeds),
        "LOG_LEVEL": "DEBUG",
        "ADMIN_IDS": str(ADMIN),
        "VNRU_RATE_LIMIT": "off",
        "TELEGRAM_POLL_TIMEOUT": "2",
        "VNRU_WATCH_INTERVAL": "0.5",
        "PYTHONUNBUFFERED": "1",
    })
    env.update(extra)
    return env


class BotProcess:
    """`python -m bot.cli run` in a subprocess; stdout and stderr go to files for later scanning."""

    def __init__(self, env: dict[str, str], workdir: Path, args: list[str] = ()) -> None:
        self.env, self.workdir, self.args = env, workdir, list(args)
        self.out = workdir / f"bot-{id(self)}.out"
        self.err = workdir / f"bot-{id(self)}.err"
        self.proc: asyncio.subprocess.Process | None = None

    async def start(self) -> "BotProcess":
        self.proc = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot.cli", "run", "--env-file", str(self.workdir / "no.env"), *self.args,
            stdout=open(self.out, "wb"), stderr=open(self.err, "wb"), stdin=asyncio.subprocess.DEVNULL,
            env=self.env, cwd=str(ROOT),
        )
        return self

    async def stop(self, sig: int = signal.SIGTERM, timeout: float = 15.0) -> int:
        if self.proc.returncode is None:
            self.proc.send_signal(sig)
        try:
            return await asyncio.wait_for(self.proc.wait(), timeout)
        except TimeoutError:
            self.proc.kill()
            await self.proc.wait()
            raise

    def output(self) -> str:
        return self.out.read_text(errors="replace") + self.err.read_text(errors="replace")
