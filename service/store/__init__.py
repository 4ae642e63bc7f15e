"""The quote store (off unless KUTIP_DATABASE_URL is set): documents, quotes, people,
mentions and cross-article speakers in SQLite or PostgreSQL, for dashboards and BI tools."""
