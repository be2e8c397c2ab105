#!/usr/bin/env python3
"""Render assets/icon/sanad.svg to the PNG sizes a desktop's icon theme uses.

The PNGs are committed (the build does not need this script): run it again after changing the
SVG. Needs cairosvg (`pip install cairosvg`).
"""
import pathlib

import cairosvg

ICON = pathlib.Path(__file__).resolve().parent.parent / "assets" / "icon"
SIZES = [16, 24, 32, 48, 64, 128, 256, 512]

for size in SIZES:
    out = ICON / f"sanad-{size}.png"
    cairosvg.svg2png(url=str(ICON / "sanad.svg"), write_to=str(out), output_width=size, output_height=size)
    print(out)
