"""Errors of the campaigns package, each mapped to one HTTP status by the API.

CampaignError (crm.errors.CrmError)
 +-- TemplateInvalid   422  syntax errors or unknown variables; `problems` lists each by line
 +-- RenderError       422  a template that fails for one contact (a filter misused, too large)
 +-- SegmentInvalid    422  a rule that cannot be compiled; `field` is its path in the tree
 +-- NotReady          422  a campaign that lacks something to be scheduled (postal address ...)
 +-- StateError        409  an action the campaign's current state does not allow

Sending errors are the mail package's (crm/mail/errors.py): TransientMailError for 4xx and
dropped connections, PermanentMailError for 5xx, translated once at the SMTP boundary.
"""

from __future__ import annotations

from dataclasses import dataclass

from crm.errors import CrmError


class CampaignError(CrmError):
    """Base of every error this package raises on purpose."""


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a template: which part, which line (1-based), what."""

    part: str  # subject, html, text or layout
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.part} line {self.line}: {self.message}"


class TemplateInvalid(CampaignError):
    """A template that does not compile, or that names variables that do not exist."""

    status_code = 422
    code = "invalid_template"

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("; ".join(map(str, problems)), field=problems[0].part)
        self.problems = problems


class RenderError(CampaignError):
    """A valid template that could not be rendered for one recipient."""

    status_code = 422
    code = "render_failed"


class SegmentInvalid(CampaignError):
    """A segment rule that cannot be compiled."""

    status_code = 422
    code = "invalid_segment"


class NotReady(CampaignError):
    """A campaign that cannot be scheduled yet; the message says what is missing."""

    status_code = 422
    code = "not_ready"


class StateError(CampaignError):
    """An action the campaign's state does not allow (e.g. pausing a draft)."""

    status_code = 409
    code = "invalid_state"
