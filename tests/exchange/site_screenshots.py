"""Screenshots of an exported story site at desktop and phone sizes, in Chinese and English.

python -m tests.exchange.site_screenshots SITE_FOLDER OUT_FOLDER
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from tests.exchange import browser

SIZES = {"desktop": (1280, 900), "phone": (390, 844)}


def take(site: Path, out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    taken: list[Path] = []
    with browser.chromium(1280, 900) as driver:
        for size, (width, height) in SIZES.items():
            driver.execute_cdp_cmd(
                "Emulation.setDeviceMetricsOverride",
                {
                    "width": width,
                    "height": height,
                    "deviceScaleFactor": 1,
                    "mobile": size == "phone",
                },
            )
            for language in ("zh-CN", "en"):
                for page, query in (("index.html", "liushou"), ("story-2.html", None)):
                    driver.get("about:blank")
                    driver.get(f"{(site / page).as_uri()}#lang={language}")
                    time.sleep(0.4)
                    if query:
                        driver.find_element("id", "search").send_keys(query)
                        time.sleep(0.5)
                    else:
                        driver.execute_script(
                            "var l = document.querySelectorAll('#transcript .line')[2];"
                            "if (l) { l.click(); }"
                        )
                        time.sleep(0.5)
                        driver.execute_script("window.scrollTo(0, 0)")
                    name = out / f"site-{Path(page).stem}-{size}-{language}.png"
                    driver.save_screenshot(str(name))
                    taken.append(name)
    return taken


if __name__ == "__main__":
    for path in take(Path(sys.argv[1]), Path(sys.argv[2])):
        print(path)
