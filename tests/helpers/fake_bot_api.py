"""A fake Telegram Bot API HTTP server for tests and benchmarks, on 127.0.0.1, in-process.

The real python-telegram-bot stack talks to it over real HTTP: point a bot at `api.base_url`
(`http://127.0.0.1:PORT/bot`; PTB appends the token, so requests arrive at
`/bot<TOKEN>/<method>`). It speaks HTTP/1.1 with keep-alive on asyncio streams (no dependency).

What it does like Telegram:
- `getUpdates` long-polls: returns as soon as an update at or above `offset` exists, or after
  `timeout` seconds with `[]`; a second concurrent `getUpdates` ends the first with 409 Conflict.
- `sendMessage`/`editMessageText` check HTML parse mode the way Telegram does (allowed tags only,
  properly nested, `<`, `>`, `&` escaped) and the 4,096-character limit, answering 400 otherwise.
- Unknown methods are logged and answered `ok`.

Tests inject updates (`api.text(...)`, `api.callback(...)`, …), then `await api.wait_for(...)`
the bot's calls. "Nothing was sent for update U" is checked after a signal, never after a sleep:
`await api.handled(chat, U)` waits until a getUpdates confirms U by its offset (fetched) and the
bot has answered a probe sent after U into the same chat (finished: the bot handles one chat's
updates one after another, bot/scheduling.py); it returns the probe reply's call index. `api.fail(method, kind)` injects faults: "429" (with retry_after), "500",
"502", "hang" (never answers until the client gives up), "drop" (closes the connection),
"conflict" (409); and "hang-after" / "drop-after": the method is carried out (a message really
sent) and then the answer is lost the same ways, as when Telegram acts but its reply never arrives.
"""

from __future__ import annotations

import asyncio
import email.parser
import email.policy
import itertools
import json
import logging
import re
import time
from collections import defaultdict, deque
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, urlsplit

log = logging.getLogger("fake_bot_api")

TOKEN = "123456789:AAHfakeTESTtokenDoNotLeak_0123456789x"
BOT_ID = 123456789
BOT_USERNAME = "vnru_test_bot"

ALLOWED_TAGS = {"b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "a", "code", "pre",
                "blockquote", "tg-spoiler", "span", "tg-emoji"}
_TOKEN_RE = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s[^<>]*)?)>|&(lt|gt|amp|quot|#\d+|#x[0-9a-fA-F]+);")
_ENTITY = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}


class ParseError(ValueError):
    pass


def parse_html(text: str) -> str:
    """Telegram's HTML check: returns the plain text, or raises ParseError like the real API."""
    out: list[str] = []
    stack: list[str] = []
    pos = 0
    for m in _TOKEN_RE.finditer(text):
        chunk = text[pos : m.start()]
        _check_plain(chunk, pos)
        out.append(chunk)
        pos = m.end()
        if m.group(4):
            ent = m.group(4)
            if ent.startswith("#x"):
                out.append(chr(int(ent[2:], 16)))
            elif ent.startswith("#"):
                out.append(chr(int(ent[1:])))
            else:
                out.append(_ENTITY[ent])
            continue
        closing, tag = m.group(1), m.group(2).lower()
        if tag not in ALLOWED_TAGS:
            raise ParseError(f"Can't parse entities: unsupported start tag \"{tag}\" at byte offset {m.start()}")
        if closing:
            if not stack or stack[-1] != tag:
                raise ParseError(f"Can't parse entities: unmatched end tag at byte offset {m.start()}, expected \"</{stack[-1] if stack else ''}>\", found \"</{tag}>\"")
            stack.pop()
        else:
            stack.append(tag)
    chunk = text[pos:]
    _check_plain(chunk, pos)
    out.append(chunk)
    if stack:
        raise ParseError(f"Can't parse entities: can't find end tag corresponding to start tag \"{stack[-1]}\"")
    return "".join(out)


def _check_plain(chunk: str, offset: int) -> None:
    for ch in "<>&":
        i = chunk.find(ch)
        if i >= 0:
            raise ParseError(f"Can't parse entities: unescaped {ch!r} at byte offset {offset + i}")


def utf16_len(s: str) -> int:
    return len(s.encode("utf-16-le")) // 2


@dataclass
class Call:
    method: str
    params: dict
    at: float  # time.perf_counter() when the request arrived
    index: int
    result: object = None
    error: str | None = None
    test_env: bool = False  # sent to /bot<token>/test/<method>


@dataclass
class Fault:
    kind: str
    retry_after: int = 1
    seconds: float = 3600.0


@dataclass
class _Poll:
    future: asyncio.Future = field(default_factory=lambda: asyncio.get_running_loop().create_future())


class FakeBotAPI:
    def __init__(self, token: str = TOKEN, bot_id: int = BOT_ID, username: str = BOT_USERNAME) -> None:
        self.token, self.bot_id, self.username = token, bot_id, username
        self.calls: list[Call] = []
        self.updates: list[dict] = []  # not yet confirmed by an offset
        self.injected: list[dict] = []  # every update ever injected
        self.delivered: dict[int, float] = {}  # update_id -> perf_counter() when first returned
        self.faults: dict[str, deque[Fault]] = defaultdict(deque)
        self.unknown_methods: list[str] = []
        self.commands: dict[str, list] = {}
        self.webhook: dict = {}
        self.confirmed = 0  # the highest getUpdates offset seen: every update below it was fetched
        self._offset_seen = asyncio.Event()
        self._update_ids = itertools.count(1)
        self._message_ids: dict[int, itertools.count] = defaultdict(lambda: itertools.count(1))
        self._new_update = asyncio.Event()
        self._new_call = asyncio.Event()
        self._poll: _Poll | None = None
        self._server: asyncio.base_events.Server | None = None
        self._conns: set[asyncio.StreamWriter] = set()
        self.port = 0

    # ------------------------------------------------------------ lifecycle

    async def start(self) -> "FakeBotAPI":
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", 0, backlog=512)
        self.port = self._server.sockets[0].getsockname()[1]
        return self

    async def stop(self) -> None:
        if self._server:
            self._server.close()
            for w in list(self._conns):
                w.transport.abort()
            await self._server.wait_closed()

    async def __aenter__(self) -> "FakeBotAPI":
        return await self.start()

    async def __aexit__(self, *exc) -> None:
        await self.stop()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/bot"

    # ------------------------------------------------------------ fault injection

    def fail(self, method: str, kind: str, times: int = 1, retry_after: int = 1, seconds: float = 3600.0) -> None:
        """The next `times` calls of `method` fail with `kind` (see module docstring)."""
        for _ in range(times):
            self.faults[method].append(Fault(kind, retry_after, seconds))

    # ------------------------------------------------------------ update builders

    def user(self, user_id: int, first_name: str | None = None) -> dict:
        return {"id": user_id, "is_bot": False, "first_name": first_name or f"User{user_id}",
                "username": f"user{user_id}", "language_code": "en"}

    def chat(self, chat_id: int, kind: str | None = None) -> dict:
        kind = kind or ("private" if chat_id > 0 else "supergroup")
        if kind == "private":
            return {"id": chat_id, "type": "private", "first_name": f"User{chat_id}"}
        return {"id": chat_id, "type": kind, "title": f"Group {chat_id}"}

    def bot_user(self) -> dict:
        return {"id": self.bot_id, "is_bot": True, "first_name": "VNRU Test", "username": self.username,
                "can_join_groups": True, "can_read_all_group_messages": False, "supports_inline_queries": True}

    def inject(self, update: dict) -> int:
        update = {"update_id": next(self._update_ids), **update}
        self.updates.append(update)
        self.injected.append(update)
        self._new_update.set()
        self._new_update = asyncio.Event()
        return update["update_id"]

    def message_dict(self, chat_id: int, text: str | None = None, user_id: int | None = None,
                     reply_to: dict | None = None, entities: list | None = None, **extra) -> dict:
        user_id = user_id if user_id is not None else (chat_id if chat_id > 0 else 1001)
        msg = {"message_id": next(self._message_ids[chat_id]), "date": int(time.time()),
               "chat": self.chat(chat_id), "from": self.user(user_id), **extra}
        if text is not None:
            msg["text"] = text
            msg["entities"] = entities if entities is not None else auto_entities(text)
        if reply_to is not None:
            msg["reply_to_message"] = reply_to
        return msg

    def text(self, chat_id: int, text: str, **kw) -> int:
        """A text message (commands and @mentions get their entities, as Telegram adds them)."""
        return self.inject({"message": self.message_dict(chat_id, text, **kw)})

    def edited(self, chat_id: int, text: str, **kw) -> int:
        msg = self.message_dict(chat_id, text, **kw)
        msg["edit_date"] = msg["date"] + 5
        return self.inject({"edited_message": msg})

    def sticker(self, chat_id: int, **kw) -> int:
        sticker = {"file_id": "CAACAgIAAxk", "file_unique_id": "AgAD", "type": "regular", "width": 512,
                   "height": 512, "is_animated": False, "is_video": False, "emoji": "👍"}
        return self.inject({"message": self.message_dict(chat_id, sticker=sticker, **kw)})

    def photo(self, chat_id: int, caption: str | None = None, **kw) -> int:
        photo = [{"file_id": "AgACAgIAAxk", "file_unique_id": "AQAD", "width": 90, "height": 90}]
        extra = {"caption": caption, "caption_entities": auto_entities(caption)} if caption else {}
        return self.inject({"message": self.message_dict(chat_id, photo=photo, **extra, **kw)})

    def voice(self, chat_id: int, **kw) -> int:
        voice = {"file_id": "AwACAgIAAxk", "file_unique_id": "AgADv", "duration": 3, "mime_type": "audio/ogg"}
        return self.inject({"message": self.message_dict(chat_id, voice=voice, **kw)})

    def callback(self, chat_id: int, message: dict, data: str, user_id: int | None = None) -> int:
        user_id = user_id if user_id is not None else chat_id
        return self.inject({"callback_query": {
            "id": str(next(self._update_ids) * 7919), "from": self.user(user_id),
            "chat_instance": str(chat_id), "message": message, "data": data}})

    def inline(self, user_id: int, query: str) -> int:
        return self.inject({"inline_query": {"id": f"iq{user_id}{len(self.updates)}", "from": self.user(user_id),
                                             "query": query, "offset": ""}})

    # ------------------------------------------------------------ waiting for the bot

    def sent(self, chat_id: int | None = None, method: str = "sendMessage", since: int = 0,
             before: int | None = None) -> list[Call]:
        return [c for c in self.calls[since:before] if c.method == method and c.error is None
                and (chat_id is None or str(c.params.get("chat_id")) == str(chat_id))]

    async def wait_for(self, method: str, predicate=None, timeout: float = 10.0, since: int = 0,
                       failed: bool = False) -> Call:
        """The first successful (or, with `failed`, refused) call of `method` at or after index `since`
        matching `predicate`."""
        deadline = time.monotonic() + timeout
        checked = since
        while True:
            for call in self.calls[checked:]:
                if call.method == method and (call.error is not None) == failed and (predicate is None or predicate(call)):
                    return call
            checked = len(self.calls)
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                seen = [(c.method, c.params.get("chat_id"), c.error) for c in self.calls[since:]][-15:]
                raise TimeoutError(f"no {method} matching within {timeout}s; last calls: {seen}")
            event = self._new_call
            try:
                await asyncio.wait_for(event.wait(), remaining)
            except TimeoutError:
                pass

    async def reply(self, chat_id: int, since: int, timeout: float = 10.0, method: str = "sendMessage") -> Call:
        return await self.wait_for(method, lambda c: str(c.params.get("chat_id")) == str(chat_id), timeout, since)

    async def ask(self, chat_id: int, text: str, timeout: float = 10.0, **kw) -> Call:
        """Send a text message and return the bot's first sendMessage to that chat after it."""
        since = len(self.calls)
        self.text(chat_id, text, **kw)
        return await self.reply(chat_id, since, timeout)

    async def fetched(self, update_id: int, timeout: float = 10.0) -> None:
        """Until a getUpdates confirms `update_id` by an offset above it, as Telegram reads offsets."""
        deadline = time.monotonic() + timeout
        while self.confirmed <= update_id:
            event = self._offset_seen
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError(f"update {update_id} was never confirmed (offset {self.confirmed})")
            try:
                await asyncio.wait_for(event.wait(), remaining)
            except TimeoutError:
                pass

    async def handled(self, chat_id: int, update_id: int, timeout: float = 15.0, user_id: int | None = None) -> int:
        """Until the bot has fetched update U and finished it; returns the probe reply's call index.

        Fetched: a getUpdates with an offset above U. Finished: the bot answers a /help sent after U
        into the same chat, and one chat's updates are handled in order, so U's handling has ended
        when the probe's reply comes. Calls to the chat before that index are all U could cause."""
        await self.fetched(update_id, timeout)
        since = len(self.calls)
        probe = "/help" if chat_id > 0 else f"/help@{self.username}"
        self.text(chat_id, probe, user_id=user_id)
        reply = await self.wait_for("sendMessage", lambda c: str(c.params.get("chat_id")) == str(chat_id)
                                    and "/who" in str(c.params.get("text")), timeout, since)
        return reply.index

    async def burst(self, chat_id: int, n: int, timeout: float = 30.0) -> list[Call]:
        """n `/ask question i` at once into one group; every call to it until all n are answered."""
        since = len(self.calls)
        for i in range(n):
            self.text(chat_id, f"/ask question {i}")
        for i in range(n):
            await self.wait_for("sendMessage", lambda c, i=i: f"question {i} " in parse_html(c.params["text"]),
                                since=since, timeout=timeout)
        return [c for c in self.calls[since:] if str(c.params.get("chat_id")) == str(chat_id)]

    async def quiet(self, seconds: float = 0.5) -> None:
        """Wait until the bot has made no call (other than polling) for `seconds`."""
        count = lambda: sum(c.method != "getUpdates" for c in self.calls)  # noqa: E731
        while True:
            n = count()
            await asyncio.sleep(seconds)
            if count() == n:
                return

    # ------------------------------------------------------------ HTTP

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self._conns.add(writer)
        try:
            while True:
                line = await reader.readline()
                if not line:
                    return
                verb, target, _ = line.decode("latin-1").split(" ", 2)
                headers: dict[str, str] = {}
                while True:
                    h = await reader.readline()
                    if h in (b"\r\n", b"\n", b""):
                        break
                    k, _, v = h.decode("latin-1").partition(":")
                    headers[k.strip().lower()] = v.strip()
                body = b""
                if "content-length" in headers:
                    body = await reader.readexactly(int(headers["content-length"]))
                elif headers.get("transfer-encoding", "").lower() == "chunked":
                    while True:
                        size = int((await reader.readline()).split(b";")[0], 16)
                        if size == 0:
                            await reader.readline()
                            break
                        body += await reader.readexactly(size)
                        await reader.readline()
                outcome = await self._dispatch(target, headers, body, reader)
                if outcome is None:  # drop the connection without an answer
                    writer.transport.abort()
                    return
                status, payload = outcome
                data = json.dumps(payload).encode()
                reason = {200: "OK", 400: "Bad Request", 401: "Unauthorized", 404: "Not Found", 409: "Conflict",
                          429: "Too Many Requests", 500: "Internal Server Error", 502: "Bad Gateway"}.get(status, "X")
                writer.write(f"HTTP/1.1 {status} {reason}\r\nContent-Type: application/json\r\n"
                             f"Content-Length: {len(data)}\r\nConnection: keep-alive\r\n\r\n".encode() + data)
                await writer.drain()
                if headers.get("connection", "").lower() == "close":
                    return
        except (ConnectionError, asyncio.IncompleteReadError, ValueError):
            return
        finally:
            self._conns.discard(writer)
            writer.close()

    async def _dispatch(self, target: str, headers: dict, body: bytes, reader) -> tuple[int, dict] | None:
        url = urlsplit(target)
        # /bot<token>/<method>, or Telegram's test environment: /bot<token>/test/<method>
        m = re.fullmatch(r"/bot([^/]+)(/test)?/([A-Za-z]+)", url.path)
        if not m:
            return 404, {"ok": False, "error_code": 404, "description": "Not Found"}
        token, test_env, method = m.group(1), bool(m.group(2)), m.group(3)
        if token != self.token:
            return 401, {"ok": False, "error_code": 401, "description": "Unauthorized"}
        params = dict(parse_qsl(url.query))
        params.update(_parse_body(headers.get("content-type", ""), body))
        call = Call(method, params, time.perf_counter(), len(self.calls), test_env=test_env)
        self.calls.append(call)
        if method == "getUpdates" and int(params.get("offset") or 0) > self.confirmed:
            self.confirmed = int(params["offset"])
            self._offset_seen.set()
            self._offset_seen = asyncio.Event()
        try:
            outcome = await self._fault(method, call, reader)
            if outcome == "none":
                outcome = await self._method(method, params, reader)
            elif isinstance(outcome, Fault):  # act first, then lose the answer
                acted = await self._method(method, params, reader)
                if acted and acted[0] == 200:
                    call.result = acted[1].get("result")
                self._new_call.set()
                self._new_call = asyncio.Event()
                if outcome.kind == "hang-after":
                    await _until_gone(reader, outcome.seconds)
                return None
        except ParseError as exc:
            outcome = 400, {"ok": False, "error_code": 400, "description": f"Bad Request: {exc}"}
        if outcome is None:
            call.error = "dropped"
        else:
            status, payload = outcome
            if status == 200:
                call.result = payload.get("result")
            else:
                call.error = payload.get("description")
        self._new_call.set()
        self._new_call = asyncio.Event()
        return outcome

    async def _fault(self, method: str, call: Call, reader):
        queue = self.faults.get(method)
        if not queue:
            return "none"
        fault = queue.popleft()
        if fault.kind == "429":
            return 429, {"ok": False, "error_code": 429, "description": f"Too Many Requests: retry after {fault.retry_after}",
                         "parameters": {"retry_after": fault.retry_after}}
        if fault.kind in ("500", "502"):
            code = int(fault.kind)
            return code, {"ok": False, "error_code": code, "description": "Internal Server Error" if code == 500 else "Bad Gateway"}
        if fault.kind == "conflict":
            return 409, _conflict()
        if fault.kind == "drop":
            return None
        if fault.kind in ("hang-after", "drop-after"):
            return fault
        if fault.kind == "hang":
            await _until_gone(reader, fault.seconds)
            return None
        raise ValueError(f"unknown fault {fault.kind}")

    async def _method(self, method: str, p: dict, reader) -> tuple[int, dict] | None:
        ok = lambda result: (200, {"ok": True, "result": result})  # noqa: E731
        if method == "getMe":
            return ok(self.bot_user())
        if method == "getUpdates":
            return await self._get_updates(p, reader)
        if method in ("sendMessage", "editMessageText"):
            text = p.get("text", "")
            plain = parse_html(text) if str(p.get("parse_mode", "")).upper() == "HTML" else text
            if not plain.strip():
                raise ParseError("message text is empty")
            if utf16_len(plain) > 4096:
                return 400, {"ok": False, "error_code": 400, "description": "Bad Request: message is too long"}
            chat_id = int(p["chat_id"])
            if method == "editMessageText":
                return ok({"message_id": int(p["message_id"]), "date": int(time.time()), "edit_date": int(time.time()),
                           "chat": self.chat(chat_id), "from": self.bot_user(), "text": plain})
            msg = {"message_id": next(self._message_ids[chat_id]), "date": int(time.time()),
                   "chat": self.chat(chat_id), "from": self.bot_user(), "text": plain}
            if p.get("reply_markup"):
                msg["reply_markup"] = p["reply_markup"]
            return ok(msg)
        if method == "sendPhoto":
            chat_id = int(p["chat_id"])
            return ok({"message_id": next(self._message_ids[chat_id]), "date": int(time.time()),
                       "chat": self.chat(chat_id), "from": self.bot_user(),
                       "photo": [{"file_id": "ph", "file_unique_id": "ph", "width": 800, "height": 600}]})
        if method == "setMyCommands":
            scope = p.get("scope") or {"type": "default"}
            self.commands[json.dumps(scope, sort_keys=True)] = p.get("commands")
            return ok(True)
        if method == "getMyCommands":
            return ok(self.commands.get(json.dumps(p.get("scope") or {"type": "default"}, sort_keys=True), []))
        if method == "answerInlineQuery":
            for r in p.get("results") or []:
                content = r.get("input_message_content") or {}
                if str(content.get("parse_mode", "")).upper() == "HTML":
                    parse_html(content.get("message_text", ""))
            return ok(True)
        if method == "answerCallbackQuery":
            if len(p.get("text", "")) > 200:
                raise ParseError("callback answer text too long")
            return ok(True)
        if method == "setWebhook":
            self.webhook = {"url": p.get("url", ""), "secret_token": p.get("secret_token")}
            return ok(True)
        if method == "deleteWebhook":
            self.webhook = {}
            return ok(True)
        if method == "getWebhookInfo":
            return ok({"url": self.webhook.get("url", ""), "has_custom_certificate": False, "pending_update_count": 0})
        if method in ("sendChatAction", "deleteMyCommands", "close", "logOut", "setMyDescription",
                      "setMyShortDescription", "setChatMenuButton"):
            return ok(True)
        self.unknown_methods.append(method)
        log.warning("fake Bot API: unknown method %s answered ok", method)
        return ok(True)

    async def _get_updates(self, p: dict, reader) -> tuple[int, dict] | None:
        offset = int(p.get("offset") or 0)
        timeout = float(p.get("timeout") or 0)
        limit = int(p.get("limit") or 100)
        if offset:  # confirms everything below offset, as Telegram does
            self.updates = [u for u in self.updates if u["update_id"] >= offset]
        if self._poll and not self._poll.future.done():
            self._poll.future.set_result("conflict")
        poll = self._poll = _Poll()
        deadline = time.monotonic() + timeout
        while True:
            pending = [u for u in self.updates if u["update_id"] >= offset][:limit]
            if pending:
                now = time.perf_counter()
                for u in pending:
                    self.delivered.setdefault(u["update_id"], now)
                return 200, {"ok": True, "result": pending}
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return 200, {"ok": True, "result": []}
            new = asyncio.ensure_future(self._new_update.wait())
            gone = asyncio.ensure_future(reader.read(1))
            done, _ = await asyncio.wait({new, gone, poll.future}, timeout=remaining,
                                         return_when=asyncio.FIRST_COMPLETED)
            for t in (new, gone):
                t.cancel()
            await asyncio.gather(new, gone, return_exceptions=True)  # the reader is free again
            if poll.future.done():
                return 409, _conflict()
            if gone in done:
                return None  # the client went away (timed out): nothing to answer


def _conflict() -> dict:
    return {"ok": False, "error_code": 409, "description": "Conflict: terminated by other getUpdates request; "
            "make sure that only one bot instance is running"}


async def _until_gone(reader: asyncio.StreamReader, seconds: float) -> None:
    try:
        await asyncio.wait_for(reader.read(1), seconds)
    except TimeoutError:
        pass


def _parse_body(content_type: str, body: bytes) -> dict:
    if not body:
        return {}
    if content_type.startswith("application/json"):
        return json.loads(body)
    if content_type.startswith("multipart/form-data"):
        msg = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
            f"Content-Type: {content_type}\r\n\r\n".encode() + body)
        out = {}
        for part in msg.iter_parts():
            name = part.get_param("name", header="content-disposition")
            if part.get_filename():
                out[name] = part.get_payload(decode=True)
            else:
                out[name] = _value(part.get_payload(decode=True).decode())
        return out
    return {k: _value(v) for k, v in parse_qsl(body.decode(), keep_blank_values=True)}


def _value(v: str):
    if v[:1] in "[{":
        try:
            return json.loads(v)
        except json.JSONDecodeError:
            return v
    return v


def auto_entities(text: str) -> list[dict]:
    """The entities Telegram adds to a typed message: a leading /command, @mentions (UTF-16 offsets)."""
    entities = []
    for m in re.finditer(r"(?<![\w@])(/[A-Za-z0-9_]+(?:@[A-Za-z0-9_]+)?)|(?<![\w@])(@[A-Za-z0-9_]{5,32})", text):
        offset = utf16_len(text[: m.start()])
        length = utf16_len(m.group(0))
        if m.group(1):
            if m.start() == 0:
                entities.append({"type": "bot_command", "offset": offset, "length": length})
        else:
            entities.append({"type": "mention", "offset": offset, "length": length})
    return entities


def texts(calls: list[Call]) -> str:
    """All message texts of these calls joined, for assertions."""
    return "\n".join(str(c.params.get("text", "")) for c in calls)
