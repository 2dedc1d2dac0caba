"""The corpus HTML report in a real headless browser (optional: needs selenium and chromium).

CI installs both (``.ci/browser.sh``); on a machine without them the test is
skipped, so ``make test`` stays green.
"""

from __future__ import annotations

import json
import os
import shutil
import struct
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from dprk_diplomacy import cli

webdriver = pytest.importorskip("selenium.webdriver")

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
CHROMIUM = next(
    (p for p in (shutil.which(n) for n in ("chromium", "chromium-browser", "google-chrome")) if p),
    None,
)
DRIVER = shutil.which("chromedriver")

pytestmark = pytest.mark.skipif(
    CHROMIUM is None or DRIVER is None, reason="no chromium and chromedriver on this machine"
)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    options = webdriver.ChromeOptions()
    assert CHROMIUM is not None and DRIVER is not None
    options.binary_location = CHROMIUM
    for flag in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu"):
        options.add_argument(flag)
    options.add_argument("--window-size=1200,900")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    service = webdriver.ChromeService(executable_path=DRIVER)
    driver = webdriver.Chrome(options=options, service=service)
    try:
        yield driver
    finally:
        driver.quit()


def png_colours(png: bytes) -> int:
    """How many distinct colours an RGB(A) 8-bit PNG holds (decoded with zlib alone)."""
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    pos, data, width, height, channels = 8, b"", 0, 0, 4
    while pos < len(png):
        (length,) = struct.unpack(">I", png[pos : pos + 4])
        kind, body = png[pos + 4 : pos + 8], png[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour = struct.unpack(">IIBB", body[:10])
            assert depth == 8 and colour in (2, 6)
            channels = 3 if colour == 2 else 4
        elif kind == b"IDAT":
            data += body
        pos += 12 + length
    raw = zlib.decompress(data)
    stride = width * channels
    previous = bytearray(stride)
    colours: set[bytes] = set()
    for row in range(height):
        start = row * (stride + 1)
        method, line = raw[start], bytearray(raw[start + 1 : start + 1 + stride])
        for i in range(stride):
            left = line[i - channels] if i >= channels else 0
            up = previous[i]
            corner = previous[i - channels] if i >= channels else 0
            if method == 1:
                line[i] = (line[i] + left) & 255
            elif method == 2:
                line[i] = (line[i] + up) & 255
            elif method == 3:
                line[i] = (line[i] + (left + up) // 2) & 255
            elif method == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                pred = left if pa <= pb and pa <= pc else (up if pb <= pc else corner)
                line[i] = (line[i] + pred) & 255
        if row % 4 == 0:
            colours.update(bytes(line[i : i + 3]) for i in range(0, stride, channels * 4))
        previous = line
    return len(colours)


def test_report_loads_without_errors_and_shows_every_event(
    browser: object, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "corpus.html"
    data = tmp_path / "corpus.json"
    assert cli.main(["corpus", str(SEEDS), "--format", "html", "-o", str(page)]) == 0
    assert cli.main(["corpus", str(SEEDS), "--format", "json", "-o", str(data)]) == 0
    capsys.readouterr()
    events = json.loads(data.read_text(encoding="utf-8"))["events"]
    assert events, "the seeds should give some events"

    driver = browser
    driver.get(page.as_uri())  # type: ignore[attr-defined]
    shown = driver.execute_script(  # type: ignore[attr-defined]
        "return document.querySelectorAll('[data-event-id]').length"
    )
    assert shown == len(events)
    counter = driver.execute_script("return document.getElementById('shown').textContent")  # type: ignore[attr-defined]
    assert counter == str(len(events))  # the page's own script ran
    errors = [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]  # type: ignore[attr-defined]
    assert errors == []
    png = driver.get_screenshot_as_png()  # type: ignore[attr-defined]
    if os.environ.get("CORPUS_SCREENSHOT"):
        Path(os.environ["CORPUS_SCREENSHOT"]).write_bytes(png)
    assert png_colours(png) > 8, "the screenshot is blank"
