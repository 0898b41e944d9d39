"""The Telegram application: built from Settings, run by long polling or as a webhook server.

Start-up order: getMe (PTB's initialize) -> refresh the store from seeds/ (built aside, see
bot.watch) -> open the engine -> set the command menus -> start the seed watcher -> updates.
SIGINT/SIGTERM stop it cleanly (PTB's run_* install the signal handlers).
"""

from __future__ import annotations

import asyncio
import importlib.util
import logging
import secrets
import sys
from urllib.parse import urlparse

from telegram import Update
from telegram.error import TelegramError
from telegram.ext import Application, ApplicationBuilder

from bot import guard, handlers
from bot.logging_setup import setup_logging
from bot.pacing import ChatPacer
from bot.scheduling import FairUpdateProcessor
from bot.settings import Settings
from bot.transport import BotAPIRequest
from bot.watch import Knowledge, ReloadResult, watch_seeds

log = logging.getLogger(__name__)

# httpcore runs `import sniffio` on every request; when sniffio is not installed that is a failed
# import searching all of sys.path each time (~a third of the bot's CPU per reply, measured with
# bench/bench_bot.py). A None entry makes the failure immediate, with the same outcome.
if "sniffio" not in sys.modules and importlib.util.find_spec("sniffio") is None:
    sys.modules["sniffio"] = None  # type: ignore[assignment]


class StoreUnavailable(RuntimeError):
    """No store could be built or opened, so there is nothing to answer from."""


def build_application(settings: Settings, knowledge: Knowledge) -> Application:
    builder = (
        ApplicationBuilder()
        .token(settings.token)
        .concurrent_updates(FairUpdateProcessor(settings.concurrent_updates))
        # Few connections, reused (8 keep one core busy, bench/bench_bot.py), over a lean
        # HTTP/1.1 transport instead of httpcore's (see bot/transport.py for why).
        .request(BotAPIRequest(8, read=settings.request_timeout, write=settings.request_timeout,
                               connect=5.0, pool=10.0))
        .get_updates_request(BotAPIRequest(1, read=5.0, write=5.0, connect=5.0, pool=5.0))
        .post_init(_post_init)
        .post_stop(_post_stop)
        .post_shutdown(_post_shutdown)
    )
    if settings.base_url:
        builder = builder.base_url(settings.base_url)
    if settings.rate_limit:
        builder = builder.rate_limiter(ChatPacer(
            gap=settings.pace_chat,
            overall=settings.rate_overall,
            group=settings.rate_group,
            group_period=settings.rate_group_period,
            retries=settings.rate_retries,
        ))
    app = builder.build()
    app.bot_data["settings"] = settings
    app.bot_data["knowledge"] = knowledge
    guard.add_gate(app)
    handlers.add_handlers(app)
    return app


async def _post_init(app: Application) -> None:
    settings: Settings = app.bot_data["settings"]
    knowledge: Knowledge = app.bot_data["knowledge"]
    if app.bot_data.get("refresh_at_start", True):
        result = await knowledge.refresh()
        if not result.ok:
            if not knowledge.db.exists():
                raise StoreUnavailable(f"could not build the fact store {knowledge.db}: {result.summary}")
            log.warning("Serving the existing store %s; the refresh failed: %s", knowledge.db, result.summary)
    if knowledge.engine is None:
        try:
            knowledge.open()
        except Exception as exc:
            raise StoreUnavailable(f"could not open the fact store {knowledge.db}: {exc}") from exc
    try:
        await handlers.set_commands(app)
    except TelegramError as exc:
        log.warning("Could not set the command menu: %s", exc)
    if settings.watch_interval > 0:
        app.bot_data["watcher"] = asyncio.create_task(
            watch_seeds(knowledge, settings.watch_interval, lambda r: notify_admins(app, r)),
            name="seed-watcher",
        )
    log.info("@%s is up, answering from %d article(s) in %s", app.bot.username,
             len(knowledge.engine.sources()), knowledge.db)


async def _post_stop(app: Application) -> None:
    watcher = app.bot_data.pop("watcher", None)
    if watcher:
        watcher.cancel()
        try:
            await watcher
        except (asyncio.CancelledError, Exception):
            pass


async def _post_shutdown(app: Application) -> None:
    app.bot_data["knowledge"].close()
    log.info("Stopped.")


async def notify_admins(app: Application, result: ReloadResult) -> None:
    """Tell the admins what an automatic reload did (always when it failed)."""
    settings: Settings = app.bot_data["settings"]
    for admin in settings.admin_ids:
        try:
            for text in handlers.reload_report(result):
                await app.bot.send_message(admin, f"<b>seeds/ changed.</b> {text}", parse_mode="HTML")
        except TelegramError as exc:
            log.warning("Could not tell admin %s about the reload: %s", admin, exc)


def run(settings: Settings, knowledge: Knowledge) -> int:
    """Run until SIGINT/SIGTERM (or a fatal Conflict); returns the process exit status."""
    app = build_application(settings, knowledge)
    if settings.webhook_url:
        secret = settings.webhook_secret or secrets.token_urlsafe(32)
        setup_logging(settings.log_level, [secret])
        path = urlparse(settings.webhook_url).path.lstrip("/")
        log.info("Webhook mode: listening on %s:%d/%s", settings.webhook_listen, settings.webhook_port, path)
        app.run_webhook(
            listen=settings.webhook_listen,
            port=settings.webhook_port,
            url_path=path,
            webhook_url=settings.webhook_url,
            secret_token=secret,
            allowed_updates=Update.ALL_TYPES,
            bootstrap_retries=5,
        )
    else:
        log.info("Long polling (timeout %d s)", settings.poll_timeout)
        app.run_polling(
            allowed_updates=Update.ALL_TYPES,
            timeout=settings.poll_timeout,
            bootstrap_retries=5,
        )
    return int(app.bot_data.get("exit_code", 0))
