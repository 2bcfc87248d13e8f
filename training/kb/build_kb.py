"""Build Marsad's knowledge base: babel/pycountry data + rules + hand-curated files -> src/marsad/data/kb/*.jsonl.

    .venv/bin/python training/kb/build_kb.py            # writes src/marsad/data/kb/*.jsonl and prints counts

Generated parts (by name of source):
- countries and territories: Arabic names from babel's CLDR Arabic locale (``babel.Locale('ar').territories``),
  ISO 3166-1 alpha-3 codes and English names from pycountry; nationality adjectives by rule from the Arabic name
  (فرنسا -> فرنسي/فرنسية, الصين -> صيني/صينية), irregular ones from ``curated/countries.tsv``;
- cities: babel's Arabic exemplar city names from time-zone data (``Locale('ar').time_zones``) with the country
  from CLDR's zone territories; a stop list below drops exemplar names that are ordinary Arabic words;
- ministries, armies, embassies and consulates, governments, parliaments and nationals: one per sovereign state, by rule
  (``وزارة الخارجية`` + feminine adjective, ``الجيش`` + masculine adjective, ``السفارة``/``القنصلية``/``الحكومة`` + feminine,
  ``البرلمان`` + masculine, plural ``الفرنسيون/الفرنسيين`` as MISC, irregular plurals curated below).
Hand-curated parts (``training/kb/curated/*.tsv``, written for Marsad): extra country names and adjectives,
cities and regions, organisations, outlets, armed groups and parties, persons. Curated entries win over generated
ones when both claim a name.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

import babel
import pycountry
from babel.core import get_global

ROOT = Path(__file__).resolve().parents[2]
CURATED = Path(__file__).resolve().parent / "curated"
OUT = ROOT / "src" / "marsad" / "data" / "kb"

sys.path.insert(0, str(ROOT / "src"))
from marsad.text.normalize import normalize  # noqa: E402

HARAKAT = re.compile(r"[\u064B-\u0652\u0670\u0640]")

# babel territory codes that are not countries or territories (regions, groupings, test codes).
NOT_COUNTRIES = {"EU", "EZ", "UN", "XA", "XB", "ZZ", "QO", "AC", "CP", "DG", "EA", "IC", "TA"}
# Dependent territories and uninhabited areas: no ministries or armies are generated for them.
DEPENDENT = {
    "AS", "AI", "AQ", "AW", "AX", "BL", "BM", "BQ", "BV", "CC", "CK", "CW", "CX", "EH", "FK", "FO", "GF", "GG",
    "GI", "GL", "GP", "GS", "GU", "HK", "HM", "IM", "IO", "JE", "KY", "MF", "MO", "MP", "MQ", "MS", "NC", "NF",
    "NU", "PF", "PM", "PN", "PR", "RE", "SH", "SJ", "SX", "TC", "TF", "TK", "UM", "VG", "VI", "WF", "YT", "VA",
}
# babel exemplar city names that are ordinary words or unusable (checked by hand).
CITY_STOP = {
    "نوم", "سمراء", "ماهي", "ترك", "سنتر", "استر", "واك", "جوني", "بلم", "كناري", "مدينة غير معروفة", "باهيا",
    "حي الأمير السفلي", "كانتون", "بويس", "كريسماس", "العيون", "جوجو", "ثيل", "ديلي", "كونكس", "دارون", "برثا",
    "أورال", "سول", "ترول", "كاساي", "دافيز", "بالمير", "سايووا", "ماوسون", "فوستوك", "روثيرا", "استانلي",
    "أشوا", "سيتا", "مكويلون", "جامبير", "بيولا، داكوتا الشمالية", "مدينة تل، إنديانا", "سانت توماس",
    "سانت فنسنت", "كومبو جراند", "ساو تومي", "ليما", "لا باز", "نوميا", "بلانك-سابلون", "فينكس",
    "هيبرون (مدينة الخليل)", "مدينة هو تشي منة",
}
ZONE_FALLBACK = {  # CLDR zone ids whose territory babel does not resolve (legacy aliases)
    "Africa/Asmera": "ER", "Asia/Calcutta": "IN", "Asia/Rangoon": "MM", "Asia/Katmandu": "NP", "Europe/Kiev": "UA",
    "America/Buenos_Aires": "AR", "America/Cordoba": "AR", "America/Mendoza": "AR", "America/Catamarca": "AR",
    "America/Indianapolis": "US", "America/Louisville": "US", "Atlantic/Faeroe": "FO", "America/Godthab": "GL",
    "Pacific/Truk": "FM", "Pacific/Ponape": "FM", "America/Coral_Harbour": "CA", "Pacific/Enderbury": "KI",
}
MINISTRIES = (  # (Arabic noun after وزارة, English)
    ("الخارجية", "Ministry of Foreign Affairs"), ("الدفاع", "Ministry of Defence"),
    ("الداخلية", "Ministry of the Interior"), ("المالية", "Ministry of Finance"), ("العدل", "Ministry of Justice"),
    ("الصحة", "Ministry of Health"), ("الاقتصاد", "Ministry of Economy"), ("الطاقة", "Ministry of Energy"),
    ("التجارة", "Ministry of Trade"), ("التعليم", "Ministry of Education"), ("الزراعة", "Ministry of Agriculture"),
)
# Group names that are not the regular plural of the adjective (hand-curated).
IRREGULAR_PLURALS = {
    "TUR": ["الأتراك"], "RUS": ["الروس"], "DEU": ["الألمان"], "AFG": ["الأفغان"], "USA": ["الأمريكان", "الأميركان"],
    "GBR": ["البريطانيون", "البريطانيين", "الإنجليز", "الانجليز"], "IRN": ["الإيرانيون", "الإيرانيين", "الفرس"],
    "ESP": ["الإسبان"], "JPN": ["اليابانيون", "اليابانيين"], "SDN": ["السودانيون", "السودانيين"],
}
# Peoples without a state of their own (MISC).
PEOPLES = (("marsad:kurds", "Kurds", ["الأكراد", "الكرد", "أكراد"]),
           ("marsad:arabs", "Arabs", ["العرب"]), ("marsad:turkmen", "Turkmen", ["التركمان"]),
           ("marsad:yazidis", "Yazidis", ["الإيزيديين", "الإيزيديون", "الأيزيديين"]),
           ("marsad:druze", "Druze", ["الدروز"]), ("marsad:amazigh", "Amazigh", ["الأمازيغ"]))
KIND_FILE = {
    "country": "countries", "territory": "countries", "city": "cities", "continent": "regions",
    "region": "regions", "sea": "regions", "strait": "regions", "canal": "regions", "river": "regions",
    "facility": "regions", "organisation": "organisations", "company": "companies", "ministry": "ministries",
    "military": "military", "embassy": "embassies", "government": "governments",
    "legislature": "governments", "nationality": "nationalities", "people": "nationalities", "person": "persons", "outlet": "outlets", "armed_group": "armed_groups",
    "party": "parties", "club": "organisations",
    "event": "events", "award": "events", "treaty": "events", "programme": "events",
}
VALID_ISO3 = {c.alpha_3 for c in pycountry.countries} | {"XKX"}


def clean(s: str) -> str:
    return HARAKAT.sub("", s).strip()


def strip_al(s: str) -> str:
    return s[2:] if s.startswith("ال") and len(s) > 3 else s


def adjective_by_rule(name: str) -> str | None:
    """Masculine nisba adjective (without ال) of a one-word Arabic country name, or None when irregular."""
    if " " in name or "-" in name or "(" in name:
        return None
    stem = strip_al(name)
    if stem.endswith("يا"):
        return stem[:-1]
    if stem.endswith("ا"):
        return stem[:-1] + "ي"
    if stem.endswith("ة"):
        return stem[:-1] + "ي"
    if stem.endswith("ي"):
        return stem
    if stem.endswith("و"):
        return None
    return stem + "ي"


def adjective_forms(masc: str) -> list[str]:
    """All four forms of a (possibly two-word) adjective: masc/fem, with and without ال."""
    words = masc.split()
    fem = [w + "ة" for w in words]
    return [" ".join(words), " ".join("ال" + w for w in words), " ".join(fem), " ".join("ال" + w for w in fem)]


def read_tsv(name: str) -> list[list[str]]:
    rows = []
    for line in (CURATED / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append([f.strip() for f in line.split("|")])
    return rows


def split_list(s: str, sep: str = ";") -> list[str]:
    return [x.strip() for x in s.split(sep) if x.strip()]


def parse_extra(s: str) -> dict:
    out = {}
    for part in split_list(s):
        if "=" in part:
            k, v = part.split("=", 1)
            out[k.strip()] = v.strip()
    return out


def entry(id, name_en, names_ar, latin, type, kind, country, source, **more) -> dict:
    names = []
    for n in names_ar:
        n = clean(n)
        if n and n not in names:
            names.append(n)
    e = {"id": id, "name_en": name_en, "names_ar": names, "aliases_latin": [x for x in dict.fromkeys(latin) if x],
         "type": type, "kind": kind, "country": country, "source": source}
    e.update({k: v for k, v in more.items() if v not in (None, [], "")})
    return e


def build_countries() -> tuple[list[dict], dict[str, dict]]:
    curated = {r[0]: r for r in read_tsv("countries.tsv")}
    out, by_iso = [], {}
    for a2, ar in babel.Locale("ar").territories.items():
        if len(a2) != 2 or a2 in NOT_COUNTRIES:
            continue
        c = pycountry.countries.get(alpha_2=a2)
        iso3 = c.alpha_3 if c else ("XKX" if a2 == "XK" else None)
        if iso3 is None:
            continue
        ar = clean(re.sub(r"\s*\(.*?\)", "", ar))
        cur = curated.get(iso3, [iso3, "", "", "", "", ""])
        cur += [""] * (6 - len(cur))
        name_en = cur[2] or (getattr(c, "common_name", None) or c.name if c else "Kosovo")
        names = [ar] + split_list(cur[3])
        adjs = split_list(cur[4]) or [a for a in [adjective_by_rule(ar)] if a]
        adjectives = [f for a in adjs for f in adjective_forms(a)]
        qid = cur[1] or f"marsad:{iso3.lower()}"
        kind = "territory" if a2 in DEPENDENT else "country"
        e = entry(qid, name_en, names, [name_en] + split_list(cur[5]), "LOC", kind, iso3, "babel+pycountry",
                  adjectives_ar=adjectives, sovereign=a2 not in DEPENDENT)
        out.append(e)
        by_iso[iso3] = e
    return out, by_iso


def build_cities(by_iso: dict[str, dict], taken: set[str]) -> list[dict]:
    zt = get_global("zone_territories")
    out = []
    for tz, d in babel.Locale("ar").time_zones.items():
        city = d.get("city")
        if not city or city in CITY_STOP:
            continue
        a2 = zt.get(tz) or ZONE_FALLBACK.get(tz)
        c = pycountry.countries.get(alpha_2=a2) if a2 and a2 != "001" else None
        if c is None:
            continue
        name = clean(city)
        if normalize(name) in taken:  # the country of the same name, or a curated city, wins
            continue
        name_en = tz.split("/")[-1].replace("_", " ")
        out.append(entry(f"marsad:tz-{tz.lower().replace('/', '-')}", name_en, [name], [name_en], "LOC", "city",
                         c.alpha_3, "babel-timezones"))
        taken.add(normalize(name))
    return out


def build_generated_orgs(countries: list[dict], taken: set[str]) -> list[dict]:
    out = []
    for c in countries:
        if not c.get("sovereign") or not c.get("adjectives_ar"):
            continue
        masc_def, fem_def = c["adjectives_ar"][1], c["adjectives_ar"][3]
        slug = c["country"].lower()
        for noun, en in MINISTRIES:
            names = [n for n in (f"وزارة {noun} {fem_def}", f"{noun} {fem_def}") if normalize(n) not in taken]
            if noun != "الخارجية":
                names = [n for n in names if n.startswith("وزارة")]  # "الدفاع اليابانية" is usually "defence policy"
            if not names:
                continue
            out.append(entry(f"marsad:ministry-{noun_slug(en)}-{slug}", f"{en} of {c['name_en']}", names, [],
                             "ORG", "ministry", c["country"], "rule"))
        army = f"الجيش {masc_def}"
        if normalize(army) not in taken:
            out.append(entry(f"marsad:army-{slug}", f"Armed forces of {c['name_en']}",
                             [army, f"القوات المسلحة {fem_def}"], [], "ORG", "military", c["country"], "rule"))
        for noun, en, form in (("الحكومة", "Government", fem_def), ("البرلمان", "Parliament", masc_def)):
            name = f"{noun} {form}"
            if normalize(name) not in taken:
                out.append(entry(f"marsad:{en.lower()}-{slug}", f"{en} of {c['name_en']}", [name], [], "ORG",
                                 "government" if en == "Government" else "legislature", c["country"], "rule"))
        # nationals as a group (MISC, as ANERcorp tags them): الفرنسيون / الفرنسيين
        plurals = []
        for a in c["adjectives_ar"][0::4]:
            words = a.split()
            for suf in ("ون", "ين"):
                plurals.append(" ".join("ال" + w + suf for w in words))
        plurals += IRREGULAR_PLURALS.get(c["country"], [])
        plurals = [p for p in plurals if normalize(p) not in taken]
        if plurals:
            out.append(entry(f"marsad:nationals-{slug}", f"{c['name_en']} nationals", plurals, [], "MISC",
                             "nationality", c["country"], "rule"))
        embassy = f"السفارة {fem_def}"
        if normalize(embassy) not in taken:
            out.append(entry(f"marsad:embassy-{slug}", f"Embassy of {c['name_en']}", [embassy], [], "ORG",
                             "embassy", c["country"], "rule"))
        # consulates, as embassies (القنصلية الأمريكية في إسطنبول)
        consulates = [n for n in (f"القنصلية {fem_def}", f"القنصلية العامة {fem_def}") if normalize(n) not in taken]
        if consulates:
            out.append(entry(f"marsad:consulate-{slug}", f"Consulate of {c['name_en']}", consulates, [], "ORG",
                             "embassy", c["country"], "rule"))
    return out


def noun_slug(en: str) -> str:
    return en.lower().replace("ministry of ", "").replace("the ", "").replace(" ", "-")


def build_curated(files: list[str]) -> list[dict]:
    out = []
    for name in files:
        for r in read_tsv(name):
            r += [""] * (8 - len(r))
            id, type, kind, country, name_en, names, latin, extra = r[:8]
            ex = parse_extra(extra)
            more = {}
            if ex.get("title"):
                more["title_ar"] = split_list(ex["title"], ",")
            if ex.get("gender"):
                more["gender"] = ex["gender"]
            if ex.get("term"):
                more["term"] = ex["term"]
            if ex.get("weak"):
                more["weak_ar"] = [clean(w) for w in split_list(ex["weak"], ",")]
            if ex.get("capital"):
                more["capital"] = True
            if ex.get("noclitic"):  # proclitics that make the name a common word (بحماس "with enthusiasm")
                more["no_clitic_ar"] = ex["noclitic"]
            out.append(entry(id, name_en, abd_variants(split_list(names)), split_list(latin), type, kind,
                             country or None, "curated", **more))
    return out


_ABD_SPACED = re.compile(r"(?<!\S)عبد (?=ال|رب)")
_ABD_JOINED = re.compile(r"(?<!\S)عبد(?=ال|رب)")


def abd_variants(names: list[str]) -> list[str]:
    """Theophoric names are printed both spaced and joined (``عبد العزيز`` / ``عبدالعزيز``, Saudi press mostly
    joins them): every curated name gets the other spelling too."""
    out = list(names)
    for n in names:
        for v in (_ABD_SPACED.sub("عبد", n), _ABD_JOINED.sub("عبد ", n)):
            if v not in out:
                out.append(v)
    return out


ARAB_STATES = frozenset("SAU ARE QAT KWT BHR OMN YEM IRQ SYR JOR LBN PSE EGY SDN LBY TUN DZA MAR MRT SOM DJI COM"
                        .split())


def g_variants(entries: list[dict]) -> None:
    """A foreign place's hard g is printed غ or ج (لوكسمبورغ / لوكسمبورج, هونغ كونغ / هونج كونج, غلاسكو /
    جلاسكو): a place's names get the ج spelling for a word-final غ, and for an initial غ when the English name
    starts with G (not Gh), when that spelling names nothing else."""
    taken = {normalize(n) for e in entries for n in e["names_ar"]}
    for e in entries:
        if e["type"] != "LOC" or "g" not in e["name_en"].lower() or "gh" in e["name_en"].lower() \
                or e.get("country") in ARAB_STATES:
            continue  # رابغ (Rabigh), غزة: Arabic names have a real غ
        initial = e["name_en"][:1] == "G" and not e["name_en"].startswith("Gh")
        for n in list(e["names_ar"]):
            words = n.split()
            new = [w[:-1] + "ج" if w.endswith("غ") and len(w) >= 4 else w for w in words]
            if initial and new and new[0].startswith("غ"):
                new[0] = "ج" + new[0][1:]
            v = " ".join(new)
            if v != n and normalize(v) not in taken:
                e["names_ar"].append(v)
                taken.add(normalize(v))


def merge_country_extras(countries: list[dict]) -> None:
    """A few countries' babel names are not the usual news form; keep both (e.g. تركيا, الدانمرك/الدنمارك)."""
    for c in countries:
        for n in list(c["names_ar"]):
            if n.startswith("ال") and strip_al(n) not in c["names_ar"] and c["country"] in {"JPN", "CHN"}:
                pass  # bare forms (يابان, صين) are not used in news; nothing to add


def drop_descriptor_variants(entries: list[dict]) -> None:
    """``تنظيم داعش``, ``قناة الجزيرة``, ``محافظة لحج``: the descriptor is not part of the name when the rest is one."""
    from marsad.data.titles import DESCRIPTORS

    desc = {normalize(d) for d in DESCRIPTORS}
    for e in entries:
        own = {normalize(n) for n in e["names_ar"] + e.get("weak_ar", [])}
        keep = []
        for n in e["names_ar"]:
            head, _, rest = normalize(n).partition(" ")
            if head in desc and rest in own:
                # remembered: after قناة the channel, after صحيفة the paper (الجزيرة names both)
                word = n.split()[0]
                if word not in e.setdefault("descriptors_ar", []):
                    e["descriptors_ar"].append(word)
                continue
            keep.append(n)
        e["names_ar"] = keep


# Names that are also ordinary words: they match only after a descriptor or title (مدينة العقبة), in quotes, or
# once the entity was named otherwise in the article.
WEAK_NAMES = {"مالي", "بنين", "العقبة", "أبين", "فاس", "الأقصر", "سلمان", "حجة", "العمارة", "الحلة", "حديثة", "الداخلة",
              "تدمر", "القصير", "ينبع", "القريات", "الرطبة", "الزاوية", "المفرق", "معان", "الميادين"}


def weaken_and_strip_titles(entries: list[dict]) -> None:
    """``الملك سلمان بن عبد العزيز`` -> ``سلمان بن عبد العزيز``: a title is not part of a name (the contract's
    mention spans are names); a title-stripped single word (``الملك سلمان`` -> ``سلمان``) becomes weak."""
    from marsad.data.titles import TITLES

    titles = sorted({normalize(t.ar) for t in TITLES} | {normalize("خادم الحرمين الشريفين")}, key=len, reverse=True)
    for e in entries:
        names, weak = [], list(e.get("weak_ar", []))
        for n in e["names_ar"]:
            nn = normalize(n)
            t = next((t for t in titles if nn.startswith(t + " ")), None)
            if t is not None:
                rest = " ".join(n.split()[len(t.split()):])
                if len(rest.split()) >= 2 and rest not in names:
                    names.append(rest)
                elif len(rest.split()) == 1 and rest not in weak:
                    weak.append(rest)
                continue
            if n in WEAK_NAMES:
                weak.append(n)
                continue
            names.append(n)
        if e["kind"] == "person" and any(normalize(n) == t for n in names for t in titles):
            names = [n for n in names if normalize(n) not in titles]
        e["names_ar"] = list(dict.fromkeys(names))
        if weak:
            e["weak_ar"] = list(dict.fromkeys(weak))


def check(entries: list[dict]) -> None:
    ids = Counter(e["id"] for e in entries)
    dup = [i for i, n in ids.items() if n > 1]
    if dup:
        raise SystemExit(f"duplicate ids: {dup[:10]}")
    for e in entries:
        if e["country"] and e["country"] not in VALID_ISO3:
            raise SystemExit(f"{e['id']}: invalid ISO3 {e['country']}")
        if not e["names_ar"] and not e.get("weak_ar"):
            raise SystemExit(f"{e['id']}: no Arabic name")


def main() -> int:
    countries, by_iso = build_countries()
    merge_country_extras(countries)
    curated = build_curated(["places.tsv", "organisations.tsv", "outlets.tsv", "groups.tsv", "persons.tsv"])
    curated += [entry(i, en, names, [en], "MISC", "people", None, "curated") for i, en, names in PEOPLES]
    drop_descriptor_variants(countries + curated)
    weaken_and_strip_titles(countries + curated)
    taken = {normalize(n) for e in countries + curated for n in e["names_ar"]}
    cities = build_cities(by_iso, taken)
    taken |= {normalize(n) for e in cities for n in e["names_ar"]}
    generated = build_generated_orgs(countries, taken)
    entries = countries + curated + cities + generated
    g_variants(entries)
    check(entries)
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.jsonl"):
        old.unlink()
    groups: dict[str, list[dict]] = defaultdict(list)
    for e in entries:
        groups[KIND_FILE[e["kind"]]].append(e)
    for fname, rows in sorted(groups.items()):
        with open(OUT / f"{fname}.jsonl", "w", encoding="utf-8") as f:
            for e in sorted(rows, key=lambda e: e["id"]):
                f.write(json.dumps(e, ensure_ascii=False, sort_keys=True) + "\n")
        print(f"{fname:14s} {len(rows):5d}")
    print(f"{'total':14s} {len(entries):5d}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
