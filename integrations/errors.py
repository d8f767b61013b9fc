"""Errors of the integrations package.

CrmError
 +-- IntegrationError
      +-- UnknownIntegration        404  no active integration of that provider with that id
      +-- SignatureError            401  missing or wrong signature, or a stale timestamp
      +-- MalformedEvent            400  correctly signed, but not the provider's JSON
      +-- PayloadTooLarge           413
      +-- ProviderError                  the provider's REST API failed
      |    +-- ProviderUnavailable       429, 5xx or the network: retried with backoff
      |    +-- ProviderRejected          any other 4xx: retrying the same call cannot help
      +-- TokenRefused                   the OAuth2 refresh token was refused: reconnect
      +-- FortnoxError                   the Topics WebSocket answered a command with an error
"""

from __future__ import annotations

from crm.errors import CrmError


class IntegrationError(CrmError):
    """Base of every error raised by the integrations."""


class UnknownIntegration(IntegrationError):
    """No active integration of this provider has this id."""

    status_code = 404
    code = "not_found"


class SignatureError(IntegrationError):
    """The request is not signed by the integration's secret (or not recently enough)."""

    status_code = 401
    code = "bad_signature"


class MalformedEvent(IntegrationError):
    """The signed body is not what the provider sends."""

    status_code = 400
    code = "malformed_event"


class PayloadTooLarge(IntegrationError):
    """The body is larger than any event the provider sends."""

    status_code = 413
    code = "payload_too_large"


class ProviderError(IntegrationError):
    """A call to the provider's REST API failed; `status` is its HTTP status (0: none)."""

    status_code = 502
    code = "provider_error"

    def __init__(self, message: str, *, status: int = 0) -> None:
        super().__init__(message)
        self.status = status


class ProviderUnavailable(ProviderError):
    """Throttled (429), failing (5xx) or unreachable: the same call may work later."""


class ProviderRejected(ProviderError):
    """Refused with a 4xx other than 401 and 429 (the entity is gone, the call is wrong)."""


class TokenRefused(IntegrationError):
    """The provider refused the refresh token: someone must connect the integration again."""

    status_code = 502
    code = "token_refused"


class FortnoxError(IntegrationError):
    """The Fortnox Topics API answered a command with an error."""
