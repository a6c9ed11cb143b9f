"""An article body as HTML with its quotes marked and its mentions linked. Escapes everything."""
from markupsafe import Markup


def highlight(body, quotes, mentions, actor_href):
    """HTML for ``body``: quotes in <mark class="nf-q nf-KIND">, mentions as links to actor pages.

    Spans may overlap (a name inside a quote); the text is cut at every boundary and each
    piece wrapped in the quote and mention that cover it. Paragraphs become <p>.
    """
    bounds = {0, len(body)}
    for q in quotes:
        bounds.update((q["char_start"], q["char_end"]))
    for m in mentions:
        bounds.update((m["char_start"], m["char_end"]))
    cuts = sorted(b for b in bounds if 0 <= b <= len(body))
    paragraphs, current = [], []
    for a, b in zip(cuts, cuts[1:]):
        quote = next((q for q in quotes if q["char_start"] <= a and b <= q["char_end"]), None)
        mention = next((m for m in mentions if m["char_start"] <= a and b <= m["char_end"]), None)
        pieces = body[a:b].split("\n")
        for k, piece in enumerate(pieces):
            if k:
                paragraphs.append(current)
                current = []
            if not piece:
                continue
            html = Markup("{}").format(piece)
            if mention is not None and mention.get("actor_id"):
                html = Markup('<a class="nf-mention" href="{}" title="{}">{}</a>').format(
                    actor_href(mention["actor_id"]), mention.get("actor") or "", html)
            if quote is not None:
                label = " · ".join(x for x in [quote["kind"], quote.get("speaker") or quote.get("speaker_mention"),
                                               quote.get("cue"), quote.get("stance")] if x)
                html = Markup('<mark class="nf-q nf-{kind}" data-quote="{id}" title="{label}">{h}</mark>').format(
                    kind=quote["kind"], id=quote["id"], label=label, h=html)
            current.append(html)
    paragraphs.append(current)
    return Markup("").join(Markup("<p>{}</p>").format(Markup("").join(p)) for p in paragraphs if p)
