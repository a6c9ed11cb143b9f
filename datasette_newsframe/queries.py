"""The SQL behind the plugin's pages. Every value from a request is a bound parameter.

Each function takes a Datasette ``Database`` and returns plain dicts and lists, so
the same data feeds the HTML page, its JSON twin and the tests that compare counts.
"""
import math
import re
from collections import Counter, defaultdict


STANCE_COLUMNS = ("neutral", "distancing", "endorsing", "confrontational", "directive")


class BadRequest(ValueError):
    """A request parameter the page cannot use (shown to the user with status 400)."""


def _unpack_stances(row, **ident):
    """A summary row with one column per stance -> one row per stance, plus 'none' for the rest."""
    out, named = [], 0
    for c in STANCE_COLUMNS:
        if row[c]:
            out.append(dict(ident, stance=c, quotes=row[c]))
            named += row[c]
    if row["quotes"] - named:
        out.append(dict(ident, stance="none", quotes=row["quotes"] - named))
    return out


async def rows(db, sql, params=None):
    result = await db.execute(sql, params or {})
    return [dict(r) for r in result.rows]


async def one(db, sql, params=None):
    found = await rows(db, sql, params)
    return found[0] if found else None


# ---- overview -------------------------------------------------------------------------

async def overview(db):
    totals = await one(db, """
        select (select coalesce(sum(articles), 0) from summary_sources) as articles,
               (select coalesce(sum(quotes), 0) from summary_sources) as quotes,
               (select count(*) from actors) as actors, (select count(*) from load_errors) as load_errors,
               (select min(published) from articles) as first_published,
               (select max(published) from articles) as last_published""")
    sources = await rows(db, """
        select s.id, s.name, x.articles, x.quotes, x.first_published, x.last_published
        from sources s join summary_sources x on x.source_id = s.id order by x.articles desc, s.name""")
    top_actors = await rows(db, """
        select a.id, a.name, a.kind, t.quotes, t.sources from (
            select actor_id, sum(quotes) as quotes, count(*) as sources from summary_actor_sources
            group by actor_id order by quotes desc limit 20) t
        join actors a on a.id = t.actor_id order by t.quotes desc, a.name""")
    sums = await one(db, "select sum(direct) as direct, sum(partial) as partial, sum(indirect) as indirect, "
                         "sum(scare) as scare from summary_sources")
    kinds = sorted(({"kind": k, "quotes": sums[k] or 0} for k in ("direct", "partial", "indirect", "scare")),
                   key=lambda r: -r["quotes"])
    citations = await rows(db, "select name, citation, url, licence, note from corpus_citations order by id")
    return {"totals": totals, "sources": sources, "top_actors": top_actors, "quote_kinds": kinds,
            "citations": citations}


# ---- actor ----------------------------------------------------------------------------

async def actor(db, actor_id, limit=200):
    found = await one(db, "select id, name, kind, key from actors where id = :id", {"id": actor_id})
    if found is None:
        return None
    aliases = [r["alias"] for r in await rows(
        db, "select alias from actor_aliases where actor_id = :id order by alias", {"id": actor_id})]
    roles = await rows(db, """
        select source_id, source, role, mentions from (
            select s.id as source_id, s.name as source, r.role, r.mentions,
                   row_number() over (partition by r.source_id order by r.mentions desc, r.role) as rank
            from summary_actor_roles r left join sources s on s.id = r.source_id
            where r.actor_id = :id)
        where rank <= 4 order by source, mentions desc""", {"id": actor_id})
    by_source = await rows(db, """
        select s.id as source_id, s.name as source, x.quotes, t.quotes as source_quotes,
               t.articles as source_articles
        from summary_actor_sources x join sources s on s.id = x.source_id
        join summary_sources t on t.source_id = x.source_id
        where x.actor_id = :id order by x.quotes desc, s.name""", {"id": actor_id})
    for r in by_source:
        r["share"] = r["quotes"] / r["source_quotes"] if r["source_quotes"] else 0.0
        r["per_100_articles"] = 100.0 * r["quotes"] / r["source_articles"] if r["source_articles"] else 0.0
    stance = []
    for r in await rows(db, """
            select s.id as source_id, s.name as source, x.quotes, x.neutral, x.distancing, x.endorsing,
                   x.confrontational, x.directive
            from summary_actor_sources x join sources s on s.id = x.source_id
            where x.actor_id = :id order by s.name""", {"id": actor_id}):
        stance += _unpack_stances(r, source_id=r["source_id"], source=r["source"])
    cues = await rows(db, """
        select s.name as source, c.cue_lemma, c.stance, c.quotes
        from summary_actor_cues c join sources s on s.id = c.source_id
        where c.actor_id = :id order by s.name, c.quotes desc""", {"id": actor_id})
    over_time = await rows(db, """
        select substr(q.published, 1, 7) as month, count(*) as quotes
        from quotes q where q.actor_id = :id and q.published is not null
        group by month order by month""", {"id": actor_id})
    quotes = await rows(db, """
        select q.id, q.article_id, q.kind, q.text, q.speaker_mention, q.cue, q.stance, q.published,
               q.attributed_by, s.name as source, a.title
        from quotes q join articles a on a.id = q.article_id left join sources s on s.id = q.source_id
        where q.actor_id = :id order by q.published desc, q.id limit :limit""", {"id": actor_id, "limit": limit})
    total = await one(db, "select coalesce(sum(quotes), 0) as n, count(*) as sources, "
                          "(select count(*) from mentions where actor_id = :id) as mentions "
                          "from summary_actor_sources where actor_id = :id", {"id": actor_id})
    return {"who": found, "aliases": aliases, "roles": roles, "by_source": by_source, "stance": stance,
            "cues": cues, "over_time": over_time, "quotes": quotes, "total_quotes": total["n"],
            "total_mentions": total["mentions"], "quoted_by_sources": total["sources"]}


# ---- article --------------------------------------------------------------------------

async def article(db, article_id):
    found = await one(db, """
        select a.id, a.title, a.published, a.url, a.author, a.publisher, a.section, a.body, a.external_id,
               a.source_id, s.name as source
        from articles a left join sources s on s.id = a.source_id where a.id = :id""", {"id": article_id})
    if found is None:
        return None
    quotes = await rows(db, """
        select q.id, q.kind, q.text, q.char_start, q.char_end, q.speaker_mention, q.speaker_char_start,
               q.speaker_char_end, q.cue, q.cue_lemma, q.stance, q.actor_id, q.attributed_by, a.name as speaker
        from quotes q left join actors a on a.id = q.actor_id
        where q.article_id = :id order by q.char_start""", {"id": article_id})
    mentions = await rows(db, """
        select m.char_start, m.char_end, m.text, m.role, m.via, m.actor_id, a.name as actor, a.kind
        from mentions m left join actors a on a.id = m.actor_id
        where m.article_id = :id order by m.char_start""", {"id": article_id})
    return {"article": found, "quotes": quotes, "mentions": mentions}


# ---- compare --------------------------------------------------------------------------

DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
STOPWORDS = set("""a about above after again against all also am an and any are as at be because been before
being below between both but by can could did do does doing down during each few for from further had has
have having he her here hers herself him himself his how i if in into is it its itself just me more most my
myself no nor not now of off on once only or other our ours ourselves out over own same she should so some
such than that the their theirs them themselves then there these they this those through to too under until
up very was we were what when where which while who whom why will with would you your yours yourself going
get got gonna want one two us said says say people think know like really lot many much make way well even
still back also would dont don't it's that's we're i'm they're can't won't didn't doesn't isn't""".split())


def parse_compare_args(args, known_sources):
    """Validate the compare page's query string -> (source ids, filters). Raises BadRequest."""
    ids = []
    for raw in args.getlist("source"):
        if not raw.strip().isdigit():
            raise BadRequest(f"source must be a source id (a whole number), not {raw!r}")
        value = int(raw)
        if value not in known_sources:
            raise BadRequest(f"unknown source id {value}; known ids: "
                             + ", ".join(f"{i} ({n})" for i, n in sorted(known_sources.items())))
        if value not in ids:
            ids.append(value)
    filters = {}
    for key in ("from", "to"):
        value = (args.get(key) or "").strip()
        if value and not DATE.match(value):
            raise BadRequest(f"{key} must be a date like 2016, 2016-09 or 2016-09-12, not {value!r}")
        filters[key] = value
    term = (args.get("q") or "").strip()
    if len(term) > 200:
        raise BadRequest("the search term is too long (200 characters at most)")
    filters["q"] = term
    return ids, filters


def fts_phrase(term):
    """A user's words as a safe FTS query: each word quoted, so no FTS syntax gets through."""
    words = re.findall(r"[\w'\-]+", term)
    return " ".join('"' + w.replace('"', "") + '"' for w in words)


def _selection(ids, filters):
    """(SQL for the selected articles, parameters): only placeholders and bound values."""
    params = {f"s{i}": v for i, v in enumerate(ids)}
    sql = "select id, source_id, published from articles where source_id in (" + \
        ", ".join(f":s{i}" for i in range(len(ids))) + ")"
    if filters.get("from"):
        sql += " and published >= :date_from"
        params["date_from"] = filters["from"]
    if filters.get("to"):
        sql += " and substr(published, 1, :to_len) <= :date_to"
        params["date_to"] = filters["to"]
        params["to_len"] = len(filters["to"])
    if filters.get("q"):
        sql += " and id in (select rowid from articles_fts where articles_fts match :fts)"
        params["fts"] = fts_phrase(filters["q"]) or '""'
    return sql, params


async def compare(db, ids, filters, top=15):
    sel, params = _selection(ids, filters)
    names = {r["id"]: r["name"] for r in await rows(db, "select id, name from sources")}
    whole = not any(filters.values())  # no date or story filter: the loader's summaries answer
    in_ids = "(" + ", ".join(f":s{i}" for i in range(len(ids))) + ")"
    if whole:
        sizes = {r["source_id"]: r for r in await rows(
            db, f"select source_id, articles, quotes from summary_sources where source_id in {in_ids}", params)}
        counts = await rows(db, f"""
            select x.actor_id, a.name, a.kind, x.source_id, x.quotes
            from summary_actor_sources x join actors a on a.id = x.actor_id
            where x.source_id in {in_ids}""", params)
    else:
        sizes = {r["source_id"]: r for r in await rows(db, f"""
            with sel as ({sel})
            select sel.source_id, count(distinct sel.id) as articles, count(q.id) as quotes
            from sel left join quotes q on q.article_id = sel.id group by sel.source_id""", params)}
        counts = await rows(db, f"""
            with sel as ({sel})
            select q.actor_id, a.name, a.kind, sel.source_id, count(*) as quotes
            from quotes q join sel on sel.id = q.article_id join actors a on a.id = q.actor_id
            group by q.actor_id, sel.source_id""", params)
    sources = [{"id": i, "name": names[i], "articles": sizes.get(i, {}).get("articles", 0),
                "quotes": sizes.get(i, {}).get("quotes", 0)} for i in ids]
    by_actor = defaultdict(dict)
    info = {}
    for r in counts:
        by_actor[r["actor_id"]][r["source_id"]] = r["quotes"]
        info[r["actor_id"]] = (r["name"], r["kind"])
    quotes_of = {s["id"]: s["quotes"] for s in sources}

    def share(actor_id, source_id):
        n = by_actor[actor_id].get(source_id, 0)
        return n / quotes_of[source_id] if quotes_of[source_id] else 0.0

    ranked = sorted(by_actor, key=lambda a: (-max(share(a, s) for s in ids), info[a][0]))[:top]
    share_of_voice = [{"actor_id": a, "name": info[a][0], "kind": info[a][1],
                       "by_source": [{"source_id": s, "quotes": by_actor[a].get(s, 0), "share": share(a, s)}
                                     for s in ids]} for a in ranked]
    exclusive = []
    for s in ids:
        only = [(n, a) for a, per in by_actor.items() for src, n in per.items()
                if src == s and n >= 2 and all(per.get(o, 0) == 0 for o in ids if o != s)]
        only.sort(key=lambda x: (-x[0], info[x[1]][0]))
        exclusive.append({"source_id": s, "source": names[s],
                          "actors": [{"actor_id": a, "name": info[a][0], "quotes": n} for n, a in only[:10]]})
    if whole:
        stance, kinds = await _stance_and_kinds_from_summaries(db, in_ids, params, ids)
    else:
        stance = await rows(db, f"""
            with sel as ({sel})
            select sel.source_id, coalesce(a.kind, 'unattributed') as actor_kind,
                   coalesce(q.stance, 'none') as stance, count(*) as quotes
            from quotes q join sel on sel.id = q.article_id left join actors a on a.id = q.actor_id
            group by 1, 2, 3 order by 1, 2, 3""", params)
        kinds = await rows(db, f"""
            with sel as ({sel})
            select sel.source_id, q.kind, count(*) as quotes
            from quotes q join sel on sel.id = q.article_id group by 1, 2 order by 1, 2""", params)
    over_time = await rows(db, f"""
        with sel as ({sel})
        select source_id, substr(published, 1, 7) as month, count(*) as articles
        from sel where published is not null group by 1, 2 order by 2, 1""", params)
    texts = []
    for i in ids:  # the most recent quotes of each source: enough for stable word counts, fast to read
        if whole:
            texts += await rows(db, "select source_id, text from quotes where source_id = :one and kind != 'scare' "
                                    "order by id desc limit 3000", {"one": i})
        else:
            texts += await rows(db, f"""
                with sel as ({sel})
                select sel.source_id, q.text from quotes q join sel on sel.id = q.article_id
                where sel.source_id = :one and q.kind != 'scare' order by q.id desc limit 3000""",
                                dict(params, one=i))
    return {"sources": sources, "filters": filters, "share_of_voice": share_of_voice, "exclusive": exclusive,
            "stance": stance, "kinds": kinds, "over_time": over_time,
            "distinctive_terms": distinctive_terms(texts, ids, names)}


async def _stance_and_kinds_from_summaries(db, in_ids, params, ids):
    """Stance by actor kind, and quote kinds, per source, from summary_actor_sources and quotes'
    unattributed rows (the summary holds attributed quotes only)."""
    stance_cols = ", ".join(f"sum(x.{c}) as {c}" for c in STANCE_COLUMNS)
    stance = []
    for r in await rows(db, f"""
            select x.source_id, a.kind as actor_kind, sum(x.quotes) as quotes, {stance_cols}
            from summary_actor_sources x join actors a on a.id = x.actor_id
            where x.source_id in {in_ids} group by 1, 2 order by 1, 2""", params):
        stance += _unpack_stances(r, source_id=r["source_id"], actor_kind=r["actor_kind"])
    stance += await rows(db, f"""
        select source_id, 'unattributed' as actor_kind, coalesce(stance, 'none') as stance, count(*) as quotes
        from quotes where source_id in {in_ids} and actor_id is null group by 1, 3""", params)
    kinds = [{"source_id": r["source_id"], "kind": k, "quotes": r[k]}
             for r in await rows(db, f"select * from summary_sources where source_id in {in_ids} "
                                     "order by source_id", params)
             for k in sorted(("direct", "partial", "indirect", "scare")) if r[k]]
    stance.sort(key=lambda r: (r["source_id"], r["actor_kind"], r["stance"]))
    return stance, kinds


def distinctive_terms(texts, ids, names, top=12):
    """Words each source's quotes use more than the others': log-odds with an informative
    Dirichlet prior (Monroe, Colaresi & Quinn 2008), as z-scores."""
    counts = {s: Counter() for s in ids}
    for r in texts:
        for w in re.findall(r"[a-z][a-z'\-]{2,}", r["text"].lower()):
            if w not in STOPWORDS:
                counts[r["source_id"]][w] += 1
    prior = Counter()
    for c in counts.values():
        prior.update(c)
    total = sum(prior.values()) or 1
    alpha0 = 500.0  # strength of the prior: the corpus-wide frequency of each word
    out = []
    for s in ids:
        mine = counts[s]
        rest = Counter()
        for o in ids:
            if o != s:
                rest.update(counts[o])
        n1, n2 = sum(mine.values()), sum(rest.values())
        scored = []
        for w, c in mine.items():
            if c < 3:
                continue
            aw = alpha0 * prior[w] / total
            l1 = math.log((c + aw) / (n1 + alpha0 - c - aw))
            l2 = math.log((rest[w] + aw) / (n2 + alpha0 - rest[w] - aw))
            z = (l1 - l2) / math.sqrt(1 / (c + aw) + 1 / (rest[w] + aw))
            scored.append((round(z, 2), w, c))
        scored.sort(reverse=True)
        out.append({"source_id": s, "source": names[s],
                    "terms": [{"term": w, "z": z, "count": c} for z, w, c in scored[:top]]})
    return out
