#!/usr/bin/env python3
"""OCR a screenshot of the article view line by line and score the result against the
source text with ../shared/tools/ocr_score.py's scoring (share of source words recognised
in source order). Tesseract reads a whole block of mixed Arabic/Latin lines out of order
(it lists right-to-left segments of a mixed line in visual order), so each text line is
cropped and read on its own, top to bottom, and the readings are joined.

usage: scripts/ocr_lines.py SHOT.png SOURCE.txt [--crop WxH+X+Y] [--invert] [--per-paragraph]
Needs: tesseract-ocr tesseract-ocr-ara tesseract-ocr-eng imagemagick python3-pil (or PIL).
"""
import argparse, importlib.util, os, subprocess, sys, tempfile

here = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location(
    "ocr_score", os.path.join(here, "..", "..", "shared", "tools", "ocr_score.py"))
ocr_score = importlib.util.module_from_spec(spec)
spec.loader.exec_module(ocr_score)

def bands(path, invert):
    """Rows of text: runs of image rows that contain ink, as (top, bottom)."""
    out = subprocess.run(["convert", path, "-colorspace", "Gray"] + (["-negate"] if invert else []) +
                         ["-threshold", "60%", "-negate", "-compress", "none", "pgm:-"],
                         capture_output=True, check=True).stdout.split()
    w, h = int(out[1]), int(out[2])
    data = list(map(int, out[4:]))
    ink = [sum(data[y * w:(y + 1) * w]) > 0 for y in range(h)]
    rows, start = [], None
    for y, on in enumerate(ink + [False]):
        if on and start is None:
            start = y
        elif not on and start is not None:
            if y - start >= 6:
                rows.append((max(0, start - 4), min(h, y + 4)))
            start = None
    return rows, w

def main():
    p = argparse.ArgumentParser()
    p.add_argument("image"); p.add_argument("source")
    p.add_argument("--crop"); p.add_argument("--invert", action="store_true")
    p.add_argument("--show", action="store_true")
    p.add_argument("--per-paragraph", action="store_true",
                   help="also score each source line (paragraph) against the lines read for it")
    a = p.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        img = os.path.join(tmp, "crop.png")
        subprocess.run(["convert", a.image] + (["-crop", a.crop, "+repage"] if a.crop else []) + [img], check=True)
        rows, width = bands(img, a.invert)
        texts = []
        for i, (top, bottom) in enumerate(rows):
            line = os.path.join(tmp, f"line{i}.png")
            subprocess.run(["convert", img, "-crop", f"{width}x{bottom - top}+0+{top}", "+repage", line], check=True)
            texts.append(ocr_score.ocr(line, "ara+eng", a.invert, 3, 7))
        text = "\n".join(t.strip() for t in texts)
        if a.show:
            print(text)
        source = open(a.source, encoding="utf-8").read()
        if a.per_paragraph:
            per_paragraph(texts, source)
        print(f"{ocr_score.score(text, source):.3f}")

def per_paragraph(texts, source):
    """Give each line read to the paragraph it matches best, then score each paragraph."""
    import difflib
    paragraphs = [p for p in source.split("\n") if p.strip()]
    words = [ocr_score.words(p) for p in paragraphs]
    read = {i: [] for i in range(len(paragraphs))}
    for line in texts:
        w = ocr_score.words(line)
        if not w:
            continue
        best = max(range(len(paragraphs)), key=lambda i: sum(
            b.size for b in difflib.SequenceMatcher(None, w, words[i], autojunk=False).get_matching_blocks()))
        read[best].append(line)
    for i, p in enumerate(paragraphs):
        print(f"paragraph {i + 1:2}: {ocr_score.score(' '.join(read[i]), p):.3f}  {p[:40]}")

main()
