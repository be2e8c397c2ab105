#!/usr/bin/python3
"""The reference for scripts/ocr_sweep.py: what Tesseract reads from a correct rendering of
each paragraph by another engine (Pango, through ImageMagick), with the same fonts, size,
colours and column width as the window, scored the same way as ocr_sweep's block reading
(../shared/tools/ocr_score.py, one paragraph per image). A paragraph that scores under 0.90
here is one Tesseract misreads however it is drawn.

usage: scripts/ocr_reference.py SOURCE.txt [--width 521] [--size 22]
Needs: imagemagick with Pango, tesseract-ocr(-ara,-eng), the fonts of assets/fonts installed
for fontconfig (cp assets/fonts/*.ttf ~/.fonts && fc-cache).
"""
import argparse, importlib.util, os, subprocess, tempfile

here = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location(
    "ocr_score", os.path.join(here, "..", "..", "shared", "tools", "ocr_score.py"))
ocr_score = importlib.util.module_from_spec(spec)
spec.loader.exec_module(ocr_score)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("source")
    p.add_argument("--width", type=int, default=521, help="column width in pixels")
    p.add_argument("--size", type=float, default=22.0, help="text size in pixels (egui points)")
    a = p.parse_args()
    paragraphs = [l for l in open(a.source, encoding="utf-8").read().split("\n") if l.strip()]
    scores = []
    with tempfile.TemporaryDirectory() as tmp:
        for i, text in enumerate(paragraphs):
            out = os.path.join(tmp, f"p{i}.png")
            rtl = any("\u0600" <= c <= "\u06ff" for c in text)
            markup = text.replace("&", "&amp;").replace("<", "&lt;")
            # Pango sizes are in points at 96 dpi: 0.75 of a pixel size.
            font = f"Noto Sans, Noto Naskh Arabic {a.size * 0.75}"
            subprocess.run(["convert", "-background", "#1b1b1b", "-fill", "#ffffff",
                            "-size", f"{a.width}x", "-define", f"pango:align={'right' if rtl else 'left'}",
                            f"pango:<span font='{font}'>{markup}</span>", out], check=True)
            s = ocr_score.score(ocr_score.ocr(out, "ara+eng", True, 3, 6), text)
            scores.append(s)
            print(f"paragraph {i + 1:2}: {s:.3f}  {text[:40]}")
    print(f">= 0.90: {sum(s >= 0.9 for s in scores)}/{len(scores)}")


main()
