#!/usr/bin/env python3
"""Writes the amplifying PDFs of issue 13 (small files that expand to huge text layouts).

    python3 make_pdfs.py OUT_FOLDER

overlap.pdf    one page, 100,000 lines of text drawn at the same place (about 40 KB)
forms.pdf      one page drawing a 1,000-glyph form XObject 1,000 times (1 M glyphs, about 10 KB)
bigtext.pdf    2,000 pages of ordinary resolution text (about 13 MB of text)
ok.pdf         a small, ordinary two-page resolution (must still be read)

Raw PDF written by hand (no library needed); content streams are Flate-compressed.
"""
import os
import sys
import zlib


def pdf(objects):
    """objects: list of bytes (object bodies, numbered from 1). Returns the file bytes."""
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def stream(data, extra=b""):
    packed = zlib.compress(data, 9)
    return b"<< /Length %d /Filter /FlateDecode %s >>\nstream\n" % (len(packed), extra) + packed + b"\nendstream"


FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"


def document(page_contents, xobjects=None):
    """page_contents: list of content-stream bytes, one per page. xobjects: {name: stream body}."""
    n = len(page_contents)
    # 1 catalog, 2 pages, 3 font, then xobjects, then (page, content) pairs.
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", None, FONT]
    xobject_refs = b""
    for name, body in (xobjects or {}).items():
        objects.append(body)
        xobject_refs += b"/%s %d 0 R " % (name.encode(), len(objects))
    resources = b"<< /Font << /F1 3 0 R >> /XObject << %s>> >>" % xobject_refs
    kids = []
    for content in page_contents:
        page_number = len(objects) + 1
        kids.append(b"%d 0 R" % page_number)
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources %s /Contents %d 0 R >>"
                       % (resources, page_number + 1))
        objects.append(stream(content))
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(kids), n)
    return pdf(objects)


def lines(texts, top=720, leading=14):
    out = bytearray(b"BT /F1 10 Tf\n")
    y = top
    for t in texts:
        esc = t.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)").encode("latin-1")
        out += b"1 0 0 1 72 %d Tm (%s) Tj\n" % (y, esc)
        y -= leading
    out += b"ET\n"
    return bytes(out)


def ordinary_page(number):
    return lines([
        "The Security Council,",
        "Recalling its resolution 1325 (2000) of 31 October 2000 and resolution 1820 (2008),",
        "Reaffirming its commitment to the continuing and full implementation of resolution %d," % (1000 + number),
        "1. Decides to remain actively seized of the matter.",
    ] + ["Text of paragraph %d on page %d of this long document, with ordinary words." % (i, number) for i in range(40)])


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "."
    os.makedirs(out, exist_ok=True)
    head = lines(["United Nations", "S/RES/9999 (2024)", "Security Council"], top=760)

    overlap = bytearray(head)
    overlap += b"BT /F1 10 Tf\n" + b"1 0 0 1 72 400 Tm (Recalling its resolution 1325 \\(2000\\) and more words here) Tj\n" * 100_000 + b"ET\n"
    files = {"overlap.pdf": document([bytes(overlap)])}

    form = b"BT /F1 10 Tf 1 0 0 1 72 400 Tm (" + b"Recalling resolution 1325 " * 40 + b") Tj ET\n"
    form_body = stream(form, b"/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >>")
    files["forms.pdf"] = document([head + b"/X1 Do\n" * 1_000], {"X1": form_body})

    files["bigtext.pdf"] = document([ordinary_page(i) for i in range(2_000)])
    files["ok.pdf"] = document([head + ordinary_page(1), ordinary_page(2)])

    for name, data in files.items():
        with open(os.path.join(out, name), "wb") as f:
            f.write(data)
        print(f"{name}: {len(data):,} bytes")


if __name__ == "__main__":
    main()
