"""A deterministic synthetic corpus: the sample articles' sentence shapes with varied names,
numbers and dates, so that no two documents are identical and entity names keep growing."""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

COUNTRIES = ["North Korea", "Russia", "Iran", "Belarus", "China", "Syria", "Venezuela", "Eritrea",
             "Ukraine", "South Korea", "Japan", "United States", "Poland", "Moldova", "Georgia"]
AGENCIES = ["the Joint Chiefs of Staff", "the National Intelligence Service", "the Ministry of "
            "Defence", "the General Staff", "the Defence Intelligence Agency", "the State Council"]
FIRST = ["Andrii", "Kim", "Lee", "Maria", "Oleksandr", "Sergei", "Park", "Anna", "Viktor",
         "Yuri", "Olena", "Choi", "Dmitri", "Nadia", "Ivan", "Min-jun", "Taras", "Irina"]
LAST = ["Kovalenko", "Seong-kweun", "Petrenko", "Volkov", "Shevchenko", "Yoon", "Morozov",
        "Bondarenko", "Han", "Sokolov", "Melnyk", "Jang", "Lysenko", "Orlov", "Kravets"]
REGIONS = ["Kursk", "Donetsk", "Belgorod", "Kharkiv", "Zaporizhzhia", "Bryansk", "Luhansk",
           "Kherson", "Sumy", "Pokrovsk", "Avdiivka", "Kupiansk", "Tokmak", "Vuhledar"]
WEAPONS = ["240mm rocket launchers", "170mm self-propelled artillery", "self-destructing drones",
           "artillery shells", "anti-tank missiles", "KN-23 missiles", "152mm shells",
           "122mm howitzers", "Shahed drones", "mechanized howitzers"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]

TEMPLATES = [
    "{agency} of {c1} reported on Monday that over {n} {dem} soldiers have been killed or "
    "wounded while fighting in {region}.",
    "In {month}, {person} said that as many as {n} {dem} troops had been sent to {c2}.",
    "{c1} has been supplying {c2} with military equipment, including {w1} and {w2}.",
    "{c1} has dispatched more troops to {c2} and repositioned others to the frontline in the "
    "{region} region, according to {agency}.",
    "In {month}, {person} of {c2} visited {c1} and signed a defense pact with {person2}.",
    "According to {person}, at least {n} {dem} soldiers stationed in {c2} have been killed, and "
    "approximately {n2} have sustained injuries in the {region} region.",
    "Neither {c1} nor {c2} have confirmed these deployments.",
    "The statement revealed that the majority of the casualties occurred during recent combat in "
    "the {region} region.",
    "{c1} is currently supplying {w1} to {c2}, {agency} noted.",
    "{person} stated that {dem} losses in the {region} region could have surpassed {n} troops.",
]
DEMONYMS = {"North Korea": "North Korean", "Russia": "Russian", "Iran": "Iranian",
            "Belarus": "Belarusian", "China": "Chinese", "Ukraine": "Ukrainian",
            "South Korea": "South Korean", "Japan": "Japanese", "United States": "American"}


def document(rng: random.Random, index: int, sentences: int = 8) -> str:
    """One synthetic article; ``index`` makes it unique."""
    out = [f"Report {index}: {rng.choice(COUNTRIES)} and {rng.choice(COUNTRIES)}"]
    for _ in range(sentences):
        c1, c2 = rng.sample(COUNTRIES, 2)
        sentence = rng.choice(TEMPLATES).format(
            agency=rng.choice(AGENCIES), c1=c1, c2=c2, dem=DEMONYMS.get(c1, c1),
            n=f"{rng.randrange(10, 20000):,}", n2=f"{rng.randrange(10, 5000):,}",
            region=rng.choice(REGIONS), month=rng.choice(MONTHS),
            person=f"{rng.choice(FIRST)} {rng.choice(LAST)}",
            person2=f"{rng.choice(FIRST)} {rng.choice(LAST)}",
            w1=rng.choice(WEAPONS), w2=rng.choice(WEAPONS),
        )
        out.append(sentence[0].upper() + sentence[1:])
    return out[0] + "\n\n" + " ".join(out[1:]) + "\n"


def documents(n: int, seed: int = 7) -> Iterator[str]:
    rng = random.Random(seed)
    for i in range(n):
        yield document(rng, i)


def write_corpus(folder: Path, n: int, seed: int = 7) -> list[Path]:
    """Write ``n`` documents as .txt files (100 per sub-folder) and return their paths."""
    paths = []
    for i, text in enumerate(documents(n, seed)):
        sub = folder / f"{i // 100:04d}"
        sub.mkdir(parents=True, exist_ok=True)
        p = sub / f"doc_{i:06d}.txt"
        p.write_text(text, encoding="utf-8")
        paths.append(p)
    return paths


def page(text: str, index: int) -> str:
    """``text`` (a headline, a blank line, the story) as a news page with furniture around it."""
    headline, _, story = text.partition("\n\n")
    day = 1 + index % 28
    return (
        "<!doctype html><html><head><meta charset='utf-8'>"
        f"<title>{headline} | Synthetic Wire</title>"
        f"<meta property='og:title' content='{headline}'>"
        "<meta property='og:site_name' content='Synthetic Wire'>"
        f"<meta property='article:published_time' content='2024-11-{day:02d}T08:00:00Z'>"
        f"<meta name='author' content='Desk {index % 7}'></head><body>"
        "<nav><a href='/'>Home</a> <a href='/world'>World</a> <a href='/sport'>Sport</a></nav>"
        f"<article><h1>{headline}</h1><p>{story.strip()}</p></article>"
        "<aside class='related'><a href='/x'>Another story entirely</a></aside>"
        "<footer>© 2024 Synthetic Wire</footer></body></html>"
    )


def write_warc(path: Path, n: int, seed: int = 7) -> dict[str, int]:
    """A gzipped WARC of ``n`` news pages as a crawler writes them: a warcinfo record, and per
    page a request and an HTML response; plus one image response and one 404 per 100 pages.
    Returns the count of records by kind."""
    from io import BytesIO

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    counts = {"warcinfo": 1, "request": 0, "html": 0, "image": 0, "404": 0}
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "kg tests"}))

        def response(url: str, status: str, ctype: str, body: bytes) -> None:
            http = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=BytesIO(body),
                                                          http_headers=http))
            request = StatusAndHeaders("GET / HTTP/1.1", [("Host", "wire.example.com")],
                                       is_http_request=True)
            writer.write_record(writer.create_warc_record(url, "request", http_headers=request))
            counts["request"] += 1

        for i, text in enumerate(documents(n, seed)):
            url = f"https://wire.example.com/2024/11/story-{i}"
            response(url, "200 OK", "text/html; charset=utf-8", page(text, i).encode("utf-8"))
            counts["html"] += 1
            if i % 100 == 0:
                response(f"https://wire.example.com/img/{i}.png", "200 OK", "image/png",
                         b"\x89PNG\r\n\x1a\n" + bytes(64))
                response(f"https://wire.example.com/gone/{i}", "404 Not Found", "text/html",
                         b"<html><body>Not found</body></html>")
                counts["image"] += 1
                counts["404"] += 1
    return counts
