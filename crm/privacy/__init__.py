"""Data subject rights: access and export, rectification, erasure, restriction, objection,
CCPA opt-out of sale/share, their deadlines, and retention."""
