"""The inline Jupyter view (KnowledgeGraph._repr_html_) drawn by a real browser: the page in
its sandboxed iframe runs and draws every entity, offline. Debian chromium, as in
tests/test_browser.py."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
import test_browser
from test_browser import CHROMEDRIVER, CHROMIUM, severe_logs, wait_until_stable
from viz_fixtures import example_graph

import kg

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not (CHROMIUM.exists() and CHROMEDRIVER.exists()),
        reason="needs Debian chromium + chromium-driver (/usr/bin/chromium, /usr/bin/chromedriver)",
    ),
]
driver = test_browser.driver  # the fixture: one headless chromium for the module


def test_inline_page_draws_in_its_sandboxed_iframe(driver, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By

    graph = kg.KnowledgeGraph(example_graph())
    host = tmp_path / "notebook.html"  # what Jupyter does with _repr_html_: put it in a page
    host.write_text(f"<!doctype html><html><body><h1>Out[1]</h1>{graph._repr_html_()}"
                    "</body></html>", encoding="utf-8")
    driver.get_log("browser")
    driver.get(host.as_uri())
    driver.switch_to.frame(driver.find_element(By.TAG_NAME, "iframe"))
    try:
        wait_until_stable(driver, time.monotonic())
        # the page opens with `reports` off and entities without a shown relation hidden:
        # switch both so that the whole view is drawn
        driver.find_element(By.ID, "kg-filter-rel-reports").click()
        driver.find_element(By.ID, "kg-hide-isolated").click()
        drawn = set(driver.execute_script("return kgNetwork.body.nodeIndices.slice()"))
        edges = driver.execute_script("return kgNetwork.body.edgeIndices.length")
    finally:
        driver.switch_to.default_content()
    assert drawn == {n["id"] for n in graph.view["nodes"]}
    assert edges == len(graph.view["edges"]) == graph.to_networkx().number_of_edges()
    assert severe_logs(driver) == []
