"""The one Api instance every endpoint module registers its operations on."""

from crm.api.routing import Api

api = Api("/api/v1")
