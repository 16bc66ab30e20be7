"""One router per resource; :data:`ROUTERS` lists them in the order OpenAPI shows them."""
from __future__ import annotations

from api.routes import (activities, analytics, areas, deputies, docs, entities, explorer, ingest, laws, meta, query,
                        reports)

ROUTERS = [meta.router, entities.router, laws.router, activities.router, deputies.router, areas.router, reports.router,
           ingest.router, analytics.router, query.router, explorer.router, docs.router]
