"""The graph page in a real browser: Debian's headless chromium driven by Selenium."""

from __future__ import annotations

import math
import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from rdflib import Graph
from viz_fixtures import HOSTILE, ID, example_graph, hostile_graph, synthetic_graph

from kg.outputs.viz import render_html

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
FLAGS = (
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
    "--window-size=1400,900",
)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not (CHROMIUM.exists() and CHROMEDRIVER.exists()),
        reason="needs Debian chromium + chromium-driver (/usr/bin/chromium, /usr/bin/chromedriver)",
    ),
]


def chromium_driver(profile: Path):
    """A headless Debian chromium under Selenium, with a fresh profile and browser logs kept."""
    webdriver = pytest.importorskip("selenium.webdriver")
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={profile}")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    service = webdriver.ChromeService(executable_path=str(CHROMEDRIVER))
    return webdriver.Chrome(options=options, service=service)


def wait_until_stable(driver, start: float, timeout: float = 30) -> float:
    """Seconds from ``start`` (time.monotonic) until the page's layout froze."""
    while not driver.execute_script("return window.kgStable === true"):
        assert time.monotonic() < start + timeout, "layout never froze"
        time.sleep(0.05)
    return time.monotonic() - start


@pytest.fixture(scope="module")
def driver(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    """One headless chromium for the module, with a fresh profile."""
    drv = chromium_driver(tmp_path_factory.mktemp("chromium-profile"))
    try:
        yield drv
    finally:
        drv.quit()


def open_graph(driver, tmp_path: Path, graph: Graph, name: str = "graph") -> float:
    """Load the page for ``graph`` from disk; return seconds until its layout froze."""
    page = tmp_path / f"{name}.html"
    page.write_text(render_html(graph), encoding="utf-8")
    driver.get_log("browser")  # drop earlier pages' entries
    start = time.monotonic()
    driver.get(page.as_uri())
    return wait_until_stable(driver, start)


def severe_logs(driver) -> list[str]:
    return [e["message"] for e in driver.get_log("browser") if e["level"] == "SEVERE"]


def shown_ids(driver) -> set[str]:
    return set(driver.execute_script("return kgNetwork.body.nodeIndices.slice()"))


def shot(driver, name: str) -> None:
    """A screenshot into $KG_SCREENSHOTS (a folder) when set: the closing note's pictures."""
    folder = os.environ.get("KG_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        assert driver.save_screenshot(str(Path(folder) / f"page-{name}.png"))


def test_example_page_draws_every_entity_without_errors(driver, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By

    graph = example_graph()
    open_graph(driver, tmp_path, graph)
    assert severe_logs(driver) == []
    # reports off by default, entities left without a shown relation hidden
    assert len(shown_ids(driver)) == 6  # JCS, Yonhap (only reports) and Kim Jong Un hidden
    assert driver.execute_script("return kgNetwork.body.edgeIndices.length") == 6
    assert driver.execute_script("return kgNetwork.physics.options.enabled") is False
    driver.find_element(By.ID, "kg-filter-rel-reports").click()
    driver.find_element(By.ID, "kg-hide-isolated").click()
    assert len(shown_ids(driver)) == 9  # entities in example_graph
    assert driver.execute_script("return kgNetwork.body.edgeIndices.length") == 9
    shot = os.environ.get("KG_SCREENSHOT")
    if shot:
        Path(shot).parent.mkdir(parents=True, exist_ok=True)
        assert driver.save_screenshot(shot)


def test_search_selects_and_focuses_kursk(driver, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    open_graph(driver, tmp_path, example_graph())
    box = driver.find_element(By.ID, "kg-search")
    box.send_keys("kursk", Keys.ENTER)
    kursk = str(ID.Kursk)
    assert driver.execute_script("return kgNetwork.getSelectedNodes()") == [kursk]
    time.sleep(0.7)  # the focus animation takes 400 ms
    view = driver.execute_script("return kgNetwork.getViewPosition()")
    node = driver.execute_script("return kgNetwork.getPosition(arguments[0])", kursk)
    assert math.dist((view["x"], view["y"]), (node["x"], node["y"])) < 5
    panel = driver.find_element(By.ID, "kg-panel")
    assert panel.is_displayed()
    assert panel.find_element(By.TAG_NAME, "h3").text == "Kursk"
    box.clear()
    box.send_keys("Pyongyang", Keys.ENTER)  # an alias
    assert driver.execute_script("return kgNetwork.getSelectedNodes()") == [str(ID.North_Korea)]
    assert severe_logs(driver) == []


def test_class_filter_hides_every_weapon(driver, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By

    open_graph(driver, tmp_path, example_graph())
    weapons = {str(ID["240mm_rocket_launcher"]), str(ID.artillery_shell)}
    before = shown_ids(driver)
    assert weapons <= before
    driver.find_element(By.ID, "kg-filter-class-Weapon").click()
    assert shown_ids(driver) == before - weapons
    rels = "return kgVisible().edges.map(id => kgData.edges.get(id).rel)"
    assert "reports" not in driver.execute_script(rels)
    driver.find_element(By.ID, "kg-filter-rel-reports").click()  # off by default: now on
    assert "reports" in driver.execute_script(rels)
    driver.find_element(By.ID, "kg-filter-rel-reports").click()
    driver.find_element(By.ID, "kg-filter-class-Weapon").click()
    assert shown_ids(driver) == before
    assert severe_logs(driver) == []


def test_hostile_text_runs_no_script(driver, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By

    from kg.outputs.viz import graph_view

    graph = hostile_graph()
    page = tmp_path / "hostile.html"
    # the article's full text is embedded too, with the payload inside the marked sentence
    text = f"{HOSTILE} He said {HOSTILE} and left. {HOSTILE}" * 3
    view = graph_view(graph, texts={"ab12" * 16: text})
    page.write_text(render_html(graph, view=view), encoding="utf-8")
    driver.get(page.as_uri())
    wait_until_stable(driver, time.monotonic())
    evil = driver.execute_script("return kgData.raw.nodes.find(n => n.cls === 'Person').id")
    driver.execute_script("kgSelect(arguments[0])", evil)
    panel_text = driver.find_element(By.ID, "kg-panel").text
    driver.execute_script("kgShowEdge(kgData.raw.edges[0].id)")
    edge_text = driver.find_element(By.ID, "kg-panel").text
    driver.find_element(By.ID, "kg-search").send_keys("window.__pwned\n")
    time.sleep(0.3)
    assert driver.execute_script("return typeof window.__pwned") == "undefined"
    assert driver.execute_script("return document.querySelectorAll('img').length") == 0
    assert driver.execute_script("return document.scripts.length") == 3  # data, vis, app
    assert "<script>window.__pwned=1</script>" in panel_text  # shown as text
    assert '<img src=x onerror="window.__pwned=1">' in edge_text
    # the article view: title, file name and sentences, all as text
    driver.execute_script("kgShowEdge(kgData.raw.edges[0].id)")
    driver.find_element(By.CSS_SELECTOR, "#kg-panel cite .kg-link").click()
    view = driver.find_element(By.ID, "kg-view")
    assert view.is_displayed()
    assert "<script>window.__pwned=1</script>" in view.text
    assert "window.__pwned" in view.find_element(By.CSS_SELECTOR, "mark.kg-hit").text
    driver.execute_script("kgOpenFigures(); kgOpenTimeline()")
    time.sleep(0.2)
    assert driver.execute_script("return typeof window.__pwned") == "undefined"
    assert driver.execute_script("return document.querySelectorAll('img, iframe').length") == 0
    assert driver.execute_script("return document.scripts.length") == 3
    assert severe_logs(driver) == []


def test_2000_nodes_settle_and_freeze_quickly(driver, tmp_path: Path, record_property) -> None:
    graph = synthetic_graph(2000)
    seconds = open_graph(driver, tmp_path, graph, "large")
    in_page = driver.execute_script("return window.kgStableMs") / 1000
    record_property("settle_seconds", round(seconds, 2))
    print(f"2,000 nodes: froze after {seconds:.2f} s ({in_page:.2f} s after navigation start)")
    assert shown_ids(driver) == set(driver.execute_script("return kgVisible().nodes"))
    assert len(shown_ids(driver)) > 1000  # the rest only have reports (off) or no relation
    assert seconds < 20
    assert driver.execute_script("return kgNetwork.physics.options.enabled") is False
    probe = str(ID["Country_0"])
    before = driver.execute_script("return kgNetwork.getPosition(arguments[0])", probe)
    time.sleep(0.3)
    assert driver.execute_script("return kgNetwork.getPosition(arguments[0])", probe) == before
    assert severe_logs(driver) == []


# ---- the analyst's three questions on the sample corpus, by script, in a few clicks ----


@pytest.fixture(scope="module")
def sample_page(sample_build, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The samples' page as `kg build` writes it: with the article texts embedded."""
    from kg.outputs.evidence import document_texts
    from kg.outputs.viz import graph_view

    page = tmp_path_factory.mktemp("samples") / "samples.html"
    view = graph_view(sample_build.graph, texts=document_texts(sample_build.documents))
    assert all(d["text"] for d in view["docs"])
    page.write_text(render_html(sample_build.graph, title="kg: samples", view=view),
                    encoding="utf-8")
    return page


def open_page(driver, page: Path) -> float:
    driver.get_log("browser")
    start = time.monotonic()
    driver.get(page.as_uri())
    return wait_until_stable(driver, start)


def search_for(driver, name: str) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    box = driver.find_element(By.ID, "kg-search")
    box.clear()
    box.send_keys(name, Keys.ENTER)


def test_which_weapons_did_north_korea_supply_and_who_says_so(driver, sample_page) -> None:
    from selenium.webdriver.common.by import By

    open_page(driver, sample_page)
    search_for(driver, "North Korea")  # click 1
    panel = driver.find_element(By.ID, "kg-panel")
    lines = [a.text for a in panel.find_elements(By.CSS_SELECTOR, ".kg-rel-list .kg-link")]
    supplied = {t.split("→ ", 1)[1].rsplit(" (", 1)[0] for t in lines
                if t.startswith("supplies →")}
    assert {"Russia", "240mm rocket launcher", "170mm self-propelled artillery"} <= supplied
    assert not any("more" in t for t in panel.find_elements(By.CSS_SELECTOR, "p.kg-muted"))
    # click 2: one supply; its evidence is source → sentence, with the article and certainty
    link = next(a for a in panel.find_elements(By.CSS_SELECTOR, ".kg-rel-list .kg-link")
                if a.text.startswith("supplies → 170mm"))
    link.click()
    entries = panel.find_elements(By.CSS_SELECTOR, ".kg-ev")
    assert len(entries) == driver.execute_script(
        "return kgData.raw.edges.find(e => e.id === kgNetwork.getSelectedEdges()[0]).evidenceCount")
    sources = [e.find_element(By.CSS_SELECTOR, ".kg-source").text for e in entries]
    assert "Joint Chiefs of Staff (South Korea)" in sources
    assert all(s for s in sources)
    assert all(e.find_element(By.CSS_SELECTOR, ".kg-cert").text in
               {"asserted", "estimated", "hedged", "denied"} for e in entries)
    # every claimant of every North Korean supply, as the page lists them
    by = driver.execute_script("""
        const nk = kgData.raw.nodes.find(n => n.label === 'North Korea').id;
        const names = new Set();
        kgData.raw.edges.filter(e => e.from === nk && e.rel === 'supplies')
          .forEach(e => e.evidence.forEach(ev => (ev.by || []).forEach(c =>
            names.add(kgData.raw.nodes.find(n => n.id === c).label))));
        return Array.from(names).sort();""")
    assert "Joint Chiefs of Staff (South Korea)" in by
    # hedged supplies are drawn dashed and can be filtered out
    hedged = driver.execute_script(
        "return kgData.raw.edges.filter(e => e.certainty === 'hedged').map(e => e.id)")
    assert hedged
    assert driver.execute_script(
        "return kgNetwork.body.edges[arguments[0]].options.dashes", hedged[0]) is not False
    shot(driver, "who-says-so")
    # click 3: the article opens in the page with the sentence marked
    sentence = entries[0].find_element(By.TAG_NAME, "blockquote").text
    entries[0].find_element(By.CSS_SELECTOR, "cite .kg-link").click()
    view = driver.find_element(By.ID, "kg-view")
    assert view.is_displayed()
    marked = view.find_element(By.CSS_SELECTOR, "mark.kg-hit").text
    assert " ".join(marked.split()) == " ".join(sentence.split())
    assert len(view.find_element(By.CSS_SELECTOR, ".kg-full").text) > 5 * len(sentence)
    shot(driver, "article")
    driver.find_element(By.ID, "kg-view-close").click()
    driver.find_element(By.ID, "kg-filter-cert-hedged").click()
    shown = set(driver.execute_script("return kgVisible().edges"))
    assert not shown & set(hedged)
    assert severe_logs(driver) == []


def test_which_casualty_figures_by_whom_and_do_they_conflict(driver, sample_page) -> None:
    from selenium.webdriver.common.by import By

    open_page(driver, sample_page)
    driver.find_element(By.ID, "kg-open-figures").click()  # click 1
    view = driver.find_element(By.ID, "kg-view")
    groups = [h.text for h in view.find_elements(By.CSS_SELECTOR, "h3.kg-fig-group")]
    assert "North Korea — casualties" in groups
    tables = view.find_elements(By.CSS_SELECTOR, "table.kg-figures")
    nk = tables[groups.index("North Korea — casualties")]
    rows = [[td.text for td in tr.find_elements(By.TAG_NAME, "td")]
            for tr in nk.find_elements(By.CSS_SELECTOR, "tr[data-figure]")]
    by_value = {(r[0], r[3]) for r in rows}
    assert ("more than 3,000", "Volodymyr Zelenskyy") in by_value
    assert ("approximately 1,100", "Joint Chiefs of Staff (South Korea)") in by_value
    flagged = [r for r in rows if r[7].startswith("⚠")]
    zelenskyy = next(r for r in flagged if r[0] == "more than 3,000")
    assert "approximately 1,100" in zelenskyy[7]
    assert all(r[6] for r in rows)  # every figure names its article
    # Ukraine's own losses are Ukraine's, and not in conflict with North Korea's
    ua = tables[groups.index("Ukraine — casualties")]
    ua_rows = [[td.text for td in tr.find_elements(By.TAG_NAME, "td")]
               for tr in ua.find_elements(By.CSS_SELECTOR, "tr[data-figure]")]
    assert any(r[0] == "45,100" and not r[7] for r in ua_rows)
    shot(driver, "figures")
    assert severe_logs(driver) == []


def _first_date(text: str) -> str:
    return text[:10]


def test_what_happened_when(driver, sample_page) -> None:
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By

    open_page(driver, sample_page)
    driver.find_element(By.ID, "kg-open-timeline").click()  # click 1
    view = driver.find_element(By.ID, "kg-view")
    rows = [[td.text for td in tr.find_elements(By.TAG_NAME, "td")]
            for tr in view.find_elements(By.CSS_SELECTOR, "table.kg-timeline tr")[1:]]
    assert len(rows) >= 20
    dates = [_first_date(r[0]) for r in rows]
    assert dates == sorted(dates)
    october = [r for r in rows if r[0].startswith("2024-10-01 – 2024-10-31")]
    assert any(r[2] == "North Korea deploys Russia" for r in october)
    assert any(r[0].endswith("(publication date)") for r in rows)
    shot(driver, "timeline")
    driver.find_element(By.ID, "kg-view-close").click()
    # the time bar: drag across its right half → only relations dated there stay
    bar = driver.find_element(By.ID, "kg-timebar-svg")
    width = bar.size["width"]
    # offsets are from the element's centre
    ActionChains(driver).move_to_element_with_offset(bar, 2, 0).click_and_hold() \
        .move_by_offset(width // 2 - 8, 0).release().perform()
    span = driver.execute_script("return kgState.time")
    assert span is not None and span[0] <= span[1]
    shown = driver.execute_script("return kgVisible().edges")
    assert shown
    assert driver.execute_script("""
        const [a, b] = kgState.time;
        return kgVisible().edges.every(id => kgData.raw.edges.find(e => e.id === id)
          .evidence.some(ev => ev.from && ev.from <= b && ev.to >= a));""")
    shot(driver, "timebar")
    driver.find_element(By.ID, "kg-timebar-clear").click()
    assert driver.execute_script("return kgState.time") is None
    assert severe_logs(driver) == []


def test_expand_from_here_and_communities(driver, sample_page) -> None:
    from selenium.webdriver.common.by import By

    open_page(driver, sample_page)
    search_for(driver, "Kursk Oblast")
    driver.find_element(By.ID, "kg-expand").click()
    one = set(driver.execute_script("return kgVisible().nodes"))
    neighbours = set(driver.execute_script("""
        const k = kgData.raw.nodes.find(n => n.label === 'Kursk Oblast').id;
        return kgVisible().edges.map(id => kgData.raw.edges.find(e => e.id === id))
          .flatMap(e => [e.from, e.to]);"""))
    assert one == neighbours and 2 <= len(one) < len(driver.execute_script(
        "return kgData.raw.nodes"))
    driver.find_element(By.ID, "kg-expand").click()
    two = set(driver.execute_script("return kgVisible().nodes"))
    assert one < two
    driver.find_element(By.ID, "kg-color-community").click()
    colours = driver.execute_script(
        "return kgVisible().nodes.map(id => kgData.nodes.get(id).color.background)")
    assert len(set(colours)) >= 2
    shot(driver, "expand-communities")
    driver.find_element(By.ID, "kg-show-all").click()
    assert set(driver.execute_script("return kgVisible().nodes")) > two
    assert severe_logs(driver) == []


def test_exports_reproduce_the_shown_graph(driver, sample_page, sample_graph) -> None:
    import io

    import networkx as nx
    from selenium.webdriver.common.by import By

    open_page(driver, sample_page)
    driver.find_element(By.ID, "kg-filter-class-Weapon").click()
    nodes = set(driver.execute_script("return kgVisible().nodes"))
    edges = driver.execute_script(
        "return kgVisible().edges.map(id => kgData.raw.edges.find(e => e.id === id))")
    graphml = nx.read_graphml(io.BytesIO(driver.execute_script(
        "return kgExport.graphml()").encode("utf-8")))
    assert set(graphml.nodes) == nodes and graphml.number_of_edges() == len(edges)
    csv_text = driver.execute_script("return kgExport.csv()")
    assert len(csv_text.strip().splitlines()) == len(edges) + 1
    png = driver.execute_script("return kgExport.png()")
    assert png.startswith("data:image/png;base64,") and len(png) > 1000
    query = driver.execute_script("return kgExport.sparql()")
    got = sample_graph.query(query).graph
    from rdflib import URIRef

    kg = "https://example.org/kg/ontology#"
    for e in edges:
        triple = (URIRef(e["from"]), URIRef(kg + e["rel"]), URIRef(e["to"]))
        assert triple in got, triple
    subjects = {str(s) for s in got.subjects()} & nodes
    assert subjects == nodes
    assert severe_logs(driver) == []


def test_page_makes_no_requests(driver, sample_page) -> None:
    from selenium.webdriver.common.by import By

    open_page(driver, sample_page)
    search_for(driver, "North Korea")
    driver.find_element(By.ID, "kg-open-figures").click()
    driver.find_element(By.ID, "kg-open-timeline").click()
    assert driver.execute_script("return performance.getEntriesByType('resource').length") == 0
    assert driver.execute_script(
        "return Array.from(document.querySelectorAll('[src],link[href]')).length") == 0


def test_1000_articles_first_paint_filter_and_search(driver, tmp_path: Path,
                                                      record_property) -> None:
    """A synthetic view of 1,000 articles' size (550 entities, ~6,000 relations)."""
    from selenium.webdriver.common.by import By
    from viz_fixtures import corpus_graph

    from kg.outputs.viz import graph_view

    graph = corpus_graph(1000)
    view = graph_view(graph)
    for i, doc in enumerate(view["docs"]):  # each article's text embedded, ~3,500 characters
        doc["text"] = f"Article {i}. " + "Troops moved near the front line again today. " * 75
    page = tmp_path / "articles1000.html"
    page.write_text(render_html(graph, view=view), encoding="utf-8")
    size_mb = page.stat().st_size / 1e6
    start = time.monotonic()
    driver.get(page.as_uri())
    seconds = wait_until_stable(driver, start)
    paint = driver.execute_script("return window.kgStableMs") / 1000
    filters = []
    for cls in ("Weapon", "Weapon", "Region", "Region"):
        driver.find_element(By.ID, f"kg-filter-class-{cls}").click()
        filters.append(driver.execute_script("return kgLastFilterMs"))
    evidence = driver.find_element(By.ID, "kg-min-evidence")
    evidence.clear()
    evidence.send_keys("3")
    filters.append(driver.execute_script("return kgLastFilterMs"))
    searches = []
    for name in ("Country 7", "alias 301", "Person 52"):
        search_for(driver, name)
        searches.append(driver.execute_script("return kgLastSearchMs"))
    record_property("page_mb", round(size_mb, 1))
    record_property("first_paint_s", round(paint, 2))
    record_property("filter_ms", [round(f) for f in filters])
    record_property("search_ms", [round(s) for s in searches])
    print(f"1,000 articles ({size_mb:.1f} MB page): drawn and frozen {paint:.2f} s after "
          "navigation start "
          f"({seconds:.2f} s wall); filters {[round(f) for f in filters]} ms; "
          f"searches {[round(s) for s in searches]} ms")
    shot(driver, "1000-articles")
    # Loose bounds: this runs on shared CI machines (targets: 3 s and 300 ms)
    assert paint < 10
    assert sorted(filters)[len(filters) // 2] < 1000
    assert max(searches) < 1000
    assert severe_logs(driver) == []
