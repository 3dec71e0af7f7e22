"""The page of ``quotes serve`` and the ``quotes report`` file in a real headless browser
(the system Chromium driven by Selenium). Skips, saying why, when no browser is installed;
``.ci/run`` installs Debian's ``chromium`` and ``chromium-driver``.

``QUOTES_SCREENSHOTS=DIR`` saves a screenshot of each (the README's pictures)."""
from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed")

SEED = Path(__file__).resolve().parent.parent / "seeds" / "2025-03_eu-debriefing-niet-eu-partners.txt"
SHOTS = os.environ.get("QUOTES_SCREENSHOTS")


@pytest.fixture(scope="module")
def browser():
    from selenium.common.exceptions import WebDriverException

    binary = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    driver_path = shutil.which("chromedriver")
    if not binary or not driver_path:
        pytest.skip("no Chromium and chromedriver on PATH (Debian: apt-get install chromium chromium-driver)")
    options = webdriver.ChromeOptions()
    options.binary_location = binary
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1200,1400"):
        options.add_argument(arg)
    try:
        driver = webdriver.Chrome(service=webdriver.ChromeService(executable_path=driver_path), options=options)
    except WebDriverException as exc:
        pytest.skip(f"Chromium would not start: {str(exc).splitlines()[0]}")
    driver.set_page_load_timeout(60)
    yield driver
    driver.quit()


def _wait(condition, timeout: float = 90.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.2)
    raise AssertionError("timed out waiting in the browser")


@pytest.fixture(scope="module")
def server(stance_attributor):
    import uvicorn

    from quotes.service import create_app

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    config = uvicorn.Config(create_app(stance_attributor), host="127.0.0.1", port=port, log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    _wait(lambda: srv.started, 60)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


def test_page_highlights_the_quotes_of_a_pasted_article(browser, server, seed_quotes):
    from selenium.webdriver.common.by import By

    browser.get(server + "/")
    text = SEED.read_text(encoding="utf-8")
    browser.execute_script("document.getElementById('text').value = arguments[0];", text)
    browser.find_element(By.ID, "go").click()
    _wait(lambda: "quotes" in browser.find_element(By.ID, "status").text)
    marks = browser.find_elements(By.CSS_SELECTOR, "#article mark.quote")
    assert len({m.get_attribute("data-quote") for m in marks}) == len(seed_quotes)
    assert browser.find_elements(By.CSS_SELECTOR, "#article u.cue")
    assert "speaker:" in marks[0].get_attribute("title") and "stances:" in marks[0].get_attribute("title")
    rows = browser.find_elements(By.CSS_SELECTOR, "#speakers tbody tr")
    speakers = {q.speaker.name or q.speaker.mention for q in seed_quotes}
    assert len(rows) == len(speakers)
    assert browser.find_element(By.ID, "article").text.strip() == text.strip()  # the text itself, unchanged
    if SHOTS:
        browser.save_screenshot(str(Path(SHOTS) / "page.png"))


def test_page_shows_a_problem_as_one_line(browser, server):
    from selenium.webdriver.common.by import By

    browser.get(server + "/")
    browser.find_element(By.ID, "go").click()  # nothing pasted
    assert "Empty document" in _wait(lambda: browser.find_element(By.ID, "status").text.strip() != "Working…"
                                     and browser.find_element(By.ID, "status").text)


def test_report_opens_offline_filters_and_shows_an_article(browser, seed_quotes, seed_doc, tmp_path):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    from quotes.report import render

    records = [q.to_record() for q in seed_quotes]
    page = tmp_path / "report.html"
    page.write_text(render(records, {seed_doc.id: seed_doc.text}), encoding="utf-8")
    browser.get(page.as_uri())
    assert f"{len(records)} quotes" in browser.find_element(By.ID, "counts").text
    assert browser.find_elements(By.CSS_SELECTOR, ".timeline svg polyline")
    assert len(browser.find_elements(By.CSS_SELECTOR, "#quotes tbody tr")) == len(records)
    labelled = sum("supportive_of_ukraine" in r["labels"] for r in records)
    Select(browser.find_element(By.ID, "f-label")).select_by_value("supportive_of_ukraine")
    assert len(browser.find_elements(By.CSS_SELECTOR, "#quotes tbody tr")) == labelled
    Select(browser.find_element(By.ID, "article-pick")).select_by_value(seed_doc.id)
    marks = browser.find_elements(By.CSS_SELECTOR, "#article mark.quote")
    assert len({m.get_attribute("data-quote") for m in marks}) == len(records)
    if SHOTS:
        browser.save_screenshot(str(Path(SHOTS) / "report.png"))
