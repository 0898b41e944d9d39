"""Bot settings from the environment and a `.env` file (the environment wins).

Every setting is documented in `.env.example`. Values are checked here, once, so a typo gives a
clear message naming the variable instead of a failure deep inside the bot.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_BASE_URL = "https://api.telegram.org/bot"

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}
_LEVELS = {"CRITICAL", "ERROR", "WARNING", "INFO", "DEBUG"}


class SettingsError(ValueError):
    """A setting has a value the bot cannot use; the message names the variable."""


@dataclass(frozen=True)
class Settings:
    token: str | None = None
    base_url: str | None = None  # None: Telegram's production Bot API
    db: Path = Path("data/vnru.db")
    seeds: Path | None = None  # None: the folder the store was loaded from, else seeds/
    log_level: str = "INFO"
    admin_ids: frozenset[int] = field(default_factory=frozenset)
    rate_limit: bool = True
    rate_overall: float = 30.0  # messages per second, all chats together
    rate_group: float = 20.0  # messages per group per `rate_group_period` seconds
    rate_group_period: float = 60.0
    rate_retries: int = 3  # how often a request that got 429 RetryAfter is retried
    pace_chat: float = 1.0  # seconds at least between two messages into one chat (with rate_limit)
    limit_questions: int = 10  # per user per `limit_period` seconds; 0: no limit
    limit_buttons: int = 20
    limit_inline: int = 30
    limit_period: float = 30.0
    concurrent_updates: int = 32  # updates handled at once (one per chat at a time)
    poll_timeout: int = 10  # seconds a getUpdates long poll may wait
    request_timeout: float = 10.0  # seconds to wait for the Bot API's answer to a request
    watch_interval: float = 3.0  # seconds between looks at seeds/; 0 turns watching off
    webhook_url: str | None = None
    webhook_listen: str = "127.0.0.1"
    webhook_port: int = 8443
    webhook_secret: str | None = None

    def secrets(self) -> list[str]:
        """Strings that must never reach any output."""
        return [s for s in (self.token, self.webhook_secret) if s]


def parse_env_file(path: str | Path) -> dict[str, str]:
    """Read KEY=VALUE lines: `#` comments, optional `export `, single or double quotes."""
    values: dict[str, str] = {}
    text = Path(path).read_text(encoding="utf-8")
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("export "):
            line = line[len("export ") :].lstrip()
        key, sep, value = line.partition("=")
        key = key.strip()
        if not sep or not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", key):
            raise SettingsError(f"{path}, line {number}: expected KEY=VALUE")
        value = value.strip()
        if value[:1] in {'"', "'"}:
            quote = value[0]
            end = value.find(quote, 1)
            if end < 0:
                raise SettingsError(f"{path}, line {number}: unclosed {quote} quote in {key}")
            value = value[1:end]
            if quote == '"':
                value = value.replace("\\n", "\n").replace('\\"', '"')
        else:
            value = re.split(r"\s+#", value, maxsplit=1)[0].strip()
        values[key] = value
    return values


def _bool(env: dict[str, str], key: str, default: bool) -> bool:
    raw = env.get(key)
    if raw is None:
        return default
    low = raw.strip().lower()
    if low in _TRUE:
        return True
    if low in _FALSE:
        return False
    raise SettingsError(f"{key}={raw!r}: expected on/off (or true/false, 1/0)")


def _number(env: dict[str, str], key: str, default, kind=float, minimum=0):
    raw = env.get(key, "").strip()
    if not raw:
        return default
    try:
        value = kind(raw)
    except ValueError:
        raise SettingsError(f"{key}={raw!r}: expected a number") from None
    if value < minimum:
        raise SettingsError(f"{key}={raw!r}: must be at least {minimum}")
    return value


def _ids(env: dict[str, str], key: str) -> frozenset[int]:
    raw = env.get(key, "")
    ids = set()
    for part in re.split(r"[,\s]+", raw.strip()):
        if not part:
            continue
        if not re.fullmatch(r"-?\d+", part):
            raise SettingsError(f"{key}: {part!r} is not a numeric Telegram user id")
        ids.add(int(part))
    return frozenset(ids)


def load_settings(env: dict[str, str] | None = None, env_file: str | Path | None = ".env") -> Settings:
    """Settings from `env` (default: os.environ) over the `.env` file, if that file exists."""
    merged: dict[str, str] = {}
    if env_file and Path(env_file).is_file():
        merged.update(parse_env_file(env_file))
    merged.update(os.environ if env is None else env)

    token = merged.get("TELEGRAM_BOT_TOKEN", "").strip() or None
    if token and not re.fullmatch(r"\d+:[A-Za-z0-9_-]+", token):
        # Never echo the value: it may be a real token with a stray character.
        raise SettingsError("TELEGRAM_BOT_TOKEN does not look like a bot token (digits:letters, from @BotFather)")
    base_url = merged.get("TELEGRAM_BASE_URL", "").strip() or None
    if base_url and not re.match(r"https?://", base_url):
        raise SettingsError(f"TELEGRAM_BASE_URL={base_url!r}: expected an http:// or https:// URL")
    level = merged.get("LOG_LEVEL", "INFO").strip().upper() or "INFO"
    if level not in _LEVELS:
        raise SettingsError(f"LOG_LEVEL={level!r}: expected one of {', '.join(sorted(_LEVELS))}")
    webhook_url = merged.get("TELEGRAM_WEBHOOK_URL", "").strip() or None
    if webhook_url and not re.match(r"https?://", webhook_url):
        raise SettingsError(f"TELEGRAM_WEBHOOK_URL={webhook_url!r}: expected an https:// URL")
    secret = merged.get("TELEGRAM_WEBHOOK_SECRET", "").strip() or None
    if secret and not re.fullmatch(r"[A-Za-z0-9_-]{1,256}", secret):
        raise SettingsError("TELEGRAM_WEBHOOK_SECRET: 1-256 characters of A-Z, a-z, 0-9, _ and - only")

    return Settings(
        token=token,
        base_url=base_url,
        db=Path(merged.get("VNRU_DB", "").strip() or "data/vnru.db"),
        seeds=Path(merged["VNRU_SEEDS"].strip()).expanduser() if merged.get("VNRU_SEEDS", "").strip() else None,
        log_level=level,
        admin_ids=_ids(merged, "ADMIN_IDS"),
        rate_limit=_bool(merged, "VNRU_RATE_LIMIT", True),
        rate_overall=_number(merged, "VNRU_RATE_OVERALL", 30.0, minimum=0.1),
        rate_group=_number(merged, "VNRU_RATE_GROUP", 20.0, minimum=0.1),
        rate_group_period=_number(merged, "VNRU_RATE_GROUP_PERIOD", 60.0, minimum=0.1),
        rate_retries=_number(merged, "VNRU_RATE_RETRIES", 3, kind=int, minimum=1),
        pace_chat=_number(merged, "VNRU_PACE_CHAT", 1.0),
        limit_questions=_number(merged, "VNRU_LIMIT_QUESTIONS", 10, kind=int),
        limit_buttons=_number(merged, "VNRU_LIMIT_BUTTONS", 20, kind=int),
        limit_inline=_number(merged, "VNRU_LIMIT_INLINE", 30, kind=int),
        limit_period=_number(merged, "VNRU_LIMIT_PERIOD", 30.0, minimum=1),
        concurrent_updates=_number(merged, "VNRU_CONCURRENT_UPDATES", 32, kind=int, minimum=1),
        poll_timeout=_number(merged, "TELEGRAM_POLL_TIMEOUT", 10, kind=int, minimum=0),
        request_timeout=_number(merged, "TELEGRAM_REQUEST_TIMEOUT", 10.0, minimum=0.5),
        watch_interval=_number(merged, "VNRU_WATCH_INTERVAL", 3.0),
        webhook_url=webhook_url,
        webhook_listen=merged.get("TELEGRAM_WEBHOOK_LISTEN", "").strip() or "127.0.0.1",
        webhook_port=_number(merged, "TELEGRAM_WEBHOOK_PORT", 8443, kind=int, minimum=1),
        webhook_secret=secret,
    )
