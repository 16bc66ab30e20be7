"""`python -m api` is `okg`."""
from api.cli import app

app()
