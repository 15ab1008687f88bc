"""Storage: SQLAlchemy models, database opening and migrations, and queries that take a Session."""
