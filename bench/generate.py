"""Write N distinct synthetic news articles in the seeds' style, for benchmarks and load tests.

    uv run python bench/generate.py 1000 /tmp/seeds [--seed 7]

Importable: `generate_articles(n, seed) -> list[(file name, text)]`. Articles vary the
officials (Vietnamese and Russian, with titles, diacritics and plain spellings), places, the
publication date and weekday phrases relative to it, the event kind (talks, meeting, visit,
state visit, phone call, reception), topics, reporting verbs and pronoun/role follow-ups, and
the three layouts the real seeds use: front matter, a VOV-style "(VOVWORLD) -" marker under a
headline, and a VNS-style "date YYYY-MM-DD CITY, Month D - PLACE —" dateline with a "— VNS"
sign-off. Deterministic for a given seed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import random
import sys
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Official:
    name: str  # as the article writes it first (with diacritics for Vietnamese names)
    plain: str  # without diacritics
    short: str  # "Mr. <short>"
    title: str
    role_ref: str  # "the Vietnamese Prime Minister"
    side: str  # "vn" | "ru"
    pronoun: str = "He"


VN = [
    Official("Phạm Minh Chính", "Pham Minh Chinh", "Chinh", "Prime Minister", "the Vietnamese Government leader", "vn"),
    Official("Võ Văn Thưởng", "Vo Van Thuong", "Thuong", "President", "the Vietnamese State leader", "vn"),
    Official("Bùi Thanh Sơn", "Bui Thanh Son", "Son", "Minister of Foreign Affairs", "the Vietnamese diplomat", "vn"),
    Official("Vương Đình Huệ", "Vuong Dinh Hue", "Hue", "National Assembly Chairman", "the Vietnamese legislator", "vn"),
    Official("Trần Lưu Quang", "Tran Luu Quang", "Quang", "Deputy Prime Minister", "the Vietnamese Deputy Prime Minister", "vn"),
    Official("Phan Văn Giang", "Phan Van Giang", "Giang", "Minister of National Defence", "the Vietnamese defence minister", "vn"),
    Official("Nguyễn Chí Dũng", "Nguyen Chi Dung", "Dung", "Minister of Planning and Investment", "the Vietnamese minister", "vn"),
    Official("Lê Hoài Trung", "Le Hoai Trung", "Trung", "Head of the Party Central Committee's Commission for External Relations", "the Vietnamese Party official", "vn"),
    Official("Đỗ Hùng Việt", "Do Hung Viet", "Viet", "Deputy Minister of Foreign Affairs", "the Vietnamese deputy minister", "vn"),
    Official("Nguyễn Thị Thanh", "Nguyen Thi Thanh", "Thanh", "Vice Chairwoman of the National Assembly", "the Vietnamese legislator", "vn", "She"),
    Official("Đặng Hoàng Giang", "Dang Hoang Giang", "Giang", "Ambassador to Russia", "the Vietnamese ambassador", "vn"),
    Official("Hồ Đức Phớc", "Ho Duc Phoc", "Phoc", "Minister of Finance", "the Vietnamese finance minister", "vn"),
]
RU = [
    Official("Mikhail Mishustin", "Mikhail Mishustin", "Mishustin", "Prime Minister", "the Russian Prime Minister", "ru"),
    Official("Sergey Lavrov", "Sergey Lavrov", "Lavrov", "Minister of Foreign Affairs", "the Russian diplomat", "ru"),
    Official("Valentina Matviyenko", "Valentina Matviyenko", "Matviyenko", "Chairwoman of the Federation Council", "the Russian legislator", "ru", "She"),
    Official("Vyacheslav Volodin", "Vyacheslav Volodin", "Volodin", "Chairman of the State Duma", "the Russian legislator", "ru"),
    Official("Andrey Rudenko", "Andrey Rudenko", "Rudenko", "Deputy Foreign Minister", "the Russian deputy minister", "ru"),
    Official("Dmitry Chernyshenko", "Dmitry Chernyshenko", "Chernyshenko", "Deputy Prime Minister", "the Russian Deputy Prime Minister", "ru"),
    Official("Andrei Belousov", "Andrei Belousov", "Belousov", "Minister of Defence", "the Russian defence minister", "ru"),
    Official("Maxim Reshetnikov", "Maxim Reshetnikov", "Reshetnikov", "Minister of Economic Development", "the Russian minister", "ru"),
    Official("Alexander Novak", "Alexander Novak", "Novak", "Deputy Prime Minister", "the Russian Deputy Prime Minister", "ru"),
    Official("Gennady Bezdetko", "Gennady Bezdetko", "Bezdetko", "Ambassador to Vietnam", "the Russian ambassador", "ru"),
    Official("Olga Lyubimova", "Olga Lyubimova", "Lyubimova", "Minister of Culture", "the Russian minister", "ru", "She"),
]
VN_PLACES = [("Hà Nội", "Hanoi"), ("Thành phố Hồ Chí Minh", "Ho Chi Minh City"), ("Đà Nẵng", "Da Nang"),
             ("Hải Phòng", "Hai Phong"), ("Nha Trang", "Nha Trang"), ("Cần Thơ", "Can Tho")]
RU_PLACES = [("Moscow", "Moscow"), ("Saint Petersburg", "Saint Petersburg"), ("Vladivostok", "Vladivostok"),
             ("Kazan", "Kazan"), ("Sochi", "Sochi"), ("Novosibirsk", "Novosibirsk")]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]

TOPICS = {
    "trade": ["two-way trade should reach USD {n} billion by {y}", "the two sides should remove barriers to trade and investment",
              "businesses of both countries should make better use of the free trade agreement with the Eurasian Economic Union"],
    "energy": ["cooperation in oil and gas remains a pillar of the relationship", "joint ventures such as Vietsovpetro should expand to new fields",
               "the two countries will study cooperation in nuclear energy and renewable power"],
    "defence": ["defence and security cooperation serves peace and stability in the region",
                "the two armies will increase exchanges of delegations and training"],
    "education": ["Russia will grant {n} scholarships to Vietnamese students next year",
                  "the two sides will promote Russian language teaching in Vietnam and Vietnamese studies in Russia"],
    "ASEAN": ["Russia supports the central role of ASEAN in the regional architecture",
              "Vietnam will help strengthen the relations between Russia and ASEAN"],
    "Ukraine": ["the conflict in Ukraine should be settled through dialogue on the basis of international law",
                "Vietnam wishes for an early end to hostilities in Ukraine"],
    "partnership": ["the comprehensive strategic partnership is a top priority in foreign policy",
                    "the traditional friendship has been tested over time"],
    "tourism": ["direct flights between the two countries should be increased to welcome more tourists",
                "the number of Russian tourists to Vietnam rose to {n},000 last year"],
    "science": ["the two sides will expand cooperation in science, technology and digital transformation",
                "the Tropical Centre is a symbol of scientific cooperation between the two countries"],
    "culture": ["cultural exchanges and people-to-people ties are the foundation of the friendship",
                "the Years of Culture will bring artists of both countries closer together"],
}
VERBS = ["said", "affirmed", "emphasized", "noted", "stressed", "expressed his belief", "highlighted"]
KINDS = ["talks", "meeting", "visit", "state visit", "phone call", "reception"]


def _date_phrase(rng: random.Random, pub: dt.date) -> tuple[str, dt.date]:
    back = rng.choice([0, 0, 1, 1, 2, 3])
    day = pub - dt.timedelta(days=back)
    return f"on {WEEKDAYS[day.weekday()]}", day


def _headline(kind: str, host: Official, guest: Official, place: str) -> str:
    g, h = f"{guest.title} {guest.plain}", f"{host.title} {host.plain}"
    return {
        "talks": f"{h} holds talks with {g}",
        "meeting": f"{h} meets {g} in {place}",
        "visit": f"{g} pays official visit to {place}",
        "state visit": f"{g} begins state visit",
        "phone call": f"{h} holds phone talks with {g}",
        "reception": f"{h} receives {g}",
    }[kind]


def _lead(rng: random.Random, kind: str, host: Official, guest: Official, place: str, when: str, span: str) -> str:
    h, g = f"{host.title} {host.name}", f"{guest.title} {guest.name}"
    if kind == "talks":
        return f"{h} held talks with {g} in {place} {when}."
    if kind == "meeting":
        return f"{h} met {g} in {place} {when}, during the latter's working trip."
    if kind == "visit":
        return f"{g} paid an official visit to {place} {span}, at the invitation of {h}."
    if kind == "state visit":
        return f"{h} hosted a welcoming ceremony for {g} in {place} {when}, during the guest's state visit {span}."
    if kind == "phone call":
        return f"{h} held a phone call with {g} {when}, discussing measures to boost bilateral cooperation."
    return f"{h} received {g} in {place} {when}."


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _mid(ref: str) -> str:
    """A reference as it reads after a comma: pronouns and "the ..." in lower case."""
    return ref.lower() if ref in ("He", "She") else (("t" + ref[1:]) if ref.startswith("The ") else ref)


def _statement(rng: random.Random, speaker: Official, ref: str, topics: list[str], verb: str) -> str:
    topic = rng.choice(topics)
    content = rng.choice(TOPICS[topic]).format(n=rng.randint(3, 30), y=rng.randint(2025, 2030))
    verb = verb.replace("his", "her") if speaker.pronoun == "She" else verb
    about = topic if topic[0].isupper() else f"{topic} cooperation"
    return rng.choice([
        f"{_cap(ref)} {verb} that {content}.",
        f"{_cap(ref)} also {verb} that {content}.",
        f"Regarding {about}, {_mid(ref)} {verb} that {content}.",
        f"{_cap(content)}, {_mid(ref)} said.",
    ])


def generate_article(rng: random.Random, index: int) -> str:
    kind = rng.choice(KINDS)
    vn, ru = rng.choice(VN), rng.choice(RU)
    in_vn = rng.random() < 0.5
    host, guest = (vn, ru) if in_vn else (ru, vn)
    place_native, place_plain = rng.choice(VN_PLACES if in_vn else RU_PLACES)
    place = place_native if rng.random() < 0.5 else place_plain
    pub = dt.date(2012, 1, 1) + dt.timedelta(days=rng.randrange(0, 13 * 365))
    when, day = _date_phrase(rng, pub)
    start = day - dt.timedelta(days=rng.choice([1, 2]))
    span = f"from {WEEKDAYS[start.weekday()]} to {WEEKDAYS[day.weekday()]}"
    topics = rng.sample(list(TOPICS), k=rng.randint(2, 4))
    layout = rng.choice(["front matter", "vov", "vns"])

    paras = [_lead(rng, kind, host, guest, place, when, span)]
    host_ref, guest_ref = rng.choice([f"Mr. {host.short}", _cap(host.role_ref)]), _cap(guest.role_ref)
    if host.pronoun == "She":
        host_ref = f"Ms. {host.short}"
    paras.append(_statement(rng, host, f"{host.title} {host.plain if rng.random() < 0.5 else host.name}", topics,
                            rng.choice(VERBS)))
    paras.append(_statement(rng, host, host.pronoun, topics, rng.choice(VERBS)))
    paras.append(_statement(rng, guest, f"{guest.title} {guest.short}", topics, rng.choice(VERBS)))
    paras.append(_statement(rng, guest, guest.pronoun, topics, rng.choice(VERBS)))
    if rng.random() < 0.7:
        paras.append(_statement(rng, host, host_ref, topics, rng.choice(VERBS)))
    if rng.random() < 0.6:
        paras.append(_statement(rng, guest, guest_ref, topics, rng.choice(VERBS)))
    for _ in range(rng.randint(1, 3)):
        who, ref = rng.choice([(host, host.pronoun), (guest, guest.pronoun), (guest, f"{guest.title} {guest.short}")])
        paras.append(_statement(rng, who, ref, topics, rng.choice(VERBS)))
    if rng.random() < 0.4:
        third = rng.choice([o for o in (RU if guest.side == "ru" else VN) if o != guest])
        paras.append(f"{_cap(host_ref)} asked {guest.short} to convey {'her' if host.pronoun == 'She' else 'his'} "
                     f"regards to {third.title} {third.name}.")
    years = rng.choice([5, 10, 15, 20, 25, 30, 70, 75])
    if rng.random() < 0.5:
        paras.append(f"The {kind} took place as the two countries marked the {years}th anniversary of an important "
                     f"milestone in their relations in {pub.year}.")
    paras.append(f"On this occasion, the two sides signed {rng.randint(2, 12)} cooperation documents in the fields of "
                 f"{', '.join(topics[:-1])} and {topics[-1]}.")
    paras.append(f"Reference number {index} of the synthetic corpus: the {kind} was reported by the press of both countries.")
    body = "\n\n".join(paras)

    headline = _headline(kind, host, guest, place_plain)
    if layout == "front matter":
        outlet = rng.choice(["Vietnam News Agency", "TASS", "Nhân Dân", "VnExpress"])
        return f"---\ntitle: {headline}\noutlet: {outlet}\ndate: {pub.isoformat()}\n---\n{headline}\n\n{body}\n"
    if layout == "vov":
        return f"{headline}\n\n(VOVWORLD) - {body}\n\nRelated News\n\n"
    city = place_plain.upper()
    return (f" date {pub.isoformat()} {'VIETNAM' if in_vn else 'RUSSIA'}, {MONTHS[pub.month - 1]} {pub.day} - "
            f"{city} — {body} — VNS")


def generate_articles(n: int, seed: int = 0) -> list[tuple[str, str]]:
    """N distinct (file name, text) pairs; names look like the seeds' (`0007_<sha256[:16]>.txt`)."""
    rng = random.Random(seed)
    out: list[tuple[str, str]] = []
    seen: set[str] = set()
    i = 0
    while len(out) < n:
        text = generate_article(rng, i)
        i += 1
        digest = hashlib.sha256(text.encode()).hexdigest()
        if digest in seen:
            continue
        seen.add(digest)
        out.append((f"{len(out):04d}_{digest[:16]}.txt", text))
    return out


def write_articles(n: int, outdir: str | Path, seed: int = 0) -> list[Path]:
    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, text in generate_articles(n, seed):
        path = outdir / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("n", type=int, help="how many articles")
    parser.add_argument("outdir", help="folder to write them to (created if missing)")
    parser.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    args = parser.parse_args(argv)
    paths = write_articles(args.n, args.outdir, args.seed)
    print(f"wrote {len(paths)} articles to {args.outdir}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
