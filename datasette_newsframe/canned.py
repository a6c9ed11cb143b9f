"""Canned queries shipped with the plugin: the same SQL for Datasette 0.65 (canned_queries
hook) and 1.0 (datasette.add_query at startup). Parameters are bound, never formatted in."""

QUERIES = {
    "quotes_per_actor_per_source": {
        "title": "Quotes per actor per source",
        "description": "How often each source quotes each actor; :kind is direct, partial, indirect, scare or empty "
                       "for all; :min_quotes hides rare actors. A query shows at most Datasette's max_returned_rows "
                       "(1,000 by default): the table summary_actor_sources holds every actor and source, paginated.",
        "sql": """select a.id as actor_id, a.name as actor, a.kind as actor_kind, s.name as source,
       count(*) as quotes
from quotes q join actors a on a.id = q.actor_id join sources s on s.id = q.source_id
where (:kind = '' or q.kind = :kind)
group by a.id, s.id
having count(*) >= cast(coalesce(nullif(:min_quotes, ''), '1') as integer)
order by quotes desc, actor, source""",
    },
    "stance_by_source": {
        "title": "Reporting-verb stance by source",
        "description": "Share of each source's attributed quotes introduced by neutral, distancing, endorsing, "
                       "confrontational or directive verbs.",
        "sql": """select s.name as source, coalesce(q.stance, 'none') as stance, count(*) as quotes,
       round(100.0 * count(*) / sum(count(*)) over (partition by s.id), 1) as percent_of_source
from quotes q join sources s on s.id = q.source_id
group by s.id, 2 order by source, quotes desc""",
    },
    "share_of_voice": {
        "title": "Share of voice",
        "description": "Each actor's share of a source's quotes (normalised by the source's size); :source is a "
                       "source name, or empty for all.",
        "sql": """with totals as (select source_id, count(*) as n from quotes group by source_id)
select s.name as source, a.name as actor, count(*) as quotes,
       round(100.0 * count(*) / t.n, 2) as percent_of_source_quotes
from quotes q join actors a on a.id = q.actor_id join sources s on s.id = q.source_id
join totals t on t.source_id = q.source_id
where (:source = '' or s.name = :source)
group by s.id, a.id order by source, quotes desc limit 500""",
    },
    "actors_only_one_source_quotes": {
        "title": "Actors only one source quotes",
        "description": "Actors quoted at least :min_quotes times, all by a single source.",
        "sql": """select a.id as actor_id, a.name as actor, a.kind, min(s.name) as only_source, count(*) as quotes
from quotes q join actors a on a.id = q.actor_id join sources s on s.id = q.source_id
group by a.id having count(distinct q.source_id) = 1
   and count(*) >= cast(coalesce(nullif(:min_quotes, ''), '2') as integer)
order by quotes desc, actor""",
    },
    "actor_quotes_over_time": {
        "title": "Quotes by an actor over time",
        "description": "Quotes per month for the actor named :actor (exact name, as in the actors table).",
        "sql": """select substr(q.published, 1, 7) as month, s.name as source, count(*) as quotes
from quotes q join actors a on a.id = q.actor_id join sources s on s.id = q.source_id
where a.name = :actor and q.published is not null
group by month, s.id order by month, source""",
    },
}


def for_database():
    """The queries in the shape of Datasette 0.65's canned_queries hook."""
    return {name: dict(q) for name, q in QUERIES.items()}
