"""The site's features beyond plain pages: search, timeline filters, feeds and published data.

Each test states the contract it checks in its docstring.  A feature that is not there fails
its test, naming what is missing.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import math
import re
import time
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from conftest import open_page, rel

TOPICS = ["idlib", "libya", "eu-response"]


def need_file(site_dir: Path, name: str) -> Path:
    path = site_dir / name
    if not path.is_file():
        pytest.fail(f"{name} is missing from the built site", pytrace=False)
    return path


def page_of(site_dir: Path, url: str) -> Path | None:
    """The site file a file:// URL opens (index.html for a folder), or None if outside."""
    parts = urlsplit(url)
    if parts.scheme != "file":
        return None
    path = Path(unquote(parts.path))
    if path.is_dir():
        path = path / "index.html"
    try:
        path.relative_to(site_dir)
    except ValueError:
        return None
    return path


# --------------------------------------------------------------------------- search

SEARCH_PAGE = "search/index.html"

# Displayed links in the page, outside its masthead, navigation and footer.
RESULT_LINKS = """
return [...document.querySelectorAll('a[href]')]
  .filter(a => !a.closest('header, nav, footer, .skip'))
  .filter(a => a.getClientRects().length > 0 && getComputedStyle(a).visibility !== 'hidden')
  .map(a => a.href);
"""


def _search(browser, site_dir: Path, query: str, expect=None, wait: float = 4.0) -> set[Path]:
    """Types `query` into the search box; returns the pages the displayed results link to.

    With `expect`, waits until a result links to it (pressing Enter if typing alone did not
    show it, for a search that submits a form); without, waits `wait` seconds for results.
    """
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    need_file(site_dir, SEARCH_PAGE)
    entries = open_page(browser, site_dir, SEARCH_PAGE)
    boxes = browser.find_elements(By.CSS_SELECTOR, "main input[type=search]") \
        or browser.find_elements(By.CSS_SELECTOR, "input[type=search]")
    boxes = [b for b in boxes if b.is_displayed()]
    if not boxes:
        pytest.fail(f"{SEARCH_PAGE} shows no <input type=search>", pytrace=False)
    box = boxes[0]
    box.clear()
    box.send_keys(query)

    def results() -> set[Path]:
        found = set()
        for url in browser.execute_script(RESULT_LINKS):
            page = page_of(site_dir, url.split("#")[0])
            if page is not None and page != site_dir / SEARCH_PAGE:
                found.add(page)
        return found

    def poll(seconds: float) -> set[Path]:
        deadline = time.monotonic() + seconds
        while True:
            found = results()
            if expect is not None and expect in found:
                return found
            if time.monotonic() > deadline:
                return found
            time.sleep(0.1)

    found = poll(wait if expect is not None else min(wait, 1.5))
    if expect is not None and expect not in found:
        box.send_keys(Keys.ENTER)
        time.sleep(0.3)
        found = poll(wait)
    errors = [e for e in entries + browser.get_log("browser") if e.get("level") == "SEVERE"]
    if errors:
        pytest.fail(f"console errors while searching {query!r}:\n"
                    + "\n".join(f"  {e['message']}" for e in errors), pytrace=False)
    return found


@pytest.mark.parametrize("query, target", [
    ("Erdogan", "actors/recep-tayyip-erdogan/index.html"),
    ("Saraqeb", "articles/2020-02-04-soldats-turcs-tues-saraqeb/index.html"),
])
def test_search_finds_the_page(browser, site_dir, query, target):
    """search/index.html has an <input type=search>; typing the query shows a result that
    links to the target page (from file://: the index cannot be fetched, it must be loaded
    by a <script>)."""
    expect = site_dir / target
    found = _search(browser, site_dir, query, expect=expect)
    if expect not in found:
        shown = sorted(rel(site_dir, p) for p in found)
        pytest.fail(f"searching {query!r} shows no link to {target}; results: {shown[:15]}",
                    pytrace=False)


def test_search_ignores_accents(browser, site_dir):
    """"Genève" and "geneve" find the same pages, at least one (the Berlin conference article
    speaks of Genève)."""
    expect = site_dir / "articles/2020-01-19-conference-berlin-libye/index.html"
    accented = _search(browser, site_dir, "Genève", expect=expect)
    plain = _search(browser, site_dir, "geneve", expect=expect)
    assert expect in accented, f"'Genève' does not find {rel(site_dir, expect)}: " \
        f"{sorted(rel(site_dir, p) for p in accented)}"
    assert plain == accented, (
        "'geneve' and 'Genève' give different results:\n"
        f"  Genève: {sorted(rel(site_dir, p) for p in accented)}\n"
        f"  geneve: {sorted(rel(site_dir, p) for p in plain)}")


def test_search_filters_out_what_does_not_match(browser, site_dir):
    """A query that matches nothing shows no result (the results are not a fixed list)."""
    found = _search(browser, site_dir, "xqzwvk", expect=None)
    content = [p for p in found if len(rel(site_dir, p).split("/")) == 3
               and rel(site_dir, p).split("/")[0] in ("actors", "articles", "topics", "notes")]
    assert not content, f"'xqzwvk' shows results: {sorted(rel(site_dir, p) for p in content)}"


# --------------------------------------------------------------------------- timeline filters

# A month of the timeline: full event cards and their filters live on the month pages.
TIMELINE = "timeline/2020-02/index.html"

EVENTS_STATE = """
return [...document.querySelectorAll('.event[data-topics]')].map(e => ({
  id: e.id || '',
  topics: (e.dataset.topics || '').split(/\\s+/).filter(Boolean),
  actors: (e.dataset.actors || '').split(/\\s+/).filter(Boolean),
  type: (e.dataset.type || '').split(/\\s+/).filter(Boolean),
  shown: e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden',
}));
"""

# Finds the control that selects `value`: an <option>, a checkbox or radio <input>, or a
# <button>/[data-value]/[data-filter] carrying it; selects it; returns how it was found.
SELECT_FILTER = """
const value = arguments[0];
const fire = el => { el.dispatchEvent(new Event('input', {bubbles: true}));
                     el.dispatchEvent(new Event('change', {bubbles: true})); };
for (const sel of document.querySelectorAll('select')) {
  for (const opt of sel.options) {
    if (opt.value === value) { sel.value = value; fire(sel); return 'select ' + (sel.name || sel.id); }
  }
}
const esc = CSS.escape(value);
const input = document.querySelector(`input[type=checkbox][value="${esc}"], input[type=radio][value="${esc}"]`);
if (input) { if (!input.checked) input.click(); return 'input ' + (input.name || input.id); }
const button = document.querySelector(`button[value="${esc}"], [data-value="${esc}"], [data-filter="${esc}"]`);
if (button) { button.click(); return 'button ' + button.outerHTML.slice(0, 80); }
return null;
"""


def _events(browser):
    return browser.execute_script(EVENTS_STATE)


def _filter_values(events, field):
    counts = {}
    for e in events:
        for v in e[field]:
            counts[v] = counts.get(v, 0) + 1
    return counts


def _check_filter(browser, site_dir, field: str, value: str | None):
    open_page(browser, site_dir, TIMELINE)
    events = _events(browser)
    if not events:
        pytest.fail(f"{TIMELINE} has no element of class \"event\" with data-topics", pytrace=False)
    missing = [e["id"] or "?" for e in events if not e[field]]
    if missing:
        pytest.fail(f"{len(missing)} event(s) without data-{field}: {missing[:10]}", pytrace=False)
    hidden = [e["id"] for e in events if not e["shown"]]
    assert not hidden, f"before any filter, events are hidden: {hidden[:10]}"
    counts = _filter_values(events, field)
    if value is None:  # the most common value that does not cover every event
        partial = [v for v, n in sorted(counts.items(), key=lambda kv: -kv[1]) if n < len(events)]
        if not partial:
            pytest.fail(f"every event has the same data-{field}: cannot check its filter", pytrace=False)
        value = partial[0]
    inside = [e for e in events if value in e[field]]
    outside = [e for e in events if value not in e[field]]
    if not inside or not outside:
        pytest.fail(f"the timeline needs events with and without {field} {value!r} to check the "
                    f"filter ({len(inside)} with, {len(outside)} without)", pytrace=False)

    how = browser.execute_script(SELECT_FILTER, value)
    if how is None:
        pytest.fail(f"{TIMELINE} has no filter control for {field} {value!r} (a <select> option, "
                    f"a checkbox/radio input or a button with value={value!r})", pytrace=False)
    time.sleep(0.3)
    after = {e["id"] or str(i): e for i, e in enumerate(_events(browser))}
    wrongly_shown = [k for k, e in after.items() if value not in e[field] and e["shown"]]
    wrongly_hidden = [k for k, e in after.items() if value in e[field] and not e["shown"]]
    assert not wrongly_shown and not wrongly_hidden, (
        f"after selecting {field} {value!r} ({how}): {len(wrongly_shown)} event(s) without it "
        f"still shown {wrongly_shown[:8]}, {len(wrongly_hidden)} with it hidden {wrongly_hidden[:8]}")


def test_timeline_topic_filter_libya(browser, site_dir):
    """On timeline/index.html, every event is an element of class "event" with data-topics,
    data-actors and data-type (space-separated slugs), all shown at first.  Selecting the
    topic "libya" hides every event whose data-topics lacks libya and shows every one that
    has it."""
    _check_filter(browser, site_dir, "topics", "libya")


def test_timeline_actor_filter(browser, site_dir):
    """Selecting an actor (the one in most, but not all, events) shows exactly its events."""
    _check_filter(browser, site_dir, "actors", None)


def test_timeline_type_filter(browser, site_dir):
    """Selecting an event type (the most common one) shows exactly the events of that type."""
    _check_filter(browser, site_dir, "type", None)


# --------------------------------------------------------------------------- feeds


def _feedparser():
    try:
        import feedparser
    except ImportError:
        pytest.fail("Python module feedparser missing (PyPI: feedparser): run scripts/site-checks",
                    pytrace=False)
    return feedparser


@pytest.mark.parametrize("name", ["feed.xml"] + [f"topics/{t}/feed.xml" for t in TOPICS])
def test_atom_feed(site_dir, name):
    """An Atom feed that parses without error (no bozo), with a title, an id and an update
    date, and entries that each have a title, an id, a date and a link."""
    feedparser = _feedparser()
    path = need_file(site_dir, name)
    feed = feedparser.parse(path.read_bytes())
    assert not feed.bozo, f"{name} does not parse cleanly: {feed.get('bozo_exception')!r}"
    assert feed.version.startswith("atom"), f"{name} is not Atom but {feed.version or 'unknown'}"
    for key in ("title", "id", "updated"):
        assert feed.feed.get(key), f"{name}: the feed has no <{key}>"
    assert feed.entries, f"{name} has no entry"
    problems = []
    for i, entry in enumerate(feed.entries):
        label = entry.get("id") or entry.get("title") or f"entry {i + 1}"
        if not (entry.get("updated_parsed") or entry.get("published_parsed")):
            problems.append(f"{label}: no date")
        if not entry.get("link"):
            problems.append(f"{label}: no link")
        if not entry.get("id"):
            problems.append(f"{label}: no id")
        if not entry.get("title"):
            problems.append(f"{label}: no title")
    assert not problems, f"{name}:\n" + "\n".join(problems)


# --------------------------------------------------------------------------- data files

ACLED_COLUMNS = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "country", "admin1", "location", "latitude", "longitude", "geo_precision",
    "source", "source_scale", "notes", "fatalities", "timestamp",
]


def test_events_csv_has_acled_columns(site_dir):
    """data/events.csv: exactly ACLED's columns, in ACLED's order; at least one event; ISO
    event_date, year matching it, time_precision 1-3, unique event_id_cnty, integer
    fatalities and timestamp, coordinates (when given) in range."""
    path = need_file(site_dir, "data/events.csv")
    with path.open(newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    assert rows, "data/events.csv is empty"
    header, body = rows[0], rows[1:]
    assert header == ACLED_COLUMNS, (
        f"data/events.csv columns differ from ACLED's:\n  got:  {header}\n  want: {ACLED_COLUMNS}")
    assert body, "data/events.csv has no event"
    problems, ids = [], set()
    for n, row in enumerate(body, 2):
        if len(row) != len(ACLED_COLUMNS):
            problems.append(f"line {n}: {len(row)} fields")
            continue
        r = dict(zip(ACLED_COLUMNS, row))
        if not r["event_id_cnty"] or r["event_id_cnty"] in ids:
            problems.append(f"line {n}: event_id_cnty empty or repeated ({r['event_id_cnty']!r})")
        ids.add(r["event_id_cnty"])
        try:
            day = dt.date.fromisoformat(r["event_date"])
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["event_date"]):
                raise ValueError
            if r["year"] != str(day.year):
                problems.append(f"line {n}: year {r['year']!r} is not event_date's")
        except ValueError:
            problems.append(f"line {n}: event_date {r['event_date']!r} is not YYYY-MM-DD")
        if r["time_precision"] not in ("1", "2", "3"):
            problems.append(f"line {n}: time_precision {r['time_precision']!r} not in 1-3")
        if not re.fullmatch(r"\d+", r["fatalities"]):
            problems.append(f"line {n}: fatalities {r['fatalities']!r} is not a count")
        if not re.fullmatch(r"\d+", r["timestamp"]):
            problems.append(f"line {n}: timestamp {r['timestamp']!r} is not a Unix time")
        for key, bound in (("latitude", 90), ("longitude", 180)):
            if r[key]:
                try:
                    if abs(float(r[key])) > bound:
                        raise ValueError
                except ValueError:
                    problems.append(f"line {n}: {key} {r[key]!r}")
    assert not problems, "data/events.csv:\n" + "\n".join(problems[:40])


def test_timeline_json_is_timelinejs(site_dir):
    """data/timeline.json has TimelineJS's required fields: an `events` list, each with a
    `start_date` that has a `year`, and a `text` with a `headline` or a `text`."""
    path = need_file(site_dir, "data/timeline.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    assert isinstance(data, dict) and isinstance(data.get("events"), list), \
        "data/timeline.json has no `events` list"
    assert data["events"], "data/timeline.json lists no event"
    problems = []
    for i, ev in enumerate(data["events"]):
        start = ev.get("start_date") if isinstance(ev, dict) else None
        if not isinstance(start, dict) or not re.fullmatch(r"-?\d+", str(start.get("year", ""))):
            problems.append(f"event {i}: start_date.year missing or not a year: {start!r}")
        else:
            for key, top in (("month", 12), ("day", 31)):
                if key in start and not (1 <= int(start[key]) <= top):
                    problems.append(f"event {i}: start_date.{key} = {start[key]!r}")
        text = ev.get("text") if isinstance(ev, dict) else None
        if not isinstance(text, dict) or not (text.get("headline") or text.get("text")):
            problems.append(f"event {i}: text has neither headline nor text")
    assert not problems, "data/timeline.json:\n" + "\n".join(problems[:40])


SITEMAP_NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def test_sitemap_lists_every_page(site_dir, html_files):
    """sitemap.xml parses as a sitemaps.org <urlset>; every <loc> names a page that exists
    (absolute, or relative to the site's root), and every HTML page but 404.html is listed."""
    path = need_file(site_dir, "sitemap.xml")
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as error:
        pytest.fail(f"sitemap.xml does not parse: {error}", pytrace=False)
    assert root.tag == SITEMAP_NS + "urlset", f"sitemap.xml's root is {root.tag}, not urlset"
    locs = [(u.findtext(SITEMAP_NS + "loc") or "").strip() for u in root.findall(SITEMAP_NS + "url")]
    assert locs, "sitemap.xml lists no URL"
    pages = {rel(site_dir, p) for p in html_files} - {"404.html"}

    def page_for(loc: str) -> str | None:
        path = unquote(urlsplit(loc).path)
        candidate = path + "index.html" if path.endswith("/") or path == "" else path
        matches = [page for page in pages if ("/" + candidate).endswith("/" + page)]
        return max(matches, key=len) if matches else None  # the longest: not every index.html

    listed = {}
    for loc in locs:
        listed[loc] = page_for(loc)
    stale = [loc for loc, page in listed.items() if page is None]
    missing = sorted(pages - set(listed.values()))
    assert not stale, f"sitemap.xml lists pages the site does not have: {stale[:10]}"
    assert not missing, f"{len(missing)} page(s) missing from sitemap.xml: {missing[:20]}"


def test_robots_txt_exists(site_dir):
    path = need_file(site_dir, "robots.txt")
    assert path.read_text(encoding="utf-8").strip(), "robots.txt is empty"


def test_404_page_exists(site_dir):
    need_file(site_dir, "404.html")


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for k, v in value.items():
            yield k
            yield from _strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v)


def test_actors_json(site_dir):
    """data/actors.json parses and names every actor that has a page (by slug)."""
    path = need_file(site_dir, "data/actors.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    strings = set(_strings(data))
    slugs = sorted(p.parent.name for p in (site_dir / "actors").glob("*/index.html"))
    assert slugs, "the site has no actor page"
    missing = [s for s in slugs if not any(s == x or x.endswith("/" + s) or f"/{s}/" in x
                                           for x in strings)]
    assert not missing, f"data/actors.json does not mention {len(missing)} actor(s): {missing[:10]}"


def test_events_geojson(site_dir):
    """data/events.geojson is a FeatureCollection of Features with Point geometries whose
    coordinates are [longitude, latitude], in range.  Order: most of the sample's places lie
    in lon -15..50, lat 20..60 (Syria, Turkey, Libya, Europe); read as [lat, lon] the Libyan
    and European ones fall outside, so more points must fit as [lon, lat] than swapped."""
    path = need_file(site_dir, "data/events.geojson")
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data.get("type") == "FeatureCollection", f"type is {data.get('type')!r}"
    features = data.get("features")
    assert isinstance(features, list) and features, "no features"
    problems, points = [], []
    for i, f in enumerate(features):
        geometry = f.get("geometry") or {}
        coords = geometry.get("coordinates")
        if f.get("type") != "Feature" or geometry.get("type") != "Point":
            problems.append(f"feature {i}: not a Feature with a Point geometry")
        elif not (isinstance(coords, list) and len(coords) in (2, 3)
                  and all(isinstance(c, (int, float)) and math.isfinite(c) for c in coords)):
            problems.append(f"feature {i}: coordinates {coords!r}")
        else:
            lon, lat = coords[0], coords[1]
            points.append((lon, lat))
            if not (-180 <= lon <= 180 and -90 <= lat <= 90):
                problems.append(f"feature {i}: [{lon}, {lat}] out of range")
        if not isinstance(f.get("properties"), dict):
            problems.append(f"feature {i}: no properties object")
    assert not problems, "data/events.geojson:\n" + "\n".join(problems[:40])

    def in_region(lon, lat):
        return -15 <= lon <= 50 and 20 <= lat <= 60

    as_given = sum(in_region(lon, lat) for lon, lat in points)
    swapped = sum(in_region(lat, lon) for lon, lat in points)
    assert as_given > swapped, (
        f"data/events.geojson coordinates look like [lat, lon]: {swapped} of {len(points)} points "
        f"fit the sample's region when swapped, {as_given} as given")
