#!/usr/bin/env python3
"""Checks a report's DOM as headless Chromium dumped it after load (--dump-dom).

    check_dom.py demo DOM.html       the diagrams are inline SVG with nodes, every link goes to
                                     https://undocs.org/, the report's own script ran
    check_dom.py hostile DOM.html    nothing from document text ran or became an element
    check_dom.py png SHOT.png W H    the screenshot has the size asked and is not blank

Exit status 0 when every check passes; each failure is printed on one line.
"""
import html.parser
import struct
import sys
import zlib

PWNED = "PWNED"
UNDOCS = "https://undocs.org/"


class Element:
    def __init__(self, tag, attrs, parent):
        self.tag = tag
        self.attrs = dict(attrs)
        self.parent = parent
        self.children = []
        self.text = []

    def classes(self):
        return (self.attrs.get("class") or "").split()

    def ancestors(self):
        node = self.parent
        while node is not None:
            yield node
            node = node.parent

    def walk(self):
        stack = [self]
        while stack:
            node = stack.pop()
            yield node
            stack.extend(reversed(node.children))


VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class Tree(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Element("#root", [], None)
        self.current = self.root
        self.all_text = []

    def handle_starttag(self, tag, attrs):
        element = Element(tag, attrs, self.current)
        self.current.children.append(element)
        if tag not in VOID:
            self.current = element

    def handle_startendtag(self, tag, attrs):
        self.current.children.append(Element(tag, attrs, self.current))

    def handle_endtag(self, tag):
        node = self.current
        while node is not None and node.tag != tag:
            node = node.parent
        if node is not None and node.parent is not None:
            self.current = node.parent

    def handle_data(self, data):
        self.current.text.append(data)
        self.all_text.append(data)


def parse(path):
    with open(path, encoding="utf-8") as f:
        tree = Tree()
        tree.feed(f.read())
    return tree


def title_of(tree):
    for e in tree.root.walk():
        if e.tag == "title" and not any(a.tag == "svg" for a in e.ancestors()):
            return "".join(e.text)
    return ""


def href(e):
    return e.attrs.get("href") or e.attrs.get("xlink:href")


def check_common(tree, failures):
    title = title_of(tree)
    if title.strip() == PWNED:
        failures.append(f"document.title was changed by injected script: {title!r}")
    scripts = [e for e in tree.root.walk() if e.tag == "script"]
    if len(scripts) != 1:
        failures.append(f"{len(scripts)} <script> elements; the report has exactly one of its own")
    html_element = next((e for e in tree.root.walk() if e.tag == "html"), None)
    if html_element is None or "js" not in html_element.classes():
        failures.append("the report's own script did not run (no class 'js' on <html>): the CSP hash may be wrong")
    for e in tree.root.walk():
        for name in e.attrs:
            if name.lower().startswith("on"):
                failures.append(f"<{e.tag}> carries an event attribute {name}")
        if e.tag in ("img", "iframe", "object", "embed", "foreignobject", "link", "base", "form"):
            failures.append(f"unexpected <{e.tag}> element")
        target = href(e)
        if e.tag == "a" and target is not None and not (target.startswith(UNDOCS) or target.startswith("#")):
            failures.append(f"link to {target!r}")


def check_demo(tree, failures):
    check_common(tree, failures)
    figures = [e for e in tree.root.walk() if e.tag == "figure" and "diagram" in e.classes()]
    svgs = [s for f in figures for s in f.walk() if s.tag == "svg"]
    if not svgs:
        failures.append("no diagram: no <svg> inside <figure class=diagram>")
    undocs_links = 0
    for i, svg in enumerate(svgs):
        nodes = [g for g in svg.walk() if g.tag == "g" and "node" in g.classes()]
        if not nodes:
            failures.append(f"diagram {i + 1} has no node")
        for a in svg.walk():
            if a.tag == "a" and href(a) is not None:
                if not href(a).startswith(UNDOCS):
                    failures.append(f"diagram {i + 1}: node link to {href(a)!r}")
                else:
                    undocs_links += 1
    if svgs and undocs_links == 0:
        failures.append("no node links to https://undocs.org/")
    print(f"demo: {len(figures)} figures, {len(svgs)} inline SVG, "
          f"{sum(1 for s in svgs for g in s.walk() if g.tag == 'g' and 'node' in g.classes())} nodes, "
          f"{undocs_links} node links to undocs.org, title {title_of(tree)!r}")


def check_hostile(tree, failures):
    check_common(tree, failures)
    text = "".join(tree.all_text)
    if "<script>document.title='PWNED'</script>" not in text:
        failures.append("the hostile title is not shown as text")
    if "<img src=x onerror=" not in text:
        failures.append("the hostile <img> is not shown as text")
    injected = [e for e in tree.root.walk() if e.tag in ("img", "svg") and any(n.lower().startswith("on") for n in e.attrs)]
    if injected:
        failures.append(f"{len(injected)} injected elements with event handlers")
    print(f"hostile: title {title_of(tree)!r}, "
          f"{sum(1 for e in tree.root.walk() if e.tag == 'script')} script element(s), hostile strings shown as text")


def png_pixels(path):
    """Width, height and a function giving (r, g, b) of a pixel of an 8-bit RGB(A) PNG."""
    with open(path, "rb") as f:
        data = f.read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG")
    pos, idat, width, height, ctype = 8, b"", 0, 0, 0
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, ctype = struct.unpack(">IIBB", body[:10])
            if depth != 8 or ctype not in (2, 6):
                raise ValueError(f"unsupported PNG (depth {depth}, colour type {ctype})")
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    bpp = 4 if ctype == 6 else 3
    raw = zlib.decompress(idat)
    stride = width * bpp
    rows, prev, i = [], bytearray(stride), 0
    for _ in range(height):
        ftype, line = raw[i], bytearray(raw[i + 1:i + 1 + stride])
        i += 1 + stride
        for x in range(stride):
            a = line[x - bpp] if x >= bpp else 0
            b = prev[x]
            c = prev[x - bpp] if x >= bpp else 0
            if ftype == 1: line[x] = (line[x] + a) & 255
            elif ftype == 2: line[x] = (line[x] + b) & 255
            elif ftype == 3: line[x] = (line[x] + (a + b) // 2) & 255
            elif ftype == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(line)
        prev = line
    return width, height, lambda x, y: tuple(rows[y][x * bpp:x * bpp + 3])


def check_png(path, want_w, want_h, failures):
    width, height, pixel = png_pixels(path)
    if (width, height) != (want_w, want_h):
        failures.append(f"screenshot is {width}x{height}, not {want_w}x{want_h}")
    inked = colored = total = 0
    for y in range(0, height, 4):
        for x in range(0, width, 4):
            r, g, b = pixel(x, y)
            total += 1
            if min(r, g, b) < 235:
                inked += 1
            if max(r, g, b) - min(r, g, b) > 40:
                colored += 1
    share = inked / max(total, 1)
    print(f"screenshot {path}: {width}x{height}, {share:.1%} inked, {colored / max(total, 1):.2%} coloured")
    if share < 0.02:
        failures.append(f"screenshot {path} is blank ({share:.2%} inked)")
    if colored == 0:
        failures.append(f"screenshot {path} has no colour at all")


def main(argv):
    failures = []
    if len(argv) >= 3 and argv[1] in ("demo", "hostile"):
        tree = parse(argv[2])
        (check_demo if argv[1] == "demo" else check_hostile)(tree, failures)
    elif len(argv) == 5 and argv[1] == "png":
        check_png(argv[2], int(argv[3]), int(argv[4]), failures)
    else:
        print(__doc__)
        return 2
    for f in failures:
        print(f"FAIL: {f}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
