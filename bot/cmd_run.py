"""`vnru-bot run`: the Telegram bot (long polling, or a webhook server with --webhook-url).

Settings come from the environment and `.env` (see `.env.example`); the options here override
them. Without a token it says in one line how to get one and opens the terminal chat instead.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
from pathlib import Path

NO_TOKEN = (
    "No TELEGRAM_BOT_TOKEN set: get one from @BotFather in Telegram (or use Telegram's test "
    "environment, see .env.example) and put it in .env; opening the terminal chat instead."
)


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "run",
        help="run the Telegram bot (long polling; webhook with --webhook-url)",
        description=__doc__.split("\n\n")[0] + " " + __doc__.split("\n\n")[1],
    )
    p.add_argument("--webhook-url", metavar="URL",
                   help="public HTTPS URL Telegram posts updates to (default: long polling)")
    p.add_argument("--listen", metavar="ADDR", help="webhook server address (default 127.0.0.1)")
    p.add_argument("--port", type=int, metavar="PORT", help="webhook server port (default 8443)")
    p.add_argument("--db", type=Path, metavar="PATH", help="fact store file (default $VNRU_DB or data/vnru.db)")
    p.add_argument("--seeds", type=Path, metavar="DIR", help="seed articles folder (default $VNRU_SEEDS or seeds/)")
    p.add_argument("--env-file", default=".env", metavar="PATH", help="settings file (default .env)")
    p.add_argument("--log-level", choices=["DEBUG", "INFO", "WARNING", "ERROR"], help="default $LOG_LEVEL or INFO")
    p.add_argument("--no-rate-limit", action="store_true", help="switch flood control off (overall, per-group and per-chat pacing)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from bot.logging_setup import redact, setup_logging
    from bot.settings import SettingsError, load_settings

    try:
        settings = load_settings(env_file=args.env_file)
    except SettingsError as exc:
        print(f"vnru-bot: {exc}", file=sys.stderr)
        return 2
    overrides = {
        "webhook_url": args.webhook_url,
        "webhook_listen": args.listen,
        "webhook_port": args.port,
        "db": args.db,
        "seeds": args.seeds,
        "log_level": args.log_level,
    }
    settings = dataclasses.replace(settings, **{k: v for k, v in overrides.items() if v is not None})
    if args.no_rate_limit:
        settings = dataclasses.replace(settings, rate_limit=False)
    setup_logging(settings.log_level, settings.secrets())

    if not settings.token:
        print(NO_TOKEN, file=sys.stderr)
        from bot.cmd_chat import run_chat

        args.db, args.seeds = settings.db, settings.seeds
        return run_chat(args)

    from telegram.error import InvalidToken

    from bot.app import StoreUnavailable
    from bot.app import run as run_app
    from bot.watch import Knowledge
    from knowledge.paths import DEFAULT_SEEDS
    from knowledge.seeds_folder import SeedsFolderConflict, choose

    try:
        seeds = choose(settings.db, settings.seeds, DEFAULT_SEEDS).folder
    except SeedsFolderConflict as exc:
        print(f"vnru-bot: error: {exc}", file=sys.stderr)
        return 2
    try:
        return run_app(settings, Knowledge(settings.db, seeds))
    except InvalidToken:
        print("vnru-bot: Telegram rejected TELEGRAM_BOT_TOKEN; check it with @BotFather "
              "(or TELEGRAM_BASE_URL if you use a local Bot API server).", file=sys.stderr)
        return 2
    except StoreUnavailable as exc:
        print(f"vnru-bot: {redact(str(exc))}", file=sys.stderr)
        return 1
    except Exception as exc:  # the traceback goes through the redacting log handlers
        import logging

        logging.getLogger("vnru-bot").critical("The bot stopped on an error: %s", exc, exc_info=exc)
        return 1
