#!/usr/bin/env python3
"""How full each page of a PDF printed by Chromium is.

    pdf_pages.py FILE.pdf

Prints one line per page: the page number and the number of glyphs drawn
on it (from the text operators of its content streams, inflated with zlib),
so a test can count pages and spot a near-empty one. python3's standard
library only: Chromium's PDFs keep page objects as plain objects and their
content in Flate streams, which is all this reads.
"""
import re
import sys
import zlib

data = open(sys.argv[1], "rb").read()
objects = {}
for match in re.finditer(rb"(\d+) 0 obj\s*(.*?)\s*endobj", data, re.S):
    objects[int(match.group(1))] = match.group(2)


def stream_of(body: bytes) -> bytes:
    m = re.search(rb"stream\r?\n(.*)\r?\nendstream", body, re.S)
    if not m:
        return b""
    raw = m.group(1)
    if b"/FlateDecode" in body[: m.start()]:
        try:
            return zlib.decompress(raw)
        except zlib.error:
            return zlib.decompressobj().decompress(raw)
    return raw


def glyphs(content: bytes) -> int:
    count = 0
    # Text shown as hex strings of 2-byte glyph ids: <00120034> Tj, or
    # arrays of them for TJ.
    for m in re.finditer(rb"\[(.*?)\]\s*TJ|<([0-9A-Fa-f]*)>\s*Tj", content, re.S):
        if m.group(2) is not None:
            count += len(m.group(2)) // 4
        else:
            for h in re.findall(rb"<([0-9A-Fa-f]*)>", m.group(1)):
                count += len(h) // 4
    return count


# Pages in document order: follow the page tree from the catalog's /Pages.
def kids(number):
    body = objects.get(number, b"")
    if re.search(rb"/Type\s*/Page\b(?!s)", body):
        return [number]
    out = []
    m = re.search(rb"/Kids\s*\[(.*?)\]", body, re.S)
    for ref in re.findall(rb"(\d+) 0 R", m.group(1) if m else b""):
        out += kids(int(ref))
    return out


root = None
for number, body in objects.items():
    if re.search(rb"/Type\s*/Catalog", body):
        m = re.search(rb"/Pages\s+(\d+) 0 R", body)
        root = int(m.group(1)) if m else None
pages = kids(root) if root is not None else []
for index, page in enumerate(pages, 1):
    body = objects[page]
    refs = []
    m = re.search(rb"/Contents\s*(\[(.*?)\]|(\d+) 0 R)", body, re.S)
    if m:
        refs = [int(r) for r in re.findall(rb"(\d+) 0 R", m.group(1))]
    print(index, sum(glyphs(stream_of(objects.get(r, b""))) for r in refs))
