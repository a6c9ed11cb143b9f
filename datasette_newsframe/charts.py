"""Charts as inline SVG, drawn on the server: no JavaScript, no CDN, so they work offline
and on a published instance. Every label is escaped (markupsafe); every chart has a
<title> and <desc> for screen readers, and the pages show the same numbers as a table.
"""
from markupsafe import Markup

PALETTE = ["#3366aa", "#dd7733", "#449944", "#aa3377", "#7755bb", "#bbaa22", "#22aaaa", "#994433"]
STANCE_COLOURS = {"neutral": "#9aa5b1", "distancing": "#d9822b", "endorsing": "#4c9a2a",
                  "confrontational": "#c23030", "directive": "#7157d9", "none": "#dddddd"}


def colour(i):
    return PALETTE[i % len(PALETTE)]


def _svg(width, height, title, desc, body):
    return Markup(
        '<svg class="nf-chart" viewBox="0 0 {w} {h}" width="100%" preserveAspectRatio="xMinYMin meet" '
        'role="img" aria-label="{t}" xmlns="http://www.w3.org/2000/svg">'
        "<title>{t}</title><desc>{d}</desc>{b}</svg>"
    ).format(w=width, h=height, t=title, d=desc, b=body)


def _link(href, inner):
    if not href:
        return inner
    return Markup('<a href="{}">{}</a>').format(href, inner)


def bar_chart(items, title, desc="", fmt="{:,}", width=640):
    """Horizontal bars: items are dicts with label, value and optional href."""
    if not items:
        return Markup("")
    top = max(i["value"] for i in items) or 1
    row, label_w = 22, 200
    parts = []
    for n, item in enumerate(items):
        y = n * row
        w = max(1.0, (width - label_w - 70) * item["value"] / top)
        bar = Markup('<rect x="{x}" y="{y}" width="{w:.1f}" height="{h}" fill="{c}"><title>{t}: {v}</title></rect>'
                     ).format(x=label_w, y=y + 3, w=w, h=row - 6, c=item.get("colour", colour(0)),
                              t=item["label"], v=fmt.format(item["value"]))
        parts.append(Markup('<text x="{x}" y="{y}" text-anchor="end" class="nf-label">{t}</text>').format(
            x=label_w - 6, y=y + row - 7, t=_short(item["label"], 28)))
        parts.append(_link(item.get("href"), bar))
        parts.append(Markup('<text x="{x:.1f}" y="{y}" class="nf-value">{v}</text>').format(
            x=label_w + w + 4, y=y + row - 7, v=fmt.format(item["value"])))
    return _svg(width, row * len(items) + 4, title, desc, Markup("").join(parts))


def grouped_bars(groups, series, title, desc="", fmt="{:.1%}", width=640):
    """One row per group (actor), one bar per series (source) inside it.

    groups: [{"label", "values": [v per series], "hrefs": [href per series]}]; series: names.
    """
    if not groups:
        return Markup("")
    top = max((v for g in groups for v in g["values"]), default=0) or 1
    bar_h, label_w = 10, 200
    row = bar_h * len(series) + 10
    parts = []
    for n, g in enumerate(groups):
        y0 = n * row
        parts.append(Markup('<text x="{x}" y="{y}" text-anchor="end" class="nf-label">{t}</text>').format(
            x=label_w - 6, y=y0 + row / 2 + 4, t=_short(g["label"], 28)))
        for k, v in enumerate(g["values"]):
            w = max(0.5, (width - label_w - 60) * v / top)
            bar = Markup('<rect x="{x}" y="{y}" width="{w:.1f}" height="{h}" fill="{c}"><title>{t} ({s}): {v}'
                         '</title></rect>').format(x=label_w, y=y0 + 5 + k * bar_h, w=w, h=bar_h - 1,
                                                   c=colour(k), t=g["label"], s=series[k], v=fmt.format(v))
            parts.append(_link(g.get("hrefs", [None] * len(series))[k], bar))
            parts.append(Markup('<text x="{x:.1f}" y="{y}" class="nf-value nf-small">{v}</text>').format(
                x=label_w + w + 3, y=y0 + 5 + k * bar_h + bar_h - 2, v=fmt.format(v)))
    return _svg(width, row * len(groups) + 4, title, desc, Markup("").join(parts))


def stacked_shares(rows_, categories, colours, title, desc="", width=640):
    """Small multiples as 100% stacked bars, one per row: rows_ = [{"label", "counts": {category: n}}]."""
    if not rows_:
        return Markup("")
    row, label_w = 26, 200
    parts = []
    for n, r in enumerate(rows_):
        total = sum(r["counts"].values()) or 1
        x = label_w
        y = n * row
        parts.append(Markup('<text x="{x}" y="{y}" text-anchor="end" class="nf-label">{t}</text>').format(
            x=label_w - 6, y=y + row - 9, t=_short(r["label"], 28)))
        for cat in categories:
            v = r["counts"].get(cat, 0)
            if not v:
                continue
            w = (width - label_w - 10) * v / total
            parts.append(Markup('<rect x="{x:.1f}" y="{y}" width="{w:.1f}" height="{h}" fill="{c}">'
                                '<title>{t}: {cat} {v} ({p:.0%})</title></rect>').format(
                x=x, y=y + 3, w=w, h=row - 8, c=colours.get(cat, "#999"), t=r["label"], cat=cat, v=v, p=v / total))
            x += w
    legend_y = row * len(rows_) + 14
    lx = 10  # from the left edge, so all five stances fit
    for cat in categories:
        parts.append(Markup('<rect x="{x}" y="{y}" width="10" height="10" fill="{c}"></rect>'
                            '<text x="{tx}" y="{ty}" class="nf-small">{t}</text>').format(
            x=lx, y=legend_y - 9, c=colours.get(cat, "#999"), tx=lx + 13, ty=legend_y, t=cat))
        lx += 14 + 7 * len(cat) + 12
    return _svg(width, legend_y + 6, title, desc, Markup("").join(parts))


def line_chart(series, title, desc="", width=640, height=220):
    """Lines over months: series = [{"label", "points": [(month "YYYY-MM", value)]}]."""
    months = sorted({m for s in series for m, _ in s["points"]})
    if not months:
        return Markup("")
    top = max((v for s in series for _, v in s["points"]), default=0) or 1
    left, bottom, right, top_pad = 40, 30, 10, 10
    plot_w, plot_h = width - left - right, height - bottom - top_pad
    step = plot_w / max(1, len(months) - 1)

    def xy(m, v):
        return left + months.index(m) * step, top_pad + plot_h - plot_h * v / top

    parts = [Markup('<line x1="{l}" y1="{b}" x2="{r}" y2="{b}" class="nf-axis"></line>').format(
        l=left, r=width - right, b=top_pad + plot_h)]
    parts.append(Markup('<text x="{x}" y="{y}" text-anchor="end" class="nf-small">{t}</text>').format(
        x=left - 4, y=top_pad + 8, t=top))
    for i in sorted({0, len(months) - 1, len(months) // 2}):
        x, _ = xy(months[i], 0)
        parts.append(Markup('<text x="{x:.1f}" y="{y}" text-anchor="middle" class="nf-small">{t}</text>').format(
            x=x, y=height - 8, t=months[i]))
    for k, s in enumerate(series):
        pts = [xy(m, v) for m, v in sorted(s["points"])]
        path = " ".join(f"{x:.1f},{y:.1f}" for x, y in pts)
        parts.append(Markup('<polyline points="{p}" fill="none" stroke="{c}" stroke-width="2" class="nf-line">'
                            '<title>{t}</title></polyline>').format(p=path, c=colour(k), t=s["label"]))
        for (m, v), (x, y) in zip(sorted(s["points"]), pts):
            parts.append(Markup('<circle cx="{x:.1f}" cy="{y:.1f}" r="2.5" fill="{c}"><title>{t} {m}: {v}</title>'
                                '</circle>').format(x=x, y=y, c=colour(k), t=s["label"], m=m, v=v))
    return _svg(width, height, title, desc, Markup("").join(parts))


def legend(names):
    return Markup("").join(Markup('<span class="nf-key"><span class="nf-swatch" style="background:{c}"></span>{n}'
                                  '</span>').format(c=colour(i), n=n) for i, n in enumerate(names))


def _short(text, n):
    text = str(text)
    return text if len(text) <= n else text[: n - 1] + "\u2026"
