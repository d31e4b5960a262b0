#!/usr/bin/env python3
"""Deterministic benchmark corpus: recombines the sample reports' blocks into N MB of reports.

    bench/make-corpus.py OUT_DIR MEGABYTES [--files N] [--seed S] [--samples DIR]

Bulletins (the ITIC samples) are cut into sections: a heading line and the bullets and
paragraphs under it, citations and all. Each generated bulletin gets a title with a fresh
one-week report period and a shuffled selection of sections from all bulletins; every
"Month D, YYYY" date is moved into that period, place names are permuted among the places the
samples name, and small counts are redrawn. One file in ten is the news feature (sample 004)
with the same substitutions. A seeded RNG makes the corpus byte-identical on every run, so
figures from different machines or commits measure the same input.
"""
import argparse
import datetime
import os
import random
import re
import sys

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
MONTH_RX = "|".join(MONTHS)

# Places the samples name; each generated file permutes them (a town stays a town-sized name).
PLACES = ["Idlib", "Aleppo", "Hama", "Homs", "Raqqa", "Deir ez-Zor", "Albukamal", "Al-Mayadeen",
          "Manbij", "Kirkuk", "Mosul", "Rawa", "Kabul", "Nangarhar", "Tikrit", "Samarra",
          "Baqubah", "Fallujah", "Ramadi", "Baghdad", "Diyala", "Anbar", "Daraa", "Palmyra",
          "Al-Baghouz", "Hajin", "Mushayrafa", "Kafrnubl", "Jalalabad", "Tel Sfouk"]

TOKEN = re.compile(
    rf"(?P<date>\b(?P<month>{MONTH_RX}) (?P<day>\d{{1,2}})(?:[-–](?P<day2>\d{{1,2}}))?(?:, (?P<year>\d{{4}}))?\b)"
    rf"|(?P<place>\b(?:{'|'.join(re.escape(p) for p in PLACES)})\b)"
    r"|(?P<number>(?<![\w.,:/-])\d{1,3}(?![\w.,:/-]|,\d))")


def is_heading(line: str) -> bool:
    s = line.strip()
    if not s or s.startswith(("-", "•", "*", "◦", "o ")):
        return False
    return len(s) < 90 and not s.endswith((".", ":", ")", "”", '"'))


def sections(text: str) -> list[str]:
    """A report's sections after its title line: heading plus the lines under it."""
    lines = text.splitlines()[1:]
    out, current = [], []
    for line in lines:
        if is_heading(line) and any(l.strip() for l in current):
            out.append("\n".join(current).strip("\n"))
            current = []
        current.append(line)
    if any(l.strip() for l in current):
        out.append("\n".join(current).strip("\n"))
    return out


class Rewriter:
    """Moves dates into the report period, permutes places, redraws counts: one file's substitutions."""

    def __init__(self, rng: random.Random, start: datetime.date, days: int):
        self.rng, self.start, self.days = rng, start, days
        shuffled = PLACES[:]
        rng.shuffle(shuffled)
        self.places = dict(zip(PLACES, shuffled))

    def day(self) -> datetime.date:
        return self.start + datetime.timedelta(days=self.rng.randrange(self.days))

    def __call__(self, m: re.Match) -> str:
        if m.group("date"):
            d = self.day()
            text = f"{MONTHS[d.month - 1]} {d.day}"
            if m.group("day2"):
                text += f"-{min(d.day + self.rng.randrange(1, 4), 28)}"
            if m.group("year"):
                text += f", {d.year}"
            return text
        if m.group("place"):
            return self.places[m.group("place")]
        n = int(m.group("number"))
        if n < 2:
            return m.group("number")
        return str(self.rng.randrange(2, max(3, n * 2)))

    def rewrite(self, text: str) -> str:
        return TOKEN.sub(self, text)


def period(rng: random.Random) -> tuple[datetime.date, int]:
    start = datetime.date(2015, 1, 1) + datetime.timedelta(days=rng.randrange(9 * 365))
    return start, 7


def title(start: datetime.date, days: int) -> str:
    end = start + datetime.timedelta(days=days - 1)
    if start.month == end.month:
        span = f"{MONTHS[start.month - 1]} {start.day}-{end.day}, {end.year}"
    elif start.year == end.year:
        span = f"{MONTHS[start.month - 1]} {start.day} – {MONTHS[end.month - 1]} {end.day}, {end.year}"
    else:
        span = f"{MONTHS[start.month - 1]} {start.day}, {start.year} – {MONTHS[end.month - 1]} {end.day}, {end.year}"
    return f"Spotlight on Global Jihad ({span})"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out")
    ap.add_argument("megabytes", type=float)
    ap.add_argument("--files", type=int, help="number of files (default: one per 20 KB)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--samples", default=os.path.join(os.path.dirname(__file__), "..", "samples"))
    args = ap.parse_args()

    names = sorted(f for f in os.listdir(args.samples) if f.endswith(".txt"))
    texts = {n: open(os.path.join(args.samples, n), encoding="utf-8").read() for n in names}
    feature = [n for n in names if not texts[n].splitlines()[0].strip().startswith(("Spotlight", "MESOPOTAMIA", "Main events"))]
    pool = [s for n in names if n not in feature for s in sections(texts[n])]
    if not pool:
        print("make-corpus: no bulletin sections found in " + args.samples, file=sys.stderr)
        return 1

    total = int(args.megabytes * 1_000_000)
    files = args.files or max(1, total // 20_000)
    rng = random.Random(args.seed)
    os.makedirs(args.out, exist_ok=True)
    written = 0
    for i in range(files):
        start, days = period(rng)
        rewrite = Rewriter(rng, start, days)
        if feature and i % 10 == 9:
            body = rewrite.rewrite(texts[feature[i // 10 % len(feature)]])
        else:
            parts = [title(start, days), ""]
            size = 0
            target = (total - written) // (files - i)  # feature files are short: the bulletins make up the rest
            while size < target - 200:
                part = rewrite.rewrite(rng.choice(pool))
                parts += [part, ""]
                size += len(part.encode("utf-8")) + 2
            body = "\n".join(parts)
        data = body.encode("utf-8")
        with open(os.path.join(args.out, f"r{i:05d}.txt"), "wb") as f:
            f.write(data)
        written += len(data)
    print(f"make-corpus: {files} files, {written / 1e6:.1f} MB in {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
