"""Checks that hold at any size of the project: pages stay small, a search query loads only
a few small files.  They run on the sample site and, in CI, on a generated 1,000-article site
(scripts/site-checks --generated 1000)."""

from __future__ import annotations

import json
import re
import time

import pytest

from conftest import open_page, rel
from test_features import need_file

PAGE_LIMIT = 1_000_000  # bytes: no HTML page over 1 MB
QUERY_LIMIT = 300_000  # bytes: what one search query may load

SEARCH_PAGE = "search/index.html"


def test_no_html_page_over_1mb(site_dir, html_files):
    sizes = sorted(((p.stat().st_size, rel(site_dir, p)) for p in html_files), reverse=True)
    total = sum(p.stat().st_size for p in site_dir.rglob("*") if p.is_file())
    print(f"\n{len(html_files)} HTML pages; largest {sizes[0][1]} {sizes[0][0]:,} bytes; "
          f"site {total:,} bytes")
    over = [f"{path}: {size:,} bytes" for size, path in sizes if size > PAGE_LIMIT]
    assert not over, f"{len(over)} page(s) over {PAGE_LIMIT:,} bytes:\n" + "\n".join(over[:20])


def _most_common_word(site_dir):
    """The word of the index that the most documents contain: the costliest query."""
    best = (0, None)
    words_dir = need_file(site_dir, "search/search-index.js").parent / "words"
    shards = sorted(words_dir.glob("*.js"), key=lambda p: p.stat().st_size, reverse=True)[:5]
    assert shards, "search/words/ holds no shard"
    for shard in shards:
        text = shard.read_text(encoding="utf-8")
        body = text[text.index("{"):text.rindex("}") + 1]
        for word, postings in json.loads(body).items():
            count = postings.split(";")[0].count(",") + 1
            if count > best[0]:
                best = (count, word)
    return best


@pytest.mark.parametrize("kind", ["common", "name"])
def test_a_search_query_loads_little(browser, site_dir, kind):
    """Types a query into the search page and adds up the sizes of every search file the
    page loaded (its index, the word shards, the result files)."""
    from selenium.webdriver.common.by import By

    if kind == "common":
        count, query = _most_common_word(site_dir)
    else:
        # An actor's name: the first actor page's title.
        actors = sorted((site_dir / "actors").glob("*/index.html"))
        assert actors, "no actor page"
        title = re.search(r"<h1>(.*?)</h1>", actors[0].read_text(encoding="utf-8")).group(1)
        query = re.sub(r"<[^>]+>", "", title)
    open_page(browser, site_dir, SEARCH_PAGE)
    box = browser.find_element(By.ID, "search-q")
    box.send_keys(query)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        if browser.find_elements(By.CSS_SELECTOR, "#search-list li"):
            break
        time.sleep(0.1)
    assert browser.find_elements(By.CSS_SELECTOR, "#search-list li"), f"no result for {query!r}"
    urls = browser.execute_script(
        "return performance.getEntriesByType('resource').map(e => e.name)"
        ".concat([...document.scripts].map(s => s.src)).filter(u => u.includes('/search/'))")
    files = {site_dir / "search" / u.split("/search/", 1)[1].split("?")[0] for u in urls}
    loaded = sum(f.stat().st_size for f in files if f.is_file())
    print(f"\nquery {query!r}: {len(files)} files, {loaded:,} bytes")
    assert len(files) > 1, f"the query {query!r} loaded no index file: {sorted(map(str, files))}"
    assert loaded <= QUERY_LIMIT, (
        f"the query {query!r} loaded {loaded:,} bytes over {len(files)} files (limit {QUERY_LIMIT:,})")
