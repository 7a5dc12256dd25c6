"""The graph page in a real browser: Debian's headless chromium driven by Selenium."""

from __future__ import annotations

import math
import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from rdflib import Graph
from viz_fixtures import ID, example_graph, hostile_graph, synthetic_graph

from kg.viz import render_html

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


def test_example_page_draws_every_entity_without_errors(driver, tmp_path: Path) -> None:
    graph = example_graph()
    open_graph(driver, tmp_path, graph)
    assert severe_logs(driver) == []
    assert len(shown_ids(driver)) == 9  # entities in example_graph
    assert driver.execute_script("return kgNetwork.body.edgeIndices.length") == 9
    assert driver.execute_script("return kgNetwork.physics.options.enabled") is False
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
    rel = driver.find_element(By.ID, "kg-filter-rel-reports")
    rel.click()
    shown_rels = driver.execute_script("return kgData.edgesView.get().map(e => e.rel)")
    assert "reports" not in shown_rels and shown_rels
    driver.find_element(By.ID, "kg-filter-class-Weapon").click()
    assert shown_ids(driver) == before
    assert severe_logs(driver) == []


def test_hostile_text_runs_no_script(driver, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By

    graph = hostile_graph()
    open_graph(driver, tmp_path, graph, "hostile")
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
    assert severe_logs(driver) == []


def test_2000_nodes_settle_and_freeze_quickly(driver, tmp_path: Path, record_property) -> None:
    graph = synthetic_graph(2000)
    seconds = open_graph(driver, tmp_path, graph, "large")
    in_page = driver.execute_script("return window.kgStableMs") / 1000
    record_property("settle_seconds", round(seconds, 2))
    print(f"2,000 nodes: froze after {seconds:.2f} s ({in_page:.2f} s after navigation start)")
    assert len(shown_ids(driver)) == 2000
    assert seconds < 20
    assert driver.execute_script("return kgNetwork.physics.options.enabled") is False
    probe = str(ID["Country_0"])
    before = driver.execute_script("return kgNetwork.getPosition(arguments[0])", probe)
    time.sleep(0.3)
    assert driver.execute_script("return kgNetwork.getPosition(arguments[0])", probe) == before
    assert severe_logs(driver) == []
