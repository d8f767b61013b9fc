from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True

UPGRADE = {
    "sqlite": """
        CREATE TABLE IF NOT EXISTS "segments" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "workspace_id" INT NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "rules" JSON NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL
) /* A saved rule tree over contacts (see campaigns\/segments.py for the grammar). */;
CREATE INDEX IF NOT EXISTS "idx_segments_workspa_dc35e5" ON "segments" ("workspace_id");
        CREATE TABLE IF NOT EXISTS "send_rates" (
    "key" VARCHAR(64) NOT NULL PRIMARY KEY,
    "tat" REAL NOT NULL
) /* One rate limit's state in the database (campaigns\/ratelimit.py, when there is no Redis): */;
        CREATE TABLE IF NOT EXISTS "sender_profiles" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "workspace_id" INT NOT NULL UNIQUE,
    "postal_address" TEXT NOT NULL,
    "messages_per_second" INT NOT NULL,
    "dkim_domain" VARCHAR(253) NOT NULL,
    "dkim_selector" VARCHAR(63) NOT NULL,
    "dkim_private_key" TEXT NOT NULL,
    "updated_at" TIMESTAMP NOT NULL
) /* How a workspace sends: its postal address (every footer), its rate limit, its DKIM key. */;
        CREATE TABLE IF NOT EXISTS "templates" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "workspace_id" INT NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "subject" VARCHAR(998) NOT NULL,
    "html" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "is_layout" INT NOT NULL,
    "layout_id" INT,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL
) /* A marketer-written email: Jinja2 subject, HTML and optional text, in a layout. */;
CREATE INDEX IF NOT EXISTS "idx_templates_workspa_42203f" ON "templates" ("workspace_id");
        CREATE TABLE IF NOT EXISTS "tracking_campaign_hours" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "workspace_id" INT NOT NULL,
    "campaign_id" INT NOT NULL,
    "hour" INT NOT NULL,
    "opens" BIGINT NOT NULL,
    "human_opens" BIGINT NOT NULL,
    "unique_opens" BIGINT NOT NULL,
    "unique_human_opens" BIGINT NOT NULL,
    "unique_machine_opens" BIGINT NOT NULL,
    "clicks" BIGINT NOT NULL,
    "human_clicks" BIGINT NOT NULL,
    "unique_clicks" BIGINT NOT NULL,
    "unique_human_clicks" BIGINT NOT NULL,
    "unique_machine_clicks" BIGINT NOT NULL,
    "unsubscribes" BIGINT NOT NULL,
    CONSTRAINT "uid_tracking_ca_campaig_e7130a" UNIQUE ("campaign_id", "hour")
) /* What happened to one campaign's messages in one hour, added to as events are written. */;
        CREATE TABLE IF NOT EXISTS "tracking_first_seen" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "message_id" BIGINT NOT NULL,
    "what" VARCHAR(12) NOT NULL,
    CONSTRAINT "uid_tracking_fi_message_acd279" UNIQUE ("message_id", "what")
) /* That a message has had some activity (`what`, see tracking\/rollups.py), so each unique */;
        CREATE TABLE IF NOT EXISTS "tracking_link_clicks" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "workspace_id" INT NOT NULL,
    "campaign_id" INT NOT NULL,
    "link_index" INT NOT NULL,
    "clicks" BIGINT NOT NULL,
    "human_clicks" BIGINT NOT NULL,
    "unique_clicks" BIGINT NOT NULL,
    "unique_human_clicks" BIGINT NOT NULL,
    "unique_machine_clicks" BIGINT NOT NULL,
    CONSTRAINT "uid_tracking_li_campaig_c60628" UNIQUE ("campaign_id", "link_index")
) /* The clicks on one link of a campaign (the hidden honeypot link is not one). */;
        CREATE TABLE IF NOT EXISTS "tracking_events" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "workspace_id" INT NOT NULL,
    "campaign_id" INT NOT NULL,
    "message_id" BIGINT NOT NULL,
    "contact_id" BIGINT NOT NULL,
    "kind" VARCHAR(8) NOT NULL /* OPEN: open
CLICK: click */,
    "link_index" INT,
    "agent" VARCHAR(16) NOT NULL /* HUMAN: human
APPLE_MPP: apple_mpp
IMAGE_PROXY: image_proxy
SCANNER: scanner
PREFETCH: prefetch */,
    "human" INT NOT NULL,
    "reason" VARCHAR(200) NOT NULL,
    "ip" VARCHAR(64) NOT NULL,
    "user_agent" VARCHAR(500) NOT NULL,
    "at" TIMESTAMP NOT NULL
) /* One open or click. Segments read it by table name (`tracking_events`), for engagement */;
CREATE INDEX IF NOT EXISTS "idx_tracking_ev_workspa_eb84ed" ON "tracking_events" ("workspace_id", "contact_id", "kind", "human", "at");
CREATE INDEX IF NOT EXISTS "idx_tracking_ev_campaig_bcb499" ON "tracking_events" ("campaign_id", "kind", "at");
CREATE INDEX IF NOT EXISTS "idx_tracking_ev_workspa_8d4ee0" ON "tracking_events" ("workspace_id", "at");
        CREATE TABLE IF NOT EXISTS "tracking_hits" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "workspace_id" INT NOT NULL,
    "message_id" BIGINT NOT NULL,
    "kind" VARCHAR(8) NOT NULL /* OPEN: open
CLICK: click */,
    "link_index" INT,
    "agent" VARCHAR(16) NOT NULL /* HUMAN: human
APPLE_MPP: apple_mpp
IMAGE_PROXY: image_proxy
SCANNER: scanner
PREFETCH: prefetch */,
    "reason" VARCHAR(200) NOT NULL,
    "ip" VARCHAR(64) NOT NULL,
    "user_agent" VARCHAR(500) NOT NULL,
    "at" TIMESTAMP NOT NULL
) /* An open or click as the web process saw it, waiting to become a TrackingEvent. */;
CREATE INDEX IF NOT EXISTS "idx_tracking_hi_message_0ee2b5" ON "tracking_hits" ("message_id");
        CREATE TABLE IF NOT EXISTS "tracking_settings" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "workspace_id" INT NOT NULL UNIQUE,
    "ip_mode" VARCHAR(16) NOT NULL /* FULL: full
TRUNCATED: truncated
NONE: none */
) /* A workspace's tracking choices; a workspace without a row has the defaults. */;
        CREATE TABLE IF NOT EXISTS "stream_offsets" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "stream" VARCHAR(32) NOT NULL,
    "topic" VARCHAR(64) NOT NULL,
    "offset" VARCHAR(128) NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    CONSTRAINT "uid_stream_offs_stream_edf559" UNIQUE ("stream", "topic")
) /* The last event stored from a streamed topic, so a restart resumes after it. */;
        CREATE TABLE IF NOT EXISTS "web_sessions" (
    "id" VARCHAR(32) NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMP NOT NULL,
    "ended_at" TIMESTAMP,
    "user_id" INT NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE
) /* A signed-in browser session; the cookie names it, logout ends it for good. */;
        CREATE TABLE IF NOT EXISTS "campaigns" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "workspace_id" INT NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "segment_ids" JSON NOT NULL,
    "topic_ids" JSON NOT NULL,
    "from_name" VARCHAR(200) NOT NULL,
    "from_email" VARCHAR(320) NOT NULL,
    "reply_to" VARCHAR(320) NOT NULL,
    "status" VARCHAR(16) NOT NULL /* DRAFT: draft
SCHEDULED: scheduled
SENDING: sending
PAUSED: paused
SENT: sent
CANCELLED: cancelled */,
    "send_at" TIMESTAMP,
    "timezone" VARCHAR(64) NOT NULL,
    "tracking" INT NOT NULL,
    "pause_reason" VARCHAR(200) NOT NULL,
    "planned_at" TIMESTAMP,
    "started_at" TIMESTAMP,
    "finished_at" TIMESTAMP,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "template_id" INT NOT NULL REFERENCES "templates" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_campaigns_workspa_2a0b7b" ON "campaigns" ("workspace_id");
        CREATE TABLE IF NOT EXISTS "campaign_links" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "index" INT NOT NULL,
    "url" TEXT NOT NULL,
    "campaign_id" INT NOT NULL REFERENCES "campaigns" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_campaign_li_campaig_73ca50" UNIQUE ("campaign_id", "index")
) /* A link of a campaign's content; click tokens name its index, never a URL. */;
        CREATE TABLE IF NOT EXISTS "campaign_sends" (
    "content" JSON NOT NULL,
    "nonce" VARCHAR(32) NOT NULL,
    "plan_cursor" BIGINT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "campaign_id" INT NOT NULL PRIMARY KEY REFERENCES "campaigns" ("id") ON DELETE CASCADE
) /* What a campaign froze when it started sending, and how far its planner got. */;
        CREATE TABLE IF NOT EXISTS "messages" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "workspace_id" INT NOT NULL,
    "contact_id" BIGINT NOT NULL,
    "status" VARCHAR(16) NOT NULL /* QUEUED: queued
SENDING: sending
SENT: sent
FAILED: failed
BOUNCED: bounced
SKIPPED: skipped */,
    "skip_reason" VARCHAR(64) NOT NULL,
    "smtp_reply" TEXT NOT NULL,
    "message_id" VARCHAR(255) NOT NULL,
    "attempts" INT NOT NULL,
    "next_attempt_at" TIMESTAMP,
    "queued_at" TIMESTAMP NOT NULL,
    "sent_at" TIMESTAMP,
    "updated_at" TIMESTAMP NOT NULL,
    "campaign_id" INT NOT NULL REFERENCES "campaigns" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_messages_campaig_9258ce" UNIQUE ("campaign_id", "contact_id")
) /* One campaign's message to one contact: who got what, and what the relay said. */;
CREATE INDEX IF NOT EXISTS "idx_messages_contact_375701" ON "messages" ("contact_id");
CREATE INDEX IF NOT EXISTS "idx_messages_campaig_a30e05" ON "messages" ("campaign_id", "status", "id");
        CREATE TABLE IF NOT EXISTS "integrations" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "provider" VARCHAR(16) NOT NULL /* SHOPIFY: shopify
STRIPE: stripe
QUICKBOOKS: quickbooks
XERO: xero
FORTNOX: fortnox */,
    "name" VARCHAR(200) NOT NULL,
    "settings" JSON NOT NULL,
    "sealed" TEXT NOT NULL,
    "previous_sealed" TEXT NOT NULL,
    "previous_until" TIMESTAMP,
    "last_error" TEXT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "disabled_at" TIMESTAMP,
    "workspace_id" INT NOT NULL REFERENCES "workspaces" ("id") ON DELETE CASCADE
) /* One workspace's connection to one provider account. */;
CREATE INDEX IF NOT EXISTS "idx_integration_workspa_ca77d1" ON "integrations" ("workspace_id", "provider");
        CREATE TABLE IF NOT EXISTS "webhook_inbox" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "workspace_id" INT NOT NULL,
    "provider" VARCHAR(16) NOT NULL /* SHOPIFY: shopify
STRIPE: stripe
QUICKBOOKS: quickbooks
XERO: xero
FORTNOX: fortnox */,
    "upstream_id" VARCHAR(255) NOT NULL,
    "topic" VARCHAR(100) NOT NULL,
    "status" VARCHAR(16) NOT NULL /* RECEIVED: received
PROCESSED: processed
IGNORED: ignored
FAILED: failed
REJECTED: rejected */,
    "payload" TEXT NOT NULL,
    "occurred_at" TIMESTAMP,
    "received_at" TIMESTAMP NOT NULL,
    "processed_at" TIMESTAMP,
    "contact_id" BIGINT,
    "note" TEXT NOT NULL,
    "error" TEXT NOT NULL,
    "integration_id" INT NOT NULL REFERENCES "integrations" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_webhook_inb_integra_cf6999" UNIQUE ("integration_id", "upstream_id")
) /* One upstream event, stored before it is acknowledged. */;
CREATE INDEX IF NOT EXISTS "idx_webhook_inb_workspa_119bd2" ON "webhook_inbox" ("workspace_id", "received_at");
CREATE INDEX IF NOT EXISTS "idx_webhook_inb_status_b36ab8" ON "webhook_inbox" ("status", "received_at");
CREATE INDEX IF NOT EXISTS "idx_webhook_inb_contact_daf095" ON "webhook_inbox" ("contact_id");
        CREATE TABLE IF NOT EXISTS "integration_contacts" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "contact_id" BIGINT NOT NULL REFERENCES "contacts" ("id") ON DELETE CASCADE,
    "integration_id" INT NOT NULL REFERENCES "integrations" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_integration_integra_7394ce" UNIQUE ("integration_id", "contact_id")
) /* A contact that came through an integration: whom a Shopify `shop\/redact` erases. */;
CREATE INDEX IF NOT EXISTS "idx_integration_contact_012d2f" ON "integration_contacts" ("contact_id");
        CREATE TABLE IF NOT EXISTS "orders" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "provider" VARCHAR(16) NOT NULL /* SHOPIFY: shopify
STRIPE: stripe
QUICKBOOKS: quickbooks
XERO: xero
FORTNOX: fortnox */,
    "kind" VARCHAR(8) NOT NULL /* ORDER: order
INVOICE: invoice */,
    "external_id" VARCHAR(128) NOT NULL,
    "number" VARCHAR(64) NOT NULL,
    "status" VARCHAR(16) NOT NULL /* DRAFT: draft
PENDING: pending
PAID: paid
CANCELLED: cancelled */,
    "currency" VARCHAR(3) NOT NULL,
    "total" VARCHAR(40) NOT NULL,
    "placed_at" TIMESTAMP,
    "upstream_updated_at" TIMESTAMP NOT NULL,
    "items" JSON NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "contact_id" BIGINT REFERENCES "contacts" ("id") ON DELETE SET NULL,
    "integration_id" INT REFERENCES "integrations" ("id") ON DELETE SET NULL,
    "workspace_id" INT NOT NULL REFERENCES "workspaces" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_orders_workspa_1b7e16" UNIQUE ("workspace_id", "provider", "kind", "external_id")
) /* An order or an invoice as its provider last described it (the newest version wins). */;
CREATE INDEX IF NOT EXISTS "idx_orders_contact_6901f7" ON "orders" ("contact_id", "status");
        CREATE TABLE IF NOT EXISTS "webhook_endpoints" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "url" VARCHAR(2000) NOT NULL,
    "events" JSON NOT NULL,
    "description" VARCHAR(200) NOT NULL,
    "sealed_secret" TEXT NOT NULL,
    "previous_sealed" TEXT NOT NULL,
    "previous_until" TIMESTAMP,
    "created_at" TIMESTAMP NOT NULL,
    "disabled_at" TIMESTAMP,
    "workspace_id" INT NOT NULL REFERENCES "workspaces" ("id") ON DELETE CASCADE
) /* A URL a workspace registered for the CRM's own events, with its signing secret. */;
CREATE INDEX IF NOT EXISTS "idx_webhook_end_workspa_103d3c" ON "webhook_endpoints" ("workspace_id", "disabled_at");
        CREATE TABLE IF NOT EXISTS "webhook_deliveries" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "workspace_id" INT NOT NULL,
    "event_id" VARCHAR(40) NOT NULL,
    "type" VARCHAR(64) NOT NULL,
    "contact_id" BIGINT,
    "payload" TEXT NOT NULL,
    "status" VARCHAR(16) NOT NULL /* PENDING: pending
DELIVERED: delivered
FAILED: failed */,
    "attempts" INT NOT NULL,
    "response_status" INT,
    "error" TEXT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "delivered_at" TIMESTAMP,
    "endpoint_id" INT NOT NULL REFERENCES "webhook_endpoints" ("id") ON DELETE CASCADE
) /* One event for one endpoint; erased with the contact it names, kept for */;
CREATE INDEX IF NOT EXISTS "idx_webhook_del_workspa_989d05" ON "webhook_deliveries" ("workspace_id", "created_at");
CREATE INDEX IF NOT EXISTS "idx_webhook_del_contact_7f0961" ON "webhook_deliveries" ("contact_id");
CREATE INDEX IF NOT EXISTS "idx_webhook_del_endpoin_863299" ON "webhook_deliveries" ("endpoint_id", "id");""",
    "postgres": """
        CREATE TABLE IF NOT EXISTS "segments" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "workspace_id" INT NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "rules" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_segments_workspa_dc35e5" ON "segments" ("workspace_id");
COMMENT ON TABLE "segments" IS 'A saved rule tree over contacts (see campaigns/segments.py for the grammar).';
        CREATE TABLE IF NOT EXISTS "send_rates" (
    "key" VARCHAR(64) NOT NULL PRIMARY KEY,
    "tat" DOUBLE PRECISION NOT NULL
);
COMMENT ON TABLE "send_rates" IS 'One rate limit''s state in the database (campaigns/ratelimit.py, when there is no Redis):';
        CREATE TABLE IF NOT EXISTS "sender_profiles" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "workspace_id" INT NOT NULL UNIQUE,
    "postal_address" TEXT NOT NULL,
    "messages_per_second" INT NOT NULL,
    "dkim_domain" VARCHAR(253) NOT NULL,
    "dkim_selector" VARCHAR(63) NOT NULL,
    "dkim_private_key" TEXT NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL
);
COMMENT ON TABLE "sender_profiles" IS 'How a workspace sends: its postal address (every footer), its rate limit, its DKIM key.';
        CREATE TABLE IF NOT EXISTS "templates" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "workspace_id" INT NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "subject" VARCHAR(998) NOT NULL,
    "html" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "is_layout" BOOL NOT NULL,
    "layout_id" INT,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_templates_workspa_42203f" ON "templates" ("workspace_id");
COMMENT ON TABLE "templates" IS 'A marketer-written email: Jinja2 subject, HTML and optional text, in a layout.';
        CREATE TABLE IF NOT EXISTS "tracking_campaign_hours" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "workspace_id" INT NOT NULL,
    "campaign_id" INT NOT NULL,
    "hour" INT NOT NULL,
    "opens" BIGINT NOT NULL,
    "human_opens" BIGINT NOT NULL,
    "unique_opens" BIGINT NOT NULL,
    "unique_human_opens" BIGINT NOT NULL,
    "unique_machine_opens" BIGINT NOT NULL,
    "clicks" BIGINT NOT NULL,
    "human_clicks" BIGINT NOT NULL,
    "unique_clicks" BIGINT NOT NULL,
    "unique_human_clicks" BIGINT NOT NULL,
    "unique_machine_clicks" BIGINT NOT NULL,
    "unsubscribes" BIGINT NOT NULL,
    CONSTRAINT "uid_tracking_ca_campaig_e7130a" UNIQUE ("campaign_id", "hour")
);
COMMENT ON TABLE "tracking_campaign_hours" IS 'What happened to one campaign''s messages in one hour, added to as events are written.';
        CREATE TABLE IF NOT EXISTS "tracking_first_seen" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "message_id" BIGINT NOT NULL,
    "what" VARCHAR(12) NOT NULL,
    CONSTRAINT "uid_tracking_fi_message_acd279" UNIQUE ("message_id", "what")
);
COMMENT ON TABLE "tracking_first_seen" IS 'That a message has had some activity (`what`, see tracking/rollups.py), so each unique';
        CREATE TABLE IF NOT EXISTS "tracking_link_clicks" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "workspace_id" INT NOT NULL,
    "campaign_id" INT NOT NULL,
    "link_index" INT NOT NULL,
    "clicks" BIGINT NOT NULL,
    "human_clicks" BIGINT NOT NULL,
    "unique_clicks" BIGINT NOT NULL,
    "unique_human_clicks" BIGINT NOT NULL,
    "unique_machine_clicks" BIGINT NOT NULL,
    CONSTRAINT "uid_tracking_li_campaig_c60628" UNIQUE ("campaign_id", "link_index")
);
COMMENT ON TABLE "tracking_link_clicks" IS 'The clicks on one link of a campaign (the hidden honeypot link is not one).';
        CREATE TABLE IF NOT EXISTS "tracking_events" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "workspace_id" INT NOT NULL,
    "campaign_id" INT NOT NULL,
    "message_id" BIGINT NOT NULL,
    "contact_id" BIGINT NOT NULL,
    "kind" VARCHAR(8) NOT NULL,
    "link_index" INT,
    "agent" VARCHAR(16) NOT NULL,
    "human" BOOL NOT NULL,
    "reason" VARCHAR(200) NOT NULL,
    "ip" VARCHAR(64) NOT NULL,
    "user_agent" VARCHAR(500) NOT NULL,
    "at" TIMESTAMPTZ NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_tracking_ev_workspa_eb84ed" ON "tracking_events" ("workspace_id", "contact_id", "kind", "human", "at");
CREATE INDEX IF NOT EXISTS "idx_tracking_ev_campaig_bcb499" ON "tracking_events" ("campaign_id", "kind", "at");
CREATE INDEX IF NOT EXISTS "idx_tracking_ev_workspa_8d4ee0" ON "tracking_events" ("workspace_id", "at");
COMMENT ON COLUMN "tracking_events"."kind" IS 'OPEN: open
CLICK: click';
COMMENT ON COLUMN "tracking_events"."agent" IS 'HUMAN: human
APPLE_MPP: apple_mpp
IMAGE_PROXY: image_proxy
SCANNER: scanner
PREFETCH: prefetch';
COMMENT ON TABLE "tracking_events" IS 'One open or click. Segments read it by table name (`tracking_events`), for engagement';
        CREATE TABLE IF NOT EXISTS "tracking_hits" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "workspace_id" INT NOT NULL,
    "message_id" BIGINT NOT NULL,
    "kind" VARCHAR(8) NOT NULL,
    "link_index" INT,
    "agent" VARCHAR(16) NOT NULL,
    "reason" VARCHAR(200) NOT NULL,
    "ip" VARCHAR(64) NOT NULL,
    "user_agent" VARCHAR(500) NOT NULL,
    "at" TIMESTAMPTZ NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_tracking_hi_message_0ee2b5" ON "tracking_hits" ("message_id");
COMMENT ON COLUMN "tracking_hits"."kind" IS 'OPEN: open
CLICK: click';
COMMENT ON COLUMN "tracking_hits"."agent" IS 'HUMAN: human
APPLE_MPP: apple_mpp
IMAGE_PROXY: image_proxy
SCANNER: scanner
PREFETCH: prefetch';
COMMENT ON TABLE "tracking_hits" IS 'An open or click as the web process saw it, waiting to become a TrackingEvent.';
        CREATE TABLE IF NOT EXISTS "tracking_settings" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "workspace_id" INT NOT NULL UNIQUE,
    "ip_mode" VARCHAR(16) NOT NULL
);
COMMENT ON COLUMN "tracking_settings"."ip_mode" IS 'FULL: full
TRUNCATED: truncated
NONE: none';
COMMENT ON TABLE "tracking_settings" IS 'A workspace''s tracking choices; a workspace without a row has the defaults.';
        CREATE TABLE IF NOT EXISTS "stream_offsets" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "stream" VARCHAR(32) NOT NULL,
    "topic" VARCHAR(64) NOT NULL,
    "offset" VARCHAR(128) NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    CONSTRAINT "uid_stream_offs_stream_edf559" UNIQUE ("stream", "topic")
);
COMMENT ON TABLE "stream_offsets" IS 'The last event stored from a streamed topic, so a restart resumes after it.';
        CREATE TABLE IF NOT EXISTS "web_sessions" (
    "id" VARCHAR(32) NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "ended_at" TIMESTAMPTZ,
    "user_id" INT NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE
);
COMMENT ON TABLE "web_sessions" IS 'A signed-in browser session; the cookie names it, logout ends it for good.';
        CREATE TABLE IF NOT EXISTS "campaigns" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "workspace_id" INT NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "segment_ids" JSONB NOT NULL,
    "topic_ids" JSONB NOT NULL,
    "from_name" VARCHAR(200) NOT NULL,
    "from_email" VARCHAR(320) NOT NULL,
    "reply_to" VARCHAR(320) NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "send_at" TIMESTAMPTZ,
    "timezone" VARCHAR(64) NOT NULL,
    "tracking" BOOL NOT NULL,
    "pause_reason" VARCHAR(200) NOT NULL,
    "planned_at" TIMESTAMPTZ,
    "started_at" TIMESTAMPTZ,
    "finished_at" TIMESTAMPTZ,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "template_id" INT NOT NULL REFERENCES "templates" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_campaigns_workspa_2a0b7b" ON "campaigns" ("workspace_id");
COMMENT ON COLUMN "campaigns"."status" IS 'DRAFT: draft
SCHEDULED: scheduled
SENDING: sending
PAUSED: paused
SENT: sent
CANCELLED: cancelled';
        CREATE TABLE IF NOT EXISTS "campaign_links" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "index" INT NOT NULL,
    "url" TEXT NOT NULL,
    "campaign_id" INT NOT NULL REFERENCES "campaigns" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_campaign_li_campaig_73ca50" UNIQUE ("campaign_id", "index")
);
COMMENT ON TABLE "campaign_links" IS 'A link of a campaign''s content; click tokens name its index, never a URL.';
        CREATE TABLE IF NOT EXISTS "campaign_sends" (
    "content" JSONB NOT NULL,
    "nonce" VARCHAR(32) NOT NULL,
    "plan_cursor" BIGINT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "campaign_id" INT NOT NULL PRIMARY KEY REFERENCES "campaigns" ("id") ON DELETE CASCADE
);
COMMENT ON TABLE "campaign_sends" IS 'What a campaign froze when it started sending, and how far its planner got.';
        CREATE TABLE IF NOT EXISTS "messages" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "workspace_id" INT NOT NULL,
    "contact_id" BIGINT NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "skip_reason" VARCHAR(64) NOT NULL,
    "smtp_reply" TEXT NOT NULL,
    "message_id" VARCHAR(255) NOT NULL,
    "attempts" INT NOT NULL,
    "next_attempt_at" TIMESTAMPTZ,
    "queued_at" TIMESTAMPTZ NOT NULL,
    "sent_at" TIMESTAMPTZ,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "campaign_id" INT NOT NULL REFERENCES "campaigns" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_messages_campaig_9258ce" UNIQUE ("campaign_id", "contact_id")
);
CREATE INDEX IF NOT EXISTS "idx_messages_contact_375701" ON "messages" ("contact_id");
CREATE INDEX IF NOT EXISTS "idx_messages_campaig_a30e05" ON "messages" ("campaign_id", "status", "id");
COMMENT ON COLUMN "messages"."status" IS 'QUEUED: queued
SENDING: sending
SENT: sent
FAILED: failed
BOUNCED: bounced
SKIPPED: skipped';
COMMENT ON TABLE "messages" IS 'One campaign''s message to one contact: who got what, and what the relay said.';
        CREATE TABLE IF NOT EXISTS "integrations" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "provider" VARCHAR(16) NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "settings" JSONB NOT NULL,
    "sealed" TEXT NOT NULL,
    "previous_sealed" TEXT NOT NULL,
    "previous_until" TIMESTAMPTZ,
    "last_error" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "disabled_at" TIMESTAMPTZ,
    "workspace_id" INT NOT NULL REFERENCES "workspaces" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_integration_workspa_ca77d1" ON "integrations" ("workspace_id", "provider");
COMMENT ON COLUMN "integrations"."provider" IS 'SHOPIFY: shopify
STRIPE: stripe
QUICKBOOKS: quickbooks
XERO: xero
FORTNOX: fortnox';
COMMENT ON TABLE "integrations" IS 'One workspace''s connection to one provider account.';
        CREATE TABLE IF NOT EXISTS "webhook_inbox" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "workspace_id" INT NOT NULL,
    "provider" VARCHAR(16) NOT NULL,
    "upstream_id" VARCHAR(255) NOT NULL,
    "topic" VARCHAR(100) NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "payload" TEXT NOT NULL,
    "occurred_at" TIMESTAMPTZ,
    "received_at" TIMESTAMPTZ NOT NULL,
    "processed_at" TIMESTAMPTZ,
    "contact_id" BIGINT,
    "note" TEXT NOT NULL,
    "error" TEXT NOT NULL,
    "integration_id" INT NOT NULL REFERENCES "integrations" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_webhook_inb_integra_cf6999" UNIQUE ("integration_id", "upstream_id")
);
CREATE INDEX IF NOT EXISTS "idx_webhook_inb_workspa_119bd2" ON "webhook_inbox" ("workspace_id", "received_at");
CREATE INDEX IF NOT EXISTS "idx_webhook_inb_status_b36ab8" ON "webhook_inbox" ("status", "received_at");
CREATE INDEX IF NOT EXISTS "idx_webhook_inb_contact_daf095" ON "webhook_inbox" ("contact_id");
COMMENT ON COLUMN "webhook_inbox"."provider" IS 'SHOPIFY: shopify
STRIPE: stripe
QUICKBOOKS: quickbooks
XERO: xero
FORTNOX: fortnox';
COMMENT ON COLUMN "webhook_inbox"."status" IS 'RECEIVED: received
PROCESSED: processed
IGNORED: ignored
FAILED: failed
REJECTED: rejected';
COMMENT ON TABLE "webhook_inbox" IS 'One upstream event, stored before it is acknowledged.';
        CREATE TABLE IF NOT EXISTS "integration_contacts" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "contact_id" BIGINT NOT NULL REFERENCES "contacts" ("id") ON DELETE CASCADE,
    "integration_id" INT NOT NULL REFERENCES "integrations" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_integration_integra_7394ce" UNIQUE ("integration_id", "contact_id")
);
CREATE INDEX IF NOT EXISTS "idx_integration_contact_012d2f" ON "integration_contacts" ("contact_id");
COMMENT ON TABLE "integration_contacts" IS 'A contact that came through an integration: whom a Shopify `shop/redact` erases.';
        CREATE TABLE IF NOT EXISTS "orders" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "provider" VARCHAR(16) NOT NULL,
    "kind" VARCHAR(8) NOT NULL,
    "external_id" VARCHAR(128) NOT NULL,
    "number" VARCHAR(64) NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "currency" VARCHAR(3) NOT NULL,
    "total" DECIMAL(14,2) NOT NULL,
    "placed_at" TIMESTAMPTZ,
    "upstream_updated_at" TIMESTAMPTZ NOT NULL,
    "items" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "contact_id" BIGINT REFERENCES "contacts" ("id") ON DELETE SET NULL,
    "integration_id" INT REFERENCES "integrations" ("id") ON DELETE SET NULL,
    "workspace_id" INT NOT NULL REFERENCES "workspaces" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_orders_workspa_1b7e16" UNIQUE ("workspace_id", "provider", "kind", "external_id")
);
CREATE INDEX IF NOT EXISTS "idx_orders_contact_6901f7" ON "orders" ("contact_id", "status");
COMMENT ON COLUMN "orders"."provider" IS 'SHOPIFY: shopify
STRIPE: stripe
QUICKBOOKS: quickbooks
XERO: xero
FORTNOX: fortnox';
COMMENT ON COLUMN "orders"."kind" IS 'ORDER: order
INVOICE: invoice';
COMMENT ON COLUMN "orders"."status" IS 'DRAFT: draft
PENDING: pending
PAID: paid
CANCELLED: cancelled';
COMMENT ON TABLE "orders" IS 'An order or an invoice as its provider last described it (the newest version wins).';
        CREATE TABLE IF NOT EXISTS "webhook_endpoints" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "url" VARCHAR(2000) NOT NULL,
    "events" JSONB NOT NULL,
    "description" VARCHAR(200) NOT NULL,
    "sealed_secret" TEXT NOT NULL,
    "previous_sealed" TEXT NOT NULL,
    "previous_until" TIMESTAMPTZ,
    "created_at" TIMESTAMPTZ NOT NULL,
    "disabled_at" TIMESTAMPTZ,
    "workspace_id" INT NOT NULL REFERENCES "workspaces" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_webhook_end_workspa_103d3c" ON "webhook_endpoints" ("workspace_id", "disabled_at");
COMMENT ON TABLE "webhook_endpoints" IS 'A URL a workspace registered for the CRM''s own events, with its signing secret.';
        CREATE TABLE IF NOT EXISTS "webhook_deliveries" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "workspace_id" INT NOT NULL,
    "event_id" VARCHAR(40) NOT NULL,
    "type" VARCHAR(64) NOT NULL,
    "contact_id" BIGINT,
    "payload" TEXT NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "attempts" INT NOT NULL,
    "response_status" INT,
    "error" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "delivered_at" TIMESTAMPTZ,
    "endpoint_id" INT NOT NULL REFERENCES "webhook_endpoints" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_webhook_del_workspa_989d05" ON "webhook_deliveries" ("workspace_id", "created_at");
CREATE INDEX IF NOT EXISTS "idx_webhook_del_contact_7f0961" ON "webhook_deliveries" ("contact_id");
CREATE INDEX IF NOT EXISTS "idx_webhook_del_endpoin_863299" ON "webhook_deliveries" ("endpoint_id", "id");
COMMENT ON COLUMN "webhook_deliveries"."status" IS 'PENDING: pending
DELIVERED: delivered
FAILED: failed';
COMMENT ON TABLE "webhook_deliveries" IS 'One event for one endpoint; erased with the contact it names, kept for';""",
}

DOWNGRADE = {
    "sqlite": """
        DROP TABLE IF EXISTS "segments";
        DROP TABLE IF EXISTS "tracking_events";
        DROP TABLE IF EXISTS "send_rates";
        DROP TABLE IF EXISTS "webhook_deliveries";
        DROP TABLE IF EXISTS "stream_offsets";
        DROP TABLE IF EXISTS "tracking_settings";
        DROP TABLE IF EXISTS "campaigns";
        DROP TABLE IF EXISTS "webhook_endpoints";
        DROP TABLE IF EXISTS "orders";
        DROP TABLE IF EXISTS "messages";
        DROP TABLE IF EXISTS "sender_profiles";
        DROP TABLE IF EXISTS "campaign_links";
        DROP TABLE IF EXISTS "integration_contacts";
        DROP TABLE IF EXISTS "web_sessions";
        DROP TABLE IF EXISTS "tracking_first_seen";
        DROP TABLE IF EXISTS "integrations";
        DROP TABLE IF EXISTS "webhook_inbox";
        DROP TABLE IF EXISTS "tracking_hits";
        DROP TABLE IF EXISTS "campaign_sends";
        DROP TABLE IF EXISTS "templates";
        DROP TABLE IF EXISTS "tracking_link_clicks";
        DROP TABLE IF EXISTS "tracking_campaign_hours";""",
    "postgres": """
        DROP TABLE IF EXISTS "webhook_endpoints";
        DROP TABLE IF EXISTS "integration_contacts";
        DROP TABLE IF EXISTS "sender_profiles";
        DROP TABLE IF EXISTS "campaign_links";
        DROP TABLE IF EXISTS "integrations";
        DROP TABLE IF EXISTS "tracking_hits";
        DROP TABLE IF EXISTS "tracking_link_clicks";
        DROP TABLE IF EXISTS "campaigns";
        DROP TABLE IF EXISTS "webhook_deliveries";
        DROP TABLE IF EXISTS "tracking_settings";
        DROP TABLE IF EXISTS "webhook_inbox";
        DROP TABLE IF EXISTS "tracking_events";
        DROP TABLE IF EXISTS "tracking_first_seen";
        DROP TABLE IF EXISTS "web_sessions";
        DROP TABLE IF EXISTS "campaign_sends";
        DROP TABLE IF EXISTS "segments";
        DROP TABLE IF EXISTS "templates";
        DROP TABLE IF EXISTS "orders";
        DROP TABLE IF EXISTS "tracking_campaign_hours";
        DROP TABLE IF EXISTS "messages";
        DROP TABLE IF EXISTS "stream_offsets";
        DROP TABLE IF EXISTS "send_rates";""",
}


async def upgrade(db: BaseDBAsyncClient) -> str:
    return UPGRADE[db.schema_generator.DIALECT]


async def downgrade(db: BaseDBAsyncClient) -> str:
    return DOWNGRADE[db.schema_generator.DIALECT]


MODELS_STATE = (
    "eJztXetz27i1/1cw/rLOjNZdO/E2VTqdkWU50caWXFne7N6qI1MkZHFNASxBWlHv3f/94o"
    "AP8W1S1oOi8aHdmMQBqd8BgfM+/3s0pxo22EnL1L/i5VET/e8RUeaY/yN2p4GOFNNcXYcL"
    "tjIxxFDF1MdPeCkuKhNmW4pq8+tTxWCYX9IwUy3dtHVKYHQLTbBiYQtxEjSlFqIEowW1np"
    "ipqPgE9YmxRLrN0N2X1o9n5z8jnSFmUwtrn5A9w4IMLs3ognBaTgLP1ajKH6yTx+09wiH6"
    "fxw8tukj5oMs/qB//Ztf1omGv2Pm/2k+jac6NrQImLoGE4jrY3tpimtdYl+JgfD2k7FKDW"
    "dOVoPNpT2jJBitExuuPmKCLcXGML1tOQAvcQzD44SPuPumqyHuK4ZoNDxVHAOYBNTuC6yu"
    "HY3Hvf5wfNcZjsdHCQb6FCHAvUsqJcB8/qpM/PpHeIUfz04//PXDx/c/f/jIh4jXDK789U"
    "/30StgXEIBT2949Ke4r9iKO0JgvAJV/DcBa3umWOm4+uNjyPJXjiPr45gHrX9hhe1qve8C"
    "3LnyfWxg8mjPANGffsqB8tfWoP2lNTjmo97BIyn/QN0vt+fdOnPvAd4rfE0LT/XvZRBeUW"
    "wG4/0u3wjCpz8XAPj050x84VYUXr7JjGcKm5UBOExTw2X884cCIP/8IRNkuBUF2aJGxh7R"
    "Ic5cgNzlL6TwPT4Btk+7O6A5GtYTtrF1VA7uo/63XmfQRPy4wtaItC5vur0mUrS5Tkbkpj"
    "X42hnCbX/2Efm12/kGV551vPCetvfvQbUwwDlW7CTDLvkdW5/j9K8iShljl+aRnvj/OMSv"
    "hP9ADYQWbwvMgX7YvencDVs3t/C4OWP/MQR+rWEH7pyJq8vY1eM4m4JJ0Lfu8AuCP9H/9H"
    "sdAS9l9qMlnrgaN/yfI3gnxbHpmNDFWNFCu7V/1UctwnVDYfbYYWvxPU67Ac57r1wVxh8I"
    "o31Mcjlt4Wf6tBafo5SSy1Xmsr8XT5bjUkpPgu5l/af6jN2MBrQCN1Bhy2EbJ1sL2sqdiR"
    "vAFvT16VOqchlglsT5ilpYfyRf8TIhP8aQ9Wwo38JzHRjMf/qLyb+6+sosZRGYOhJrjKPA"
    "fzuXNuFmu3XXbl12jjJ2ig1AfM9wEam8YvtDUXATm2MEXf4WqHd/fX0k1vNEUZ8WiqWNIw"
    "sb7tAzGrsSjE3emp/N41cUojwKjODHwKv7JkJH0+0Osa10A+LqbiPXiAjjxgZ9LGRFzIb4"
    "ZSvdvxKLlf//v0vZ7i70x7divvvb2dn79389++n9zx/PP/z1r+cffwp22uStvC33ovsZdt"
    "2IZPKykW+fR17FdotNSxP8+6KWC0kC2GwTVJSqhkaozVs2XMjS1u9LMKcu3m0aoEoanipj"
    "53Ph4r8dG+VRDshqB/T7syJ+AT4qE2pxL4E1vFQ5mD2KGu4Xm1/MzJn8gVW79NYcp6vhci"
    "60mnMWcxbU5TbnKNW2YE4Iewe7O+tmGXTd0bVbvFs49EpbUnfpIdmlrlInC6qGbUV3leMo"
    "a3+56/fS2RoiifNWV230f8jQ2dZsfEd/nzpEHPBo4uiGrRN2Ao/9x7Y+qxxmA0QRPvufz/"
    "FN67f4l9W+7l/EGQgTXKRZBvdjWmkrpu1YWLvh7D1KMa5E7jfyzCuqN3I894du08QijSnS"
    "mFLamHJ4sWkhYzYltpIhR+at7yhdfYDdyUIPbYd8UxtPLTovI2dGiGqomG5F+bdUkyuYtA"
    "zOIRKJcjGUPQVzDZ20lqrT3/72sQDGfFQmxuJebM/Q08KHh/h7xlbtj6/FGs5TmDq/DfNl"
    "6EBfuu73PvvD44K1DO57m8F9VdGcOMiY2J1nLLzqSc0pfL+Rqzm5I8cYhhbMcekTjDD4vB"
    "GdIgV5Ut4PDHmToZkO+SbLBoJo7h/VGV8NWEM2FeknkK0ywVNqYaTbyeyWTU4+IiPyhXJA"
    "EaGILxDFQia2GCWKgUCNaAoa/KxrmKgYHXdvG8hh2EIcdWI3IKlG46/1Dhn6M2YI4o0fVo"
    "C5VA982ExXZ4h/lYzroMgNXWANpBCNv08yF8d/Za5ccnCZePERMS3KfzCf4Vk8y5vtBD2s"
    "hOgHoFbQROFPIc58gq0G/2E2vzR1I0ogtachUoLgdzG+JhD//Pjvzcrw+VdMRGf4P26sQG"
    "5AQQaNVImlSlzlk6g+SnFFod2xWgwbT/E17Y2uE94bW8qmY3HZaO1UohB5ldWHo85Nq3s9"
    "djOGur3PTYSFkcRNHOJ4Q27RHWQWsRG5HfSvutdiFD+Zp7oB/FhDudu8U9empq6W28/DJL"
    "v7AH46kNWfF/Hx8uI/jOiPo8+DVm/YuWyiR0sh/G34Cu/0Lt31jYkmVn+737vqDm5gFId8"
    "qltzGAd61OWg9a3XRAvdnmmWsuBycOe32+4ARuLvpm5hbZ1vY/OxaIw6VlpQezFWrqgrzc"
    "q7L/3b7tXvTcjgN/XpckTuhoPubYdf4OibXJfo9n7td9uCuTp5proq2HvVH9w0QTuY8xE3"
    "t/3BkN+em9Sy+cZ32+Ubn6mPyH3v7v7irj3oXnTGfP/72kQOYc4E3mCCx3wbfILNsXPVGX"
    "R67c643ekNBx3YJPGU6zMc1rEK6huOJmpWY+s0qaGry/Ez1wE5luX20FRaGXib3E59xbh0"
    "+neCsMpfYWXCZKiqOpa1lvExRlpD6+OBWBsLRc5YWKWWtmaKaYRUMrrSjOZH6XPpzTNCJD"
    "fOAhtnWYQluC+AWzXfiCtNHOW5R7whjWIektDoF30kwxn2PA6Be4FOhXtCeFo+eW4CDU2W"
    "vq2/IRwFsMy4IK8swd8g7PgG1h6xlfSUbOcRMvyt0ubPbFu/YHppa3SYajOmoTfDCulmkW"
    "6W+q9t2G+SyOdE63vjdx+qvx/1onZB+a64c2crdp7s5N4vJDixYGgxqQlsEsRGggziNfwY"
    "kAbyHE0iskL4NJpIAfcMhAZChgYXf14UmDY1O8SWfLN028bEl6JEwAX/hYS5TgGkMC/ARI"
    "hji5liI1WZm4r+SJh4DJSFEIIbWxIVYjW0opEaIZ9b4N15OXIjjaoBOoxiO0xGcVRUspPi"
    "xVsVL95AFIeMPZCxB2839sA7eddc/CvqSq/9txF7UBX7y5s8RZhO0uI+8t1iAZF0iFXbIS"
    "bDNrZzElXH5GC7ZoE0a4O41XjB0ACDCndocXNAGshlpTACBLoSOEsIteaKof8Xa66UltaC"
    "pfQcYC948FjBtxT2gOaKyRBW1Jkn5WEkbqNjsAw8qA6z6fzk7094+Y+Hd35+S/euj4Bc+H"
    "GeFYM/eqFwkZFOGLae+cMU2zVFiFC2T0ghyDH5LdvNRLGwafAXhCwSj5ifqsJllJiA82FE"
    "xKOohQz+WVjomGGMVGv+Fx/wv7hzn5jLd9l2i0itWYFFnqECBsmClZU1RWC/wEbhoC6foM"
    "oSapWSo7noy+xx2e4/UarapUhvpQOQaLBQFugIkcS5UKcljlEpjAOC2uG7eYuMSuemQlKK"
    "jGfDGyKpHcBbWcBcVeHaDIPgd3xaBukEocS7LN5n6+J9JvEuireq2+U2EG987dA9LSTQne"
    "YIdKcpNYXwY8mCwisKiXARhMHepBgcQK2cmBElqx3W2xA2HL/VRXFhIyCpHcBF8M2GN4Gu"
    "QVXFKKeMBBS1w/b9eZHFe569eM8Tvkt9jv9bUhMJ09QO4i2Uds9Jv81wwewh5RY6eh/sDi"
    "yswkmEs+MxVxSyeHLE4bVunGbUWBfY88vwJEYmGbNxxkC6o8XGQvpIcibTWRAnkwErcUe7"
    "TUFmZiZOw/USq/pcMbICgSKU8UXvkp54UxwazDkYXnba3ZvW9fHph4a70/Nlrru97fyF/i"
    "GpkoswZbWcqB2iqZ2w8r7ISZp9kKZ7WcTnvkY+dZJatu2tcgCJcNqsy+wEseR1lXnNp+I/"
    "Vl2vHG+CWPK6yrxmioHH1OSfp2Ovwe0UcsnvKvMbstjX+q4jhJLHVeaxrKWeLRHXq5Z6mO"
    "uOqa3J9Sil5HpVuJ7ysXtvHwryxdYjZx3/pbR04kSStkZR3bJ+xb45sNm4+hSokzhfuUX8"
    "v+JlIusrhqwXHP8tPNeBwfynv5j8q6tv0VIWQdx3Yo1xFNyyRnCz3bprty47R1mbygYwDi"
    "UgHNZOUhTg5D4agZi/BurdX18f/ZmdG5LAPr1X2YVHfPV1gA0lo2pyXWFPLlE2NihLEXfW"
    "gOkG5qvRJpAG1iIthkpiFcXKVh5FieYUb+QaUA2Vx7oChb/b2CKKwbe8V2LV8WbqanXFil"
    "/Gj5aAYROLq7uarvguf5DAud7k16HVhzlqdAzuII/U3eGzk0mDE+DFjNKxe/aIsQXySt0y"
    "y8iGOk8Prij0AOmZaEoNDWsIZCz04Lb4otZDA/JEFzM6F6WgFjNM0hJNNzOprOpZaVU8O+"
    "GSLzlqJRmQkwPhE9Qw4XIr2Q+ezlLe8hghlIbHqhgei5ibfaV3TZtj7axdu67W4p1WpRkQ"
    "I5QskCZfafI9FJi3Z/L1t4Wd2nsPFd7YHlrUoC6xLWFMz0F2ryWWwKKXrRh79r6X1WJbeS"
    "ymFGcDnFfi2H3mY0qZINt9Q3+crBJUTaVVFtXds3QHfoByVVoDgjqhvi2JLrRPySPxhSMx"
    "+k2/LG14W/wrca2X6yqO6eprrZKMEfKEpcgYUT9ZtowR98wVbBrhrrIfGNLBJI4UQkGsQG"
    "zJbDxHx3duq1zkZsPyG7rWQHeiXW702snJybuMzhEbf8TL5RJNi0JrL6HYhIBJkYykSFSF"
    "EzhbJApzsqgpP0xTQ2v+5rPjw59ICZxjZDWE+vTsY6GyOx9zyu58TOSoykj9N+g6kbqdtN"
    "xXjQPScr9dmLdnuZea9GY16f1ofoJFl3iqE9378Qn1Lz6kkacDuktBC0Zvxdgc+bif8DKh"
    "VJXSpN6KGvXKQjLZChJwoITM7g2voay++bJs/HfjUkX7A4IawruVGDIBUCrALzfx8mmrjP"
    "XRsPPbkO83XFMekd79zUVnANPMJ9gaEdBKmgi0tRG56PevO61eE00oNbBCRqT9pd9t8/vq"
    "jOrer997qy73XUqVbAuRVKNcGzyvNuXapCkh+1uorylBarJSk62orlVMk92PttWdm9Sy2z"
    "OHPB2laFrh2408LUsXA8cqjCzeO03HKvZboTumQRVIQoHuZQ3EKFLIUvRBwxaC/uf8rxnf"
    "M5CqENHdHOk2guRgQQ2qwERhOLW92pYek6oJ/kEncI/h/7xOB5TetF1504BVxQ8Mb7Q8J1"
    "KsyQBx2komirVMR9OniME5WdqueHxggOatTU96DUQpLuledHutwe+BrBvIU9f93ueLFGn3"
    "4vdhpxXDnO835SSeFYFcwy/LOt52/kopxz1Gf3HnOjCAi0o5q3VVPfkGkM+Ubjy2vCjb8B"
    "+4BduxtBPv0U4MMmD57pgrmiqb2dY1aZ4XaZbCR2WbNM8T7VL4/mg7KSayYkbNFfUOK5Hz"
    "oQ72uV/YtPnP+85957KJXOoRGdz3et3e5yayHEI4E0bkst8DAycleESuWt1rGD1V+JrSqm"
    "HOnPN9EJ6f4FW2OTNEUg1zZq26T2CiUi2VIzlBaCGaXfbCcdwyaYcY7uenIRVd9P74aqz4"
    "Whnwmf5fPA5UwOJmkShdbdqt7DgkTAA41lKbm+WhH6WT6K+HvkUXbCy625QQ96NEtYF+Y3"
    "YpgY/n3CsLa4hMApsKrFc0uyywITIJbCqwmmMausoRKAtthFCCmwruSucqg+yKSsIahxVb"
    "VlrVjCH+noFoQFCDBmN5kRSd34b5MnLE8O8PjwvO6UEuk3Jd3SJUNYA9rhUWCcd7n9MQ/H"
    "2yIbgMJ8pGv77hRMxWrPW4HqWU/YGq0zIkyWXICWCztdgcI5V8rjKfZXCgDA6sqNv8tcGB"
    "4UB05/X11KPxfjXBPK79jYXmsRGoBnTR8dWYuqC1/XiMALXMoIwwri9GZkRZutX4jCDA09"
    "AJlgVSKhrSKZhT/Jz3h8vzPcWsM/UhKx4g412tnX1h89mUXIFmab2Iso1mK4paBB/t2m4m"
    "w2W3Kv3LcNnDDpe9po86adk2npt2mnAWuZ8rmhkwcqy4QwtnBLn+FbTAEyQmaCCVOoQzH5"
    "nYQnjOb4teNPBX9xbZFNkzi9q2gdGjgxnjnEnLANrUtLLzzYEKhILFZYSYgGBbp+xOebB9"
    "L4lulkHXHV0/aDcvIJY3TO/S27RLpA/dHp2QmvZzwt9gKLTBZrqZdr6H7uae7vNg3FbKKT"
    "nMLVS6MibLekr7zJOxqLF2SRqftsrq6lH/Ww+q0NAFgSI0rcubbq+JFG2ukxG5aQ2+doZw"
    "e65YT1xO5yN+7Xa+wZVnHS/cpbr/zA0ZqJANfX0DFWCrLGfRCFFIk4asibpPc5F/zr/SXn"
    "TPCrU1rhq4RU1FoQ/25SKo0v9en+I8t9TQ1eWvXNDOKIQaHZArsZti6PjZHVu8RI8zMUSc"
    "E/Io/To6AW4/MGRa+rOiLpH7jE8IQ6cBvrL4BWAHUmxESXppng1P/3JxVu85UqHYq0LxvF"
    "qyRW1GIZIqqxKVsRxBfc0yjkV/fC3A3bVbEU+nWLX1Z7yG9hWnraH+dSD6VqFY0uDIWoPV"
    "cdoasrrGqrZUDGUUsdRiymsxrvg+wBxRlhpVEBuRr8e4Y8eWO3gXEZ+RxbgqRqQ54sQuFw"
    "MqNYdXag57bBlVsQSdPXUDXta8O0Gr3e7c3TWRoqqYsRG57Q+GrYvudXf4exNBXJoy0Q3d"
    "Xo7IoNMedq+67daw2+81kQVS/BTy7vlMI9IZtO7uB50m4j+KORaG8XfDQbftjwb2qu7Y/s"
    "UvHe86nfyB/au3w3H/nr9p65pPQ017TB17zBSjIp0P/nAsnWnub1h3ScTnqPTS+Hx5O2ii"
    "R820RqTdvm01kaqayjrMKNJBMbt/YqJ74gHW1+NfC+Y6b+kKe/yj63R/hap5/gycF/2b2+"
    "vOEC6qdG6C3AO19zrwUbkj4ZuqSoU9/73X0B9jpDVUHw9EXSxkKfAExJI8XlFJ9laavcFW"
    "s07ERYxWpo9XmdOerlm63EqcrnYJUVsJJSY0tfJjtuciIKgBvrt2XPCvBN4/gXZ24dMVRT"
    "VKn9aq2K80MUsTszQxlzYx33FuOSZn2/woxbwcutvIMy0zMW485QPLxceoyCVFQPoJ6TZD"
    "D094+YB0JoJZKDGW/B+cC+JPk/8IBAH0GtTohv5ST1zyYJnxMRucXjagqJY1e5+NivcL7J"
    "bLuZft6lHnjh7baFLMT4P0pgTZYnqIpBYo71pUt6mpq+V6FAQU1RDVa9WlABOAJ80L6Xar"
    "zgj2WlHFe95xsm0xw9/Zd9zyrt+/jsB+0Y0vc9H9+/hU8IAP0u0Mr6PMbcre7GXAldSGpT"
    "YsteGVvuuYpgVVS9KTRsK3G7n68GpgUX2YIP51Aw3XRBUbzR1mI0JtNMFo7tZgoRay8I+A"
    "LxYFWBY6X0KOjRQ05XQz9GgpxE5RhTc184iMyBfKYeTXuTrFx80UftNLO3FLwRx/uWm1BX"
    "0yF4VhR6NkOQfidw1E8DO2VqQFklC8BSOGj+HZ8JdX1Ut2jK5QzFO21i7PpS12kYh8F0XV"
    "9yhVLdTLfZUeLFjV4SDKEB5BEB5EAEEMHsQE3ffu7i/u2oPuBVx1CHMmMH4C9y769702XJ"
    "5QrrkGcUWtbi8ILOLMqUoUkdSIsqGvl0ZUkcJBQ+UxTZqEy7lSpN8oc9M1giIai3gpmdK7"
    "T1eGtLivdvtCFvfTHIv7adLiLjf8t7LhSxOYNIG9ARNYMqfL0F/dwKTtTuVJJTVBfqsdOY"
    "bgJEyV7MSNfNkucDAWiZUB9x9SoMgyVx2RqhD0B9UJ2O0MrDxDHAtGkyX8p8FVMy2ozOyW"
    "3cso7byZSV+WMCH0QgqYbzVWZt8n35ZtQVJ23260TPjNEjBnR8zEyGR4+9ptcqXSJJUmqT"
    "RJpenglaZtagKijGqKIuCXV83WA6BC6fYrsUhxe5fi9r5bplQqPH0baY6Vl7l3lES6FYnb"
    "VBiDgPPSkQQJwjrqOOfnRRA/P89GHO7FOgCxsSLKWKYY8PIioiN0MiZaxkRL3SZPtzEUZo"
    "/95nplGZ8glnUnqlZ3okS0R6hLmKmPn/Dylb6Tlql/dY2mB8ny/LbvsY5V66MUbZF1YBtj"
    "IagWeDJmobjv9bH6hid3q0jzumC1TR08hFiKJh7FM1sfj3OwiHcOcsyx9qNO0MSiC67QI2"
    "+GTyK8XaX0SccIXogh3W5AI1WIrsdEg78hNx09Uqql+eg2OfWGzQQ5PSo32MO8UrrsZlKt"
    "cyq0Srn0Dcql/GNdi+dhOimNVk0alZ3mduhLkd3QinhQXuyGth/nCTivujZOLUAU3MsX2v"
    "iosc6H7aKm/SvL2MtcQ7i3i1xDW2FPZcRWf3wNzdZbCau38LQMvN5wiW4xdA+wMLnJJVKv"
    "TFGZTMPbTu+y2/vcRB79iAzuez1xxXIIEVcuuWTWRBoleESuWt1ryCuciuT1uNJciGEbzy"
    "lUbH76mHYKvzI3+zDJ7mS8nyos4EWMjpxfa4AaJ9sdsB8PBFhZWr3WqqaBFYbHDrHTIlBe"
    "cHFFSaVJodJ8Bn8ktiyaovdmh0VHqWoQDyOjoivzddXYQjvVybp9S2OkclOt2qZakRoRqw"
    "juDCtYEN6dbwYTw2RAcb0Ciqsf8Lq7AMytJJlRh//2MfQJ1FPSzHKDMBO0MhCzeCBmUBNw"
    "XDJFNUG4Q1l2VZ5ZteYn3hYd7L0nY0shGhUvtrWKzdvOaoWD44m/wFg3x5qSFh2Xuaenke"
    "7OCnP68VAMXAs8mVH6NDaVpUEVrSzMWeS7g/r9oSDtOjrXEd6jlFJ2r5rsLjXzYh9UvTTz"
    "Q4jzrtoSKBS97BUT2kwdobqCNMfWY1qTxTUguoGp6ooT/m5jiyjGWNdeiVbHm6mr1RUrFx"
    "v+bJ3o9utzB8QxdxnMVlfU9LlJrdfuVl0xyS90UleUZPZOYahMauiq/trN/RZmWf7Koarx"
    "t2da+rOiLsden+bXQubONnAnqytmQXfM9YGK9uOsI0h+zev1MapZAcsifexKwePXpqwjQP"
    "wyfrSUDchQ3dVMdQWLWppXe2h9mPowR10B8m2smGgmFZSvwuqbO13Hm61OqG3TM95W5qbC"
    "z72jFMd4cK+R5xdXvVHSLV4vt3jFixUeHtQy4mBXEQcMP84xsdONY9ltiWNksjdxxE2xid"
    "7EQsQuy5YIkWTKxpkyteh8XHZLihDVINR5B7uSgKx09cooVe2Q3koJSwubxpJLkmVwDtNI"
    "lIugfIA5lJqlTO2SkB9dDlpXwyYStCNy1/7SubwXKZJMnWHNMaAj452fZcn8LMvb1r3o8G"
    "gqDvNGDMVtPke71Wt3rsUcKoBjVCbTEl5/jSCPEJmM46lyHA9w4L+UlDrqwzQ7/Fbvh+3d"
    "bI7bC/BMsWjlBTuHyWScc4k4Z9hix3l9gzPCnGN0tTv2t1PB2lAIWSsUMEopD4oqHxRcPL"
    "PWC/iMUkouV5nLMvXybfBZhm9nn5j1Ct+OFEY0tTW5HqWUXK8K11M+9mQYC55zQcsu6baL"
    "UcmymC+XxfQhS6JcujTmMDTVgYGcFbXQiJXHjC2wSInMAV/zg257WKwr8ya6MXsxC9d8qh"
    "phHgtNZkx5dTLFjTtLnUAqFU4TNY1mY9kneEj5/xVfe3fefAcpFaejukbckfgCc2KP/C/0"
    "5fijVZf2Yj2/yROiU6Qgn/4HhiBFCxP7E1INXX1CNn3ChIn6/0i3GRKQNxDBz9jihPeD6/"
    "TG3xubObX7txqKyhJ0sv33XuOkXB6UwNUfL2WsFFuuY6V4x7NLrnnDaxEYlaeDbKXamr9x"
    "ltoWYlRyEb+sKIR37FcqCuGQ3AMDuaiiEFtgVaqlHxHdcoQWX7QrILSAVFlQaPk2U+yQVI"
    "GmFv0vRosZJtCMyDO7+wEIDaQQDc3ogs9mCRnD9b5AxyI7KbZseO5XxHJXaFeqtdjiSaRJ"
    "jLMDMUMkuw/D3M/Bu5WAS0JJWl/6nPhvmn4oHKacs52+X1EH9Vh1LJZWvTevQUiMsDZl43"
    "fSKUQ6m+rrdthAraCkWFZEPvatajuQjvd62G9PNn6VvOsbf1NE3ZBdOFvKDZugX5ZvOZ/D"
    "JjOPGNkUUbjjVvVpcqGUgpzJ/6vYriQK/xINOy1sKEvEFD2l2+fGZ3/ROOfNCbyKW+iiA1"
    "eh0P5Q2e+qcv2uKp4OeXD2kpTSaKnI5q3wKF2NMk13LLEdYCYHH+pgf0UUTuX4533nHrIu"
    "XOq0tI1wmka0FdaIXPTve224MKEOBwLov3Zvb0UqyJNumpVJ4uAvs0Y4dIysdtHQm4/zZ3"
    "MbEDONlOra2T6LKFUNYN6148KT3VKPi+zlHaWqAeyxWP/z8yKx/ufn2bH+cE823ttu5Qe+"
    "K/gt9NYwkKSQy8Dr6sRiJkNwXUFjDU5HCKUlrCpMLxJ2DcLjejm08ps+hG9ahtXX7asuEl"
    "ZfIb/0vpkso2UO2SOws2iZO7ec1lGK98C/1cjzHnjluAqH9DLlGWvIcgzMkcIYUQim9bsu"
    "oGOGVw4A9hd/8hNziabUEgb+R0uZzxXrXVpU72Ynl7UOqxUMU3Hj/uFBLWsd7qocA2xJpc"
    "rpBQQyhusVMVwyyCV70R+mEiAzqt8i17NUv1eFNm1ShibaQBHifIoQ7d17QYom2hjWUYko"
    "HBjOD4K5bv/AIPib/6UTIcWCBDVRGEbHK2kXRovBXNxtuDHjINRyGoYIRQOs6exdMyFTb+"
    "tBIwL0/H9cW7R1VTGQYkEHFAPBlwWZeXAfLOl+EFADHsowX9Aafwudq5RiCDapOnutuF6y"
    "8+5G++3uV2Tfiu81W4S30/bkK4MqWQUPUnfiKRAcmpMqB9rL/v3FdQfdDjrt7l3Xk4OCvV"
    "XchEur6mqDTus6zT6zv+0PW7cWnepG5h64GvDiRoitsemOLbgbfqELpKBAzxNxIqzp5rzw"
    "QwY2F03jJw1Dx5C7C+o+tbH1riGGrLY39+/Lr90bxD/xpIFhS88ZkRFphaZd6Hy1O5DpY/"
    "EHzhSxb8YesMR8FkYh70dVCKF2UOc0lCAkrRjSilF7pMO96+ATGXufSBLb7GCfJGUNIk/2"
    "FPDDxibfwF1BrcT6zqCWwSmJVu5P+nys0Tl/QBmZNUZWg/Udj6x6Xyiy6n1OZNX7uNlOgM"
    "awgVU7LU3tBbTDhLXD++cicP+cjfbP6WCLppo2HqdqZNkbeBptDSDf9RYuLWfZq19azrag"
    "OgYl9VK0xnC5vWyF0a9YV9gBPVesJ8y1sh8Xlm7bmCDRtqWJftHJH8oZYs7kD75rN9CX4c"
    "21SC2jghgsU3z7EVYoBRnKkmtoaS7oTU8v1TepvkkntHRCb6Lhnrv3lIE4RFJDlP/2t48F"
    "UOajMlEW96Ioz+x5qeJo/vha4LtrgRXOzDJg++OlblAaap2NXbEkiXduv5wI3Q4b5gRXDr"
    "ZjjgtbOTkjQrOWkFGxnISNZ7HLkKCaqbgyJOgtcn0Dho1kNsOGCtYf4CrIymQoV4e9pPXH"
    "x+sLdayjnEqd4n4j1wrkNeUbB5kWM05TpmTnjE/OWaYFtYYSVYigALi4BVM3wBPvjlYYws"
    "+QSIAUCyPP7JNRvHPTT4HQgTtbgegC/hVDQBTDEDXA0DHMYWJLzCNCChAHQX/W7eU7v4a5"
    "iJ8Sk4pYglBlURg/InPdMDhGDMKxqAm10OEpDN5lqjAb/gtPEZPD26AbRZ3pBOo12Rxq8a"
    "bin2iuE4ehmcOXwiek8Jm9wk4TCu+F5h4d2MMUeGtGiXgi/+0qdeBXQ3FFgAbzocj9apC7"
    "S79c58kThwCJ15Vhl4Wc4J4s5HTgIrBMktwSsjPvoCoIqT9cYpmCpThwym3BAUltokZ2XG"
    "JMHNDjNZCPEUr818Pfk2LWYECcUnLgVRxY+0NIp5fceBU3PPXgFfxIzCA5smbZcOiMVZIH"
    "KxqJ+mvO5XWwj1NKDrxqJ1qHBQlSyYMNnM2v4IT8JrZyOr+CI8kpJE/W5QlzJvC+k9Sesr"
    "msiFJKDhTnQEWiaa90i9l3GJOjFGfK6majkCdlCuPHzCd40YsydJuT+ZZ9SFucKRpidI4D"
    "zwM6foBGDQ8NBKWY/Ef9xaKG4ZhQiOmdcESEbPwJN8p2HjMiws0gqkUJd8PqCcLxMKML4T"
    "GhU9vNZ189y8LQjKjBL1iUMWRaVOWUmDVh2IjohGELWlPw13YjCJjbp4IuICMe/gk+FPe+"
    "eHa2PyNaHBl+onRnVGcTaOS4M/KKYedxIbcc9kHbiXd8LoqPJQF9duCrP74WUZmxVgZFer"
    "mdZvdyOxW93Cpy5EHn8bYrNaaceaG7xQ49aAsekkKLnHrY7RYOHmqxkyc7i6Nj2OVnuqbx"
    "s4OvJrw0qe2OEzVRbKBLqWe44bmLuMjF799Av3J5suzqZJGOcukoPzxkQ/tMcWCjRBJXaZ"
    "6viHApzfP75oA0z1eGB9I8Xy1+SPO8NA6Lcgqejtt5zij3Hx3QKKQvu9HjxVRlKCUK8ReI"
    "Wq5ae4K8DgNe9Lpuo8kSiYcgeDd0/BB70MO7hijVj8kj/5F+c4JEwdKNP2VERD1uUMPF7h"
    "RYfz+JSn7dWxG57jBsIU5BbBH5rlkUuk0iZWp7sfaB0vUD4zNim4/k2EC8u04z2xXH1PB/"
    "JVS3aH9V/jvcYHd4T8EY+4hPkdD0/XH+7fisvm1ZqvxS5X9LCpRU+beErHSB7Dt0r9L9u9"
    "8AA/wjN+mDerl9t09bZX/UUf+202sK6WtE2tfd9temK4LFhbQiXqoilVmy67IkqrLsy+BY"
    "82oKQtpdd00HxJVe1F/ub1p8VQt5ekRat7fXnfHN7W0TcfXI4LqxaY5I96b1uTO+HfR/+7"
    "2J9DkcV6ZFvy9H5K7d6vU6gyZiUKYbWyNyO+hcdYbtL01kWniKbXW2zuex+X70gcIQOxny"
    "arsENDus67LFr2M3ZV24Fspoqdq9K4oa1C3aQaEz3SyDrju6dshuqplHyKDIsDXO2fEzbI"
    "gRqtrBfF5oAZ/nLODz5AIuX6amtuVpDrccjbhUNevvFz3X9gu3G4UsvzO9cM9XEjXIQtkQ"
    "YQ3FEz9aFjFlgaAvykLRbT47FDyZYFXE9KKIXTql5O5Gp4eCKt9WlMLmayz5zApj+nSJIC"
    "7Qjd/F/PNgNmIzqLYC5l+VmksEsCC33RVBE4VLd3yKY/7/ivnuk9v0KjA3n3gPEVg+IFth"
    "T3xaRo1nL0Y46HwFoqbuXeQs0aG5zI+iURbYpRsjwhchg18FA7xIZveloFCMRyiM2w0kOg"
    "8LEETgmO338mJgC+evRhgYtyk5QUOIX+7eQiCZYoDtnOPg2AG+Qb8adUYZ5vIwmvI1F3So"
    "cUvMWBBk7b+51y1sRBxiwJDoNE8Ym+LavLApPGQbksZqaayu+lkmTaq1WOzSoictelVb+N"
    "KiJy16iabjB2Fo2lneizQ1bQtZaWraCczS1LTd7UKamjZqarrDNtgZUhPzEmMahYxOLDy8"
    "QK+nUMBdkAYO5gpdxexTpJVvsueua2sRS4ylNXra6Nyyy5Ps8lRnpMMC0xi+8HU1jBD5Ds"
    "93DjhRxaQlVY2r++vrprCLjshwcN9r87PhUjDQnW9EevwA4NhTkih1sTuloSIHR5dM6PfM"
    "8PTQ3dzDYoEnM0pBy+fjix0UEDPumHwUVua+mZzZ1MIamuApBWO+Lazg6hM/bw2s8ddPHg"
    "lrzQL+hnu3mjkUa+dcxo+WaDPgVXC36LOuQVy5Kuz679xI88hjkK559dstzN+GP49yrVRz"
    "TEMXiyxwGcSfLubywtRPUI/a4h1WjzT4G/DFuqCrw4xBpRSu9qr2qoj9HX+oif03dGu6W1"
    "jF/JkiPN6Nqj9BD6ayNKiiPfiFTyxl4d6EMPoR4VcnhkKe+MyLmVdmxasFz5GD5cCAkn/e"
    "jA859quo8J1i6Rewh06QAgXxW5mtw4fH34U+8tmx5qIXKr8inCFZMfrowV9L3ouPNf6kh+"
    "xk+hD3xBiPS4F7IjeM30NMdBoREfn8d9kOS70VCsmUfg/p96i6YrVpGcLfodYVIsL0VTZ0"
    "Hd196d92r35vgpfZ1KdgfRwOurdcYGBizx2Rf953218v+v2vd030H0dXnyZ8v+Kb9G+dQb"
    "+JvmOLjshVfzDs9X9rQlKTTdxDcf/WyfDumMrHDBtPlKzK7FvXTnl+XsROeX6e08n+PI62"
    "zdePWgbngKCGCJ8WMqSd5hjSTlO6qwbH9Tpb0op6h2qNL1eU1WoGnXan+ysoMv4M4ATptz"
    "t3d3DRj53hV7ufe/0BXNMfCUjCfDNqda/hwlTRDfh70Pml0x66c/0hxMpqbE+eyJfkZ3Zz"
    "0RBJLT6aPHvoNjqMUlV1LGutLn0x0g0Ypyvm5j1023TUL7lSZ0ryOUYqnRCVZnRwEKzB6T"
    "it/KSrzOk95pZWjKv7CUQj1E4xqWeLKv74GvjIdy2lYMuiKZaHbKwDAgl2+abzK4tqOTta"
    "klBa0rLqEaXCncT6iitwXI37ipcJVTa9HXI3OtuBQf2nv6RiHZH5ZUtZBPb2lJXG/+H6Fe"
    "B2u3XXbl12jv7cl09txYNUp1qERdletdCvLFHuKexM8dxG4Nny/EZx31a6S63kHOBQe/Dj"
    "RB7QjBqa62wilPzIsGphG5mKZUMZZXBO8Smn+qPj/rRPbiaMGMXQsef+QYwvez7diDxh8D"
    "T1W449O4NAaHC+eXMKxxJ9woS9Q+Btc/OGdIL4yygG1h4aCBPVWprgbjqGvgTeY6AdAX/r"
    "lvBAQYiI7br/3CQj0+C/XAteCXxdYlLTws86ddg4mJ0DgMXkHAXd4CAEQ8SFTLdVtmNKfN"
    "m+qbycn+mtOJm2FoAiXRw1cHGI/6YyMEMq98bXQFDcQeh1OBgwivAvd/1eOsJhmrhFQVdt"
    "9H9872ZbEwyP/j51iHt8TRzd4G/CTuCx/9iDuA4Y5Yvrccm8ETUbwARxcd09jMooRyuKKu"
    "9SldWPYmJAKW9FkrQG+87eGCCErPJGzji1NHNW2cxpKMwelzYARankR1b6I3P7pq3jRYhS"
    "1tBdBCl7Wp+rmt6HfyBfm7dH5X5sjqmtyfUopeR6Vbiessd6b7/iuqYzAH0dtsdI5VFaHT"
    "Ynv24ZH7szq37EoPdKm/638FwHBnNRi358jZW154f9KV4OSswj7pFdfR1gIzC+ZzlRwmkv"
    "NUE8NXYAanOk9ScpBVbgpWi7s9YVNGpp2HolWn3LMxAf5CmYxGdHfjR/ZeW700Lrr5BXbe"
    "x9BoVzm73xXudoUbxtZlHncYYUEs4ja6LFjM6Rgu5cAzt6AEv7XyysceoHN5sqNcF58w8o"
    "kjTlPTUlYSpyR2Y8VS7jSWrp2Qw6TH2tiJYuu0rsOfRPhkjJEKmKSWKNNUOkUvaVDWBcP0"
    "0gjm90L61S+JmrYqRIyoHukS0cr1ScYjWmYThUgRbS6TPU4YFSxRDjFQSJgScGuaQTLFoB"
    "iioCBC+glPMzfxz45hc6Ye/SC01v4RmpQnF6DFZjVTUUf7exRRQjvbZA6OPxEgul0FxNoV"
    "nGedUgzqv+ZYAHl1DxVGx/I9Lt/drvtjnnvC1wHSZsuBhweDtMZURGakaUrMo8WDPy7vSs"
    "CNJ8VPZyP0ugzRf1JGvLyohsDChqEP6w7eKnh1dJYI0t5XLQuho2kWYpU3tEbju9y27vcx"
    "OZmGgi1P621YVSAoqujUi71Wt3rkXZABV+s2FUpUqAyDon6rLMtxCmqd3X8L4Awu8zAX6f"
    "LFtiK2lRdVjV54qRjm9AEzckukQnHvG2gN5Ww/ocYC877e5N6/r49EPjLNZ+zsf8QyJ82s"
    "0sWSczO0wogyyqHGQRFEt6TSxV6hQ1NNLXifH865+XSowICKqRFQHPq01WhHSMZQsP9XWM"
    "yfDVunG9SPiqLITytr2h1WTCxiqvyqhdGbVbUSdosajdjL1iAxiXc+VXbJ/YkCefvwbq3V"
    "9f79+Vf6D45njyV9jux5V/J8wA/emU4dTY18j9Rp5j3zMoUDG0oIN/OMOuZ93teOD1VZha"
    "IvDUnVA0JDB1NeiFwFeTZcN/Hegc4Jb411OqzGx47lSHvjuNgEEUVo777GV1lV1WV1lxo6"
    "jRfkVRZa/Kukb7syJW+7Nss/2ZLDe+Uw8hDXbZoviuKGoI8Fac3NJ+k41+vew3CSVsPwLW"
    "N7fa3KXXrClNxooPyRWz/OZFXvcnHZco3OdKQlNqiSJ7mGgm1aFNk9d7CToaigJ1fo6Q35"
    "+pgZ6wKQgTUtZmph2R9KZMiIKstdAZLl/nzpO2Q8b2f8ebLMHf/uvCWNl4qbIRldJEtT3z"
    "n/h+y8bYhWhqKHt8KFLZ7kN2YbtkYIZAp4zo7I2vIbibl5ylf2a//hnZVmfn1bMOL5z0yI"
    "sCPSrHgaNkFOll57r7a0d0oPLE4GQPqrikup9IUsW28dy0U/iUuSeFSXYnrmwrvnHTsgrX"
    "CU3+BDzOWv+ZuKZQ1mjD35wwKBthyBKIFVjXh2t9SgaNBYfUOuXvYrQyNLvKnPatSeWsFD"
    "EqaaR4OY4mbLZ7bRiNa3nshGY8MKyLxiHE1lmVSgrEmZBtJg/z6WUzuf+TCxfguh9cI2XV"
    "ngZZ+FFnNhaxA9QSduz24OYHhuiCuJZv1nBN3FAvwOsp43V2Sau/tfH5Szd/CRdUlf1fdh"
    "qh4FgpaW85XdGttIy3w7SPJFqHFOwdkts8JGFldT+YJMbZKTIrCpkjk6/frJEjE37NEus+"
    "RlYDxXInjXOg4cfYPRnKKPAJwlrsN7tW5WXPlqowQPZseQOKtrScZZ81hxnHVST7UraReB"
    "tft4z2kQlpFbWhba6NRDSCMxa0UqLgf0r4aE2w32rt/xaHXp0dpRgavTuNPPuishrzklEx"
    "G4aXTXfSPLdL85xXxrWMqSJEUgu1OWaoOD8vYqg4P882VMC9WEwM/6hKIOwNryG6p4XMQK"
    "c5ZqDTpBkIQhpxml8s2wQaItm9DXQ/EvHGrJ17zTL58/8B46DsuA=="
)
