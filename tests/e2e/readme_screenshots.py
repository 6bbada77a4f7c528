"""Copy a few screenshots of the last e2e run into docs/screenshots/ for the README.

Run after the accessibility module has written test-results/screenshots/:

    .venv/bin/python -m pytest tests/e2e/test_accessibility.py -m e2e
    .venv/bin/python -m tests.e2e.readme_screenshots

Each picture is the first screen (what the reader sees without scrolling) of a full-page
screenshot, the desktop ones scaled down to 800 px wide, saved as a palette PNG to stay small.
"""

import sys
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parents[2]
SOURCE = ROOT / "test-results" / "screenshots"
TARGET = ROOT / "docs" / "screenshots"
SCREEN_HEIGHT = {1280: 900, 375: 812}  # the viewports of tests/e2e/test_accessibility.py
DESKTOP_WIDTH = 800
MAX_BYTES = 400_000

# (screenshot name, width) of the pictures shown in README.md
PICTURES = [
    ("home", 1280),
    ("home", 375),
    ("news-article", 1280),
    ("legal-register-filtered", 1280),
    ("draft-open", 1280),
    ("draft-open", 375),
]


def first_screen(source, width):
    image = Image.open(source).convert("RGB")
    image = image.crop((0, 0, image.width, min(image.height, SCREEN_HEIGHT[width])))
    if image.width > DESKTOP_WIDTH:
        height = round(image.height * DESKTOP_WIDTH / image.width)
        image = image.resize((DESKTOP_WIDTH, height), Image.Resampling.LANCZOS)
    return image.quantize(colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)


def main():
    TARGET.mkdir(parents=True, exist_ok=True)
    missing = []
    for name, width in PICTURES:
        source = SOURCE / f"{name}-{width}.png"
        if not source.exists():
            missing.append(source.name)
            continue
        target = TARGET / source.name
        first_screen(source, width).save(target, optimize=True)
        size = target.stat().st_size
        if size > MAX_BYTES:
            raise SystemExit(f"{target} is {size} bytes, more than {MAX_BYTES}")
        print(f"{target.relative_to(ROOT)}  {size // 1024} KB")
    if missing:
        raise SystemExit("run the accessibility tests first; missing: " + ", ".join(missing))


if __name__ == "__main__":
    sys.exit(main())
