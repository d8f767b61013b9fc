"""The REST API under /api/v1: operations declared once, served and documented from that."""
