"""One permission check for both Datasette lines (0.65 and the 1.0 alphas)."""


async def can_view_database(datasette, actor, database):
    """Whether ``actor`` may view ``database``, as Datasette itself would decide."""
    if hasattr(datasette, "allowed"):  # 1.0a20 and later
        from datasette.resources import DatabaseResource

        return await datasette.allowed(action="view-database", resource=DatabaseResource(database=database),
                                       actor=actor)
    return await datasette.permission_allowed(actor, "view-database", resource=database, default=True) \
        and await datasette.permission_allowed(actor, "view-instance", default=True)
