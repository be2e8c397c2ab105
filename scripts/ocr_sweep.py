#!/usr/bin/python3
"""Score every paragraph of an article as the window shows it: take screenshots under Xvfb
at several scroll positions (scripts/shoot.sh), crop the article column, and read it with
Tesseract two ways:
  line:  each text line read on its own (psm 7) and given to the paragraph it matches best;
  block: each run of lines given to one paragraph cropped and read as one block (psm 6),
         the way ../shared/tools/ocr_score.py reads a crop.
A paragraph's score is its best over the scroll positions (one cut by the window's edge in
one shot is whole in another). Prints one row per paragraph and how many reach 0.90.

usage: scripts/ocr_sweep.py SOURCE.txt [--size WxH] [--shots 6] [--step 6] [--keys "h"]
                            [--click "X,Y X,Y"] [--light] [--keep DIR] -- COMMAND...
--light reads dark text on a light background: choose the light theme with --click
(View menu, then Light: --click "146,12 155,195").
Needs: what scripts/shoot.sh needs, tesseract-ocr(-ara,-eng), python3-pil, python3-numpy.
"""
import argparse, difflib, importlib.util, os, subprocess, sys, tempfile
import numpy as np
from PIL import Image

here = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location(
    "ocr_score", os.path.join(here, "..", "..", "shared", "tools", "ocr_score.py"))
ocr_score = importlib.util.module_from_spec(spec)
spec.loader.exec_module(ocr_score)


def article_box(gray):
    """The article column: left of the claims panel's separator, under the toolbar's rule
    (a straight line of one colour), above the status bar."""
    h, w = gray.shape
    mid = gray[h // 4: 3 * h // 4]
    vertical = (np.abs(np.diff(mid.astype(int), axis=1)) > 12).mean(axis=0)
    lo, hi = int(w * 0.2), int(w * 0.8)
    # Leave out the scroll bar at the column's right edge (shown while scrolling).
    right = lo + int(np.argmax(vertical[lo:hi])) - 16
    col = gray[:, 10:right - 10].astype(int)
    flat = (np.abs(col - col[:, :1]) < 4).mean(axis=1) > 0.97
    edge = np.abs(np.diff(col[:, col.shape[1] // 2])) > 8
    rules = [y for y in range(1, h - 1) if flat[y] and edge[y - 1]]
    top = next((y for y in rules if 40 < y < h // 3), 90) + 3
    bottom = h - 28  # the status bar
    return 0, top, right, bottom


def bands(ink, min_height=6):
    """Runs of rows containing ink, as (top, bottom)."""
    rows, start = [], None
    for y, on in enumerate(list(ink) + [False]):
        if on and start is None:
            start = y
        elif not on and start is not None:
            if y - start >= min_height:
                rows.append((start, y))
            start = None
    return rows


def read(img, psm, invert, tmp):
    path = os.path.join(tmp, "piece.png")
    img.save(path)
    return ocr_score.ocr(path, "ara+eng", invert, 3, psm)


def best_paragraph(text, words, previous=None):
    """The paragraph a reading matches best; ties go to the paragraph of the line above, then
    to the one after it (two paragraphs may begin with the same words)."""
    w = ocr_score.words(text)
    if not w:
        return None
    def matched(i):
        m = sum(b.size for b in difflib.SequenceMatcher(None, w, words[i], autojunk=False).get_matching_blocks())
        near = previous is not None and i in (previous, previous + 1)
        return m + (0.5 if i == previous else 0.25 if near else 0.0)
    return max(range(len(words)), key=matched)


def score_shot(path, paragraphs, invert, tmp):
    image = Image.open(path).convert("RGB")
    gray = np.asarray(image.convert("L"))
    x0, y0, x1, y1 = article_box(gray)
    crop = image.crop((x0, y0, x1, y1))
    g = np.asarray(crop.convert("L")).astype(int)
    background = np.median(g)
    # Ink: pixels far from the background (letters), not the faint highlight tints.
    ink = (np.abs(g - background) > 110).any(axis=1)
    lines = bands(ink)
    lines = [(max(0, t - 5), min(g.shape[0], b + 5)) for t, b in lines]
    words = [ocr_score.words(p) for p in paragraphs]
    line_reads = {i: [] for i in range(len(paragraphs))}
    owner = []
    for t, b in lines:
        text = read(crop.crop((0, t, crop.width, b)), 7, invert, tmp)
        i = best_paragraph(text, words, next((o for o in reversed(owner) if o is not None), None))
        owner.append(i)
        if i is not None:
            line_reads[i].append(text)
    # Blocks: runs of lines that the line readings give to the same paragraph.
    # A line read as nothing stays with the paragraph above it.
    blocks = []
    for k, line in enumerate(lines):
        if blocks and (owner[k] is None or blocks[-1][0] == owner[k]):
            blocks[-1][1].append(line)
        elif owner[k] is not None:
            blocks.append((owner[k], [line]))
    block_reads = {i: [] for i in range(len(paragraphs))}
    for i, block in blocks:
        t, b = block[0][0], block[-1][1]
        block_reads[i].append(read(crop.crop((0, max(0, t - 10), crop.width, min(crop.height, b + 10))), 6, invert, tmp))
    score = lambda reads: {i: (ocr_score.score(" ".join(r), paragraphs[i]), " ".join(r))
                           for i, r in reads.items() if r}
    return score(line_reads), score(block_reads), crop.width


def main():
    p = argparse.ArgumentParser()
    p.add_argument("source")
    p.add_argument("--size"); p.add_argument("--shots", type=int, default=6)
    p.add_argument("--step", type=int, default=6, help="wheel clicks between shots")
    p.add_argument("--keys", default=""); p.add_argument("--click", default="")
    p.add_argument("--light", action="store_true")
    p.add_argument("--keep")
    p.add_argument("--show", action="store_true", help="print the best reading of paragraphs under 0.90")
    args = sys.argv[1:]
    if "--" not in args:
        p.error("give the command to shoot after --")
    cut = args.index("--")
    a = p.parse_args(args[:cut])
    command = args[cut + 1:]
    paragraphs = [l for l in open(a.source, encoding="utf-8").read().split("\n") if l.strip()]
    best_line, best_block = {}, {}
    with tempfile.TemporaryDirectory() as tmp:
        # Fresh settings and a reviewer name: no first-start question over the article.
        os.environ.setdefault("SANAD_REVIEWER", "Reviewer")
        os.environ["HOME"] = os.environ["XDG_DATA_HOME"] = os.environ["XDG_CONFIG_HOME"] = tmp
        shots = a.keep or tmp
        os.makedirs(shots, exist_ok=True)
        for n in range(a.shots):
            out = os.path.join(shots, f"shot{n}.png")
            cmd = [os.path.join(here, "shoot.sh"), out]
            if a.size:
                cmd += ["--size", a.size]
            if a.click:
                cmd += ["--click", a.click]
            if a.keys:
                cmd += ["--keys", a.keys]
            cmd += ["--scroll", str(n * a.step), "--at", "200,400", "--"] + command
            subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
            lines, blocks, width = score_shot(out, paragraphs, not a.light, tmp)
            for i, s in lines.items():
                best_line[i] = max(best_line.get(i, (0.0, "")), s)
            for i, s in blocks.items():
                best_block[i] = max(best_block.get(i, (0.0, "")), s)
    print(f"article column {width} px")
    block = lambda i: best_block.get(i, (0.0, ""))
    line = lambda i: best_line.get(i, (0.0, ""))
    for i, text in enumerate(paragraphs):
        print(f"paragraph {i + 1:2}: block {block(i)[0]:.3f}  line {line(i)[0]:.3f}  {text[:40]}")
        if a.show and block(i)[0] < 0.9:
            print(f"    source: {text}\n    read:   {block(i)[1].strip()}")
    n = len(paragraphs)
    print(f"block >= 0.90: {sum(block(i)[0] >= 0.9 for i in range(n))}/{n}  "
          f"line >= 0.90: {sum(line(i)[0] >= 0.9 for i in range(n))}/{n}  "
          f"mean block {sum(block(i)[0] for i in range(n)) / n:.3f} line {sum(line(i)[0] for i in range(n)) / n:.3f}")


main()
