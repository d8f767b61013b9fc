from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True

UPGRADE = {
    "sqlite": """
        CREATE TABLE "audit_log" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "workspace_id" INT,
    "actor_type" VARCHAR(16) NOT NULL,
    "actor_id" VARCHAR(64) NOT NULL,
    "actor_label" VARCHAR(320) NOT NULL,
    "action" VARCHAR(64) NOT NULL,
    "subject_type" VARCHAR(32) NOT NULL,
    "subject_id" VARCHAR(64) NOT NULL,
    "ip" VARCHAR(64) NOT NULL,
    "at" TIMESTAMP NOT NULL,
    "details" JSON NOT NULL
);
CREATE INDEX "idx_audit_log_subject_e74d86" ON "audit_log" ("subject_id");
CREATE INDEX "idx_audit_log_at_63718d" ON "audit_log" ("at");
CREATE INDEX "idx_audit_log_workspa_2b67f6" ON "audit_log" ("workspace_id", "id");
CREATE TABLE "consent_events" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "workspace_id" INT NOT NULL,
    "contact_id" BIGINT NOT NULL,
    "seq" INT NOT NULL,
    "purpose" VARCHAR(32) NOT NULL /* EMAIL_MARKETING: email_marketing
ADS: ads
PROFILING: profiling */,
    "topic_id" INT NOT NULL,
    "action" VARCHAR(16) NOT NULL /* GRANTED: granted
PENDING: pending
CONFIRMED: confirmed
WITHDRAWN: withdrawn
EXPIRED: expired */,
    "source" VARCHAR(32) NOT NULL /* SHOPIFY: shopify
STRIPE: stripe
INVOICING: invoicing
FORM: form
IMPORT: import
API: api
UNSUBSCRIBE_LINK: unsubscribe_link
PREFERENCE_CENTRE: preference_centre
ADMIN: admin */,
    "policy_version_id" INT,
    "evidence_hash" VARCHAR(64) NOT NULL,
    "occurred_at" TIMESTAMP NOT NULL,
    "recorded_at" TIMESTAMP NOT NULL,
    "prev_hash" VARCHAR(64) NOT NULL,
    "hash" VARCHAR(64) NOT NULL,
    CONSTRAINT "uid_consent_eve_contact_6a8222" UNIQUE ("contact_id", "seq")
) /* One entry of a contact's consent history, hash-chained to the one before it. */;
CREATE INDEX "idx_consent_eve_workspa_d39f69" ON "consent_events" ("workspace_id", "contact_id", "seq");
CREATE TABLE "consent_evidence" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "event_id" BIGINT NOT NULL UNIQUE,
    "workspace_id" INT NOT NULL,
    "contact_id" BIGINT NOT NULL,
    "data" JSON NOT NULL
) /* The clear evidence of one event; deleted by erasure, its hash stays in the ledger. */;
CREATE INDEX "idx_consent_evi_contact_000c54" ON "consent_evidence" ("contact_id");
CREATE TABLE "consent_state" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "workspace_id" INT NOT NULL,
    "contact_id" BIGINT NOT NULL,
    "purpose" VARCHAR(32) NOT NULL /* EMAIL_MARKETING: email_marketing
ADS: ads
PROFILING: profiling */,
    "topic_id" INT NOT NULL,
    "status" VARCHAR(16) NOT NULL /* GRANTED: granted
PENDING: pending
CONFIRMED: confirmed
WITHDRAWN: withdrawn
EXPIRED: expired */,
    "event_id" BIGINT NOT NULL,
    "since" TIMESTAMP NOT NULL,
    "policy_version_id" INT,
    CONSTRAINT "uid_consent_sta_contact_b2b585" UNIQUE ("contact_id", "purpose", "topic_id")
) /* The current state per contact, purpose and topic: a projection of the ledger. */;
CREATE INDEX "idx_consent_sta_workspa_b02891" ON "consent_state" ("workspace_id", "purpose", "topic_id", "status");
CREATE TABLE "login_attempts" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "email" VARCHAR(320) NOT NULL,
    "ip" VARCHAR(64) NOT NULL,
    "at" TIMESTAMP NOT NULL
) /* A failed web login, counted per email and per IP to throttle guessing. */;
CREATE INDEX "idx_login_attem_email_221208" ON "login_attempts" ("email");
CREATE INDEX "idx_login_attem_ip_e914ac" ON "login_attempts" ("ip");
CREATE INDEX "idx_login_attem_at_36c448" ON "login_attempts" ("at");
CREATE TABLE "suppressions" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "workspace_id" INT NOT NULL,
    "email_hash" VARCHAR(64) NOT NULL,
    "reason" VARCHAR(16) NOT NULL /* ERASED: erased
UNSUBSCRIBED: unsubscribed
BOUNCED: bounced
COMPLAINED: complained */,
    "created_at" TIMESTAMP NOT NULL,
    CONSTRAINT "uid_suppression_workspa_9962b6" UNIQUE ("workspace_id", "email_hash", "reason")
) /* An address that must not be mailed or re-consented without a fresh grant. */;
CREATE TABLE "users" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "email" VARCHAR(320) NOT NULL UNIQUE,
    "name" VARCHAR(200) NOT NULL,
    "password_hash" VARCHAR(255) NOT NULL,
    "is_active" INT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "last_login_at" TIMESTAMP
);
CREATE TABLE "work_items" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "task" VARCHAR(100) NOT NULL,
    "ref" VARCHAR(100) NOT NULL,
    "status" VARCHAR(16) NOT NULL /* PENDING: pending
RUNNING: running
DONE: done
FAILED: failed */,
    "attempts" INT NOT NULL,
    "max_attempts" INT NOT NULL,
    "due_at" TIMESTAMP NOT NULL,
    "lease_until" TIMESTAMP,
    "last_error" TEXT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "finished_at" TIMESTAMP
);
CREATE INDEX "idx_work_items_status_e29bf1" ON "work_items" ("status", "due_at");
CREATE TABLE "workspaces" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "double_opt_in" INT NOT NULL,
    "pseudonym_key" VARCHAR(64) NOT NULL,
    "tracking_ip_days" INT NOT NULL,
    "webhook_payload_days" INT NOT NULL,
    "deleted_at" TIMESTAMP,
    "created_at" TIMESTAMP NOT NULL
);
CREATE TABLE "api_keys" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "prefix" VARCHAR(16) NOT NULL UNIQUE,
    "key_hash" VARCHAR(64) NOT NULL,
    "role" VARCHAR(16) NOT NULL /* OWNER: owner
ADMIN: admin
MARKETER: marketer
VIEWER: viewer */,
    "created_at" TIMESTAMP NOT NULL,
    "last_used_at" TIMESTAMP,
    "revoked_at" TIMESTAMP,
    "created_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "workspace_id" INT NOT NULL REFERENCES "workspaces" ("id") ON DELETE CASCADE
) /* A bearer key for one workspace. Only its SHA-256 is stored; the key is shown once. */;
CREATE TABLE "contacts" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "email" VARCHAR(320) NOT NULL,
    "first_name" VARCHAR(200) NOT NULL,
    "last_name" VARCHAR(200) NOT NULL,
    "phone" VARCHAR(32) NOT NULL,
    "company" VARCHAR(200) NOT NULL,
    "address_line1" VARCHAR(200) NOT NULL,
    "address_line2" VARCHAR(200) NOT NULL,
    "city" VARCHAR(120) NOT NULL,
    "region" VARCHAR(120) NOT NULL,
    "postal_code" VARCHAR(32) NOT NULL,
    "country" VARCHAR(2) NOT NULL,
    "locale" VARCHAR(35) NOT NULL,
    "timezone" VARCHAR(64) NOT NULL,
    "source" VARCHAR(32) NOT NULL,
    "custom" JSON NOT NULL,
    "field_times" JSON NOT NULL,
    "orders_count" INT NOT NULL,
    "total_spent" VARCHAR(40) NOT NULL,
    "currency" VARCHAR(3) NOT NULL,
    "first_order_at" TIMESTAMP,
    "last_order_at" TIMESTAMP,
    "restricted_at" TIMESTAMP,
    "sale_opt_out_at" TIMESTAMP,
    "erased_at" TIMESTAMP,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "merged_into_id" BIGINT REFERENCES "contacts" ("id") ON DELETE SET NULL,
    "workspace_id" INT NOT NULL REFERENCES "workspaces" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_contacts_workspa_667af9" UNIQUE ("workspace_id", "email")
) /* A person, unique per workspace by normalized email. */;
CREATE INDEX "idx_contacts_workspa_e9164b" ON "contacts" ("workspace_id", "id");
CREATE TABLE "contact_merges" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "actor" VARCHAR(200) NOT NULL,
    "merged_at" TIMESTAMP NOT NULL,
    "merged_id" BIGINT NOT NULL REFERENCES "contacts" ("id") ON DELETE CASCADE,
    "survivor_id" BIGINT NOT NULL REFERENCES "contacts" ("id") ON DELETE CASCADE,
    "workspace_id" INT NOT NULL REFERENCES "workspaces" ("id") ON DELETE CASCADE
) /* A record that `merged` was folded into `survivor`, by whom and when. */;
CREATE TABLE "external_ids" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "provider" VARCHAR(32) NOT NULL,
    "external_id" VARCHAR(128) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "contact_id" BIGINT NOT NULL REFERENCES "contacts" ("id") ON DELETE CASCADE,
    "workspace_id" INT NOT NULL REFERENCES "workspaces" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_external_id_workspa_1d981c" UNIQUE ("workspace_id", "provider", "external_id")
) /* The contact's id in another system (Shopify customer id, Stripe customer id, ...). */;
CREATE INDEX "idx_external_id_contact_4e4485" ON "external_ids" ("contact_id");
CREATE TABLE "field_definitions" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "key" VARCHAR(64) NOT NULL,
    "label" VARCHAR(200) NOT NULL,
    "type" VARCHAR(16) NOT NULL /* TEXT: text
NUMBER: number
DATE: date
BOOLEAN: boolean
CHOICE: choice */,
    "choices" JSON NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "workspace_id" INT NOT NULL REFERENCES "workspaces" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_field_defin_workspa_16deb4" UNIQUE ("workspace_id", "key")
);
CREATE TABLE "import_jobs" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "filename" VARCHAR(255) NOT NULL,
    "status" VARCHAR(16) NOT NULL /* QUEUED: queued
RUNNING: running
DONE: done
FAILED: failed */,
    "mapping" JSON NOT NULL,
    "encoding" VARCHAR(32) NOT NULL,
    "tags" JSON NOT NULL,
    "size_bytes" BIGINT NOT NULL,
    "bytes_done" BIGINT NOT NULL,
    "rows_total" INT NOT NULL,
    "rows_created" INT NOT NULL,
    "rows_updated" INT NOT NULL,
    "rows_duplicate" INT NOT NULL,
    "rows_failed" INT NOT NULL,
    "error" TEXT NOT NULL,
    "created_by" VARCHAR(320) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "started_at" TIMESTAMP,
    "finished_at" TIMESTAMP,
    "workspace_id" INT NOT NULL REFERENCES "workspaces" ("id") ON DELETE CASCADE
);
CREATE TABLE "import_chunks" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "seq" INT NOT NULL,
    "data" BLOB NOT NULL,
    "job_id" INT NOT NULL REFERENCES "import_jobs" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_import_chun_job_id_6042af" UNIQUE ("job_id", "seq")
) /* A piece of the uploaded file, so any worker on any host can read it from the database. */;
CREATE TABLE "import_row_errors" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "line" INT NOT NULL,
    "field" VARCHAR(64) NOT NULL,
    "reason" TEXT NOT NULL,
    "job_id" INT NOT NULL REFERENCES "import_jobs" ("id") ON DELETE CASCADE
);
CREATE INDEX "idx_import_row__job_id_d136f4" ON "import_row_errors" ("job_id", "line");
CREATE TABLE "memberships" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "role" VARCHAR(16) NOT NULL /* OWNER: owner
ADMIN: admin
MARKETER: marketer
VIEWER: viewer */,
    "created_at" TIMESTAMP NOT NULL,
    "user_id" INT NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
    "workspace_id" INT NOT NULL REFERENCES "workspaces" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_memberships_user_id_f2cda6" UNIQUE ("user_id", "workspace_id")
);
CREATE TABLE "policy_versions" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "version" VARCHAR(64) NOT NULL,
    "text" TEXT NOT NULL,
    "effective_at" TIMESTAMP NOT NULL,
    "published_at" TIMESTAMP NOT NULL,
    "workspace_id" INT NOT NULL REFERENCES "workspaces" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_policy_vers_workspa_600f83" UNIQUE ("workspace_id", "version")
) /* A published version of the workspace's privacy policy; evidence points at one. */;
CREATE TABLE "privacy_requests" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "contact_id" BIGINT,
    "type" VARCHAR(16) NOT NULL /* ACCESS: access
PORTABILITY: portability
RECTIFICATION: rectification
ERASURE: erasure
RESTRICTION: restriction
OBJECTION: objection
OPT_OUT_SALE: opt_out_sale */,
    "jurisdiction" VARCHAR(8) NOT NULL /* GDPR: gdpr
CCPA: ccpa */,
    "status" VARCHAR(16) NOT NULL /* RECEIVED: received
COMPLETED: completed
REJECTED: rejected */,
    "received_at" TIMESTAMP NOT NULL,
    "due_at" TIMESTAMP NOT NULL,
    "completed_at" TIMESTAMP,
    "requested_by" VARCHAR(320) NOT NULL,
    "notes" TEXT NOT NULL,
    "result" JSON NOT NULL,
    "workspace_id" INT NOT NULL REFERENCES "workspaces" ("id") ON DELETE CASCADE
);
CREATE INDEX "idx_privacy_req_workspa_9583fe" ON "privacy_requests" ("workspace_id", "status", "due_at");
CREATE TABLE "tags" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "name" VARCHAR(100) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "workspace_id" INT NOT NULL REFERENCES "workspaces" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_tags_workspa_2ec96b" UNIQUE ("workspace_id", "name")
);
CREATE TABLE "contact_tags" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "contact_id" BIGINT NOT NULL REFERENCES "contacts" ("id") ON DELETE CASCADE,
    "tag_id" INT NOT NULL REFERENCES "tags" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_contact_tag_contact_68feb1" UNIQUE ("contact_id", "tag_id")
);
CREATE INDEX "idx_contact_tag_tag_id_ee077c" ON "contact_tags" ("tag_id", "contact_id");
CREATE TABLE "topics" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "key" VARCHAR(64) NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "description" TEXT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "workspace_id" INT NOT NULL REFERENCES "workspaces" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_topics_workspa_a6bf2a" UNIQUE ("workspace_id", "key")
) /* A list a person can join or leave one by one, under email marketing. */;
CREATE TABLE "aerich" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "version" VARCHAR(255) NOT NULL,
    "app" VARCHAR(100) NOT NULL,
    "content" JSON NOT NULL
);""",
    "postgres": """
        CREATE TABLE "audit_log" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "workspace_id" INT,
    "actor_type" VARCHAR(16) NOT NULL,
    "actor_id" VARCHAR(64) NOT NULL,
    "actor_label" VARCHAR(320) NOT NULL,
    "action" VARCHAR(64) NOT NULL,
    "subject_type" VARCHAR(32) NOT NULL,
    "subject_id" VARCHAR(64) NOT NULL,
    "ip" VARCHAR(64) NOT NULL,
    "at" TIMESTAMPTZ NOT NULL,
    "details" JSONB NOT NULL
);
CREATE INDEX "idx_audit_log_subject_e74d86" ON "audit_log" ("subject_id");
CREATE INDEX "idx_audit_log_at_63718d" ON "audit_log" ("at");
CREATE INDEX "idx_audit_log_workspa_2b67f6" ON "audit_log" ("workspace_id", "id");
CREATE TABLE "consent_events" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "workspace_id" INT NOT NULL,
    "contact_id" BIGINT NOT NULL,
    "seq" INT NOT NULL,
    "purpose" VARCHAR(32) NOT NULL,
    "topic_id" INT NOT NULL,
    "action" VARCHAR(16) NOT NULL,
    "source" VARCHAR(32) NOT NULL,
    "policy_version_id" INT,
    "evidence_hash" VARCHAR(64) NOT NULL,
    "occurred_at" TIMESTAMPTZ NOT NULL,
    "recorded_at" TIMESTAMPTZ NOT NULL,
    "prev_hash" VARCHAR(64) NOT NULL,
    "hash" VARCHAR(64) NOT NULL,
    CONSTRAINT "uid_consent_eve_contact_6a8222" UNIQUE ("contact_id", "seq")
);
CREATE INDEX "idx_consent_eve_workspa_d39f69" ON "consent_events" ("workspace_id", "contact_id", "seq");
COMMENT ON COLUMN "consent_events"."purpose" IS 'EMAIL_MARKETING: email_marketing
ADS: ads
PROFILING: profiling';
COMMENT ON COLUMN "consent_events"."action" IS 'GRANTED: granted
PENDING: pending
CONFIRMED: confirmed
WITHDRAWN: withdrawn
EXPIRED: expired';
COMMENT ON COLUMN "consent_events"."source" IS 'SHOPIFY: shopify
STRIPE: stripe
INVOICING: invoicing
FORM: form
IMPORT: import
API: api
UNSUBSCRIBE_LINK: unsubscribe_link
PREFERENCE_CENTRE: preference_centre
ADMIN: admin';
COMMENT ON TABLE "consent_events" IS 'One entry of a contact''s consent history, hash-chained to the one before it.';
CREATE TABLE "consent_evidence" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "event_id" BIGINT NOT NULL UNIQUE,
    "workspace_id" INT NOT NULL,
    "contact_id" BIGINT NOT NULL,
    "data" JSONB NOT NULL
);
CREATE INDEX "idx_consent_evi_contact_000c54" ON "consent_evidence" ("contact_id");
COMMENT ON TABLE "consent_evidence" IS 'The clear evidence of one event; deleted by erasure, its hash stays in the ledger.';
CREATE TABLE "consent_state" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "workspace_id" INT NOT NULL,
    "contact_id" BIGINT NOT NULL,
    "purpose" VARCHAR(32) NOT NULL,
    "topic_id" INT NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "event_id" BIGINT NOT NULL,
    "since" TIMESTAMPTZ NOT NULL,
    "policy_version_id" INT,
    CONSTRAINT "uid_consent_sta_contact_b2b585" UNIQUE ("contact_id", "purpose", "topic_id")
);
CREATE INDEX "idx_consent_sta_workspa_b02891" ON "consent_state" ("workspace_id", "purpose", "topic_id", "status");
COMMENT ON COLUMN "consent_state"."purpose" IS 'EMAIL_MARKETING: email_marketing
ADS: ads
PROFILING: profiling';
COMMENT ON COLUMN "consent_state"."status" IS 'GRANTED: granted
PENDING: pending
CONFIRMED: confirmed
WITHDRAWN: withdrawn
EXPIRED: expired';
COMMENT ON TABLE "consent_state" IS 'The current state per contact, purpose and topic: a projection of the ledger.';
CREATE TABLE "login_attempts" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "email" VARCHAR(320) NOT NULL,
    "ip" VARCHAR(64) NOT NULL,
    "at" TIMESTAMPTZ NOT NULL
);
CREATE INDEX "idx_login_attem_email_221208" ON "login_attempts" ("email");
CREATE INDEX "idx_login_attem_ip_e914ac" ON "login_attempts" ("ip");
CREATE INDEX "idx_login_attem_at_36c448" ON "login_attempts" ("at");
COMMENT ON TABLE "login_attempts" IS 'A failed web login, counted per email and per IP to throttle guessing.';
CREATE TABLE "suppressions" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "workspace_id" INT NOT NULL,
    "email_hash" VARCHAR(64) NOT NULL,
    "reason" VARCHAR(16) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    CONSTRAINT "uid_suppression_workspa_9962b6" UNIQUE ("workspace_id", "email_hash", "reason")
);
COMMENT ON COLUMN "suppressions"."reason" IS 'ERASED: erased
UNSUBSCRIBED: unsubscribed
BOUNCED: bounced
COMPLAINED: complained';
COMMENT ON TABLE "suppressions" IS 'An address that must not be mailed or re-consented without a fresh grant.';
CREATE TABLE "users" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "email" VARCHAR(320) NOT NULL UNIQUE,
    "name" VARCHAR(200) NOT NULL,
    "password_hash" VARCHAR(255) NOT NULL,
    "is_active" BOOL NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "last_login_at" TIMESTAMPTZ
);
CREATE TABLE "work_items" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "task" VARCHAR(100) NOT NULL,
    "ref" VARCHAR(100) NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "attempts" INT NOT NULL,
    "max_attempts" INT NOT NULL,
    "due_at" TIMESTAMPTZ NOT NULL,
    "lease_until" TIMESTAMPTZ,
    "last_error" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "finished_at" TIMESTAMPTZ
);
CREATE INDEX "idx_work_items_status_e29bf1" ON "work_items" ("status", "due_at");
COMMENT ON COLUMN "work_items"."status" IS 'PENDING: pending
RUNNING: running
DONE: done
FAILED: failed';
CREATE TABLE "workspaces" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "name" VARCHAR(200) NOT NULL,
    "double_opt_in" BOOL NOT NULL,
    "pseudonym_key" VARCHAR(64) NOT NULL,
    "tracking_ip_days" INT NOT NULL,
    "webhook_payload_days" INT NOT NULL,
    "deleted_at" TIMESTAMPTZ,
    "created_at" TIMESTAMPTZ NOT NULL
);
CREATE TABLE "api_keys" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "name" VARCHAR(200) NOT NULL,
    "prefix" VARCHAR(16) NOT NULL UNIQUE,
    "key_hash" VARCHAR(64) NOT NULL,
    "role" VARCHAR(16) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "last_used_at" TIMESTAMPTZ,
    "revoked_at" TIMESTAMPTZ,
    "created_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "workspace_id" INT NOT NULL REFERENCES "workspaces" ("id") ON DELETE CASCADE
);
COMMENT ON COLUMN "api_keys"."role" IS 'OWNER: owner
ADMIN: admin
MARKETER: marketer
VIEWER: viewer';
COMMENT ON TABLE "api_keys" IS 'A bearer key for one workspace. Only its SHA-256 is stored; the key is shown once.';
CREATE TABLE "contacts" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "email" VARCHAR(320) NOT NULL,
    "first_name" VARCHAR(200) NOT NULL,
    "last_name" VARCHAR(200) NOT NULL,
    "phone" VARCHAR(32) NOT NULL,
    "company" VARCHAR(200) NOT NULL,
    "address_line1" VARCHAR(200) NOT NULL,
    "address_line2" VARCHAR(200) NOT NULL,
    "city" VARCHAR(120) NOT NULL,
    "region" VARCHAR(120) NOT NULL,
    "postal_code" VARCHAR(32) NOT NULL,
    "country" VARCHAR(2) NOT NULL,
    "locale" VARCHAR(35) NOT NULL,
    "timezone" VARCHAR(64) NOT NULL,
    "source" VARCHAR(32) NOT NULL,
    "custom" JSONB NOT NULL,
    "field_times" JSONB NOT NULL,
    "orders_count" INT NOT NULL,
    "total_spent" DECIMAL(14,2) NOT NULL,
    "currency" VARCHAR(3) NOT NULL,
    "first_order_at" TIMESTAMPTZ,
    "last_order_at" TIMESTAMPTZ,
    "restricted_at" TIMESTAMPTZ,
    "sale_opt_out_at" TIMESTAMPTZ,
    "erased_at" TIMESTAMPTZ,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "merged_into_id" BIGINT REFERENCES "contacts" ("id") ON DELETE SET NULL,
    "workspace_id" INT NOT NULL REFERENCES "workspaces" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_contacts_workspa_667af9" UNIQUE ("workspace_id", "email")
);
CREATE INDEX "idx_contacts_workspa_e9164b" ON "contacts" ("workspace_id", "id");
COMMENT ON TABLE "contacts" IS 'A person, unique per workspace by normalized email.';
CREATE TABLE "contact_merges" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "actor" VARCHAR(200) NOT NULL,
    "merged_at" TIMESTAMPTZ NOT NULL,
    "merged_id" BIGINT NOT NULL REFERENCES "contacts" ("id") ON DELETE CASCADE,
    "survivor_id" BIGINT NOT NULL REFERENCES "contacts" ("id") ON DELETE CASCADE,
    "workspace_id" INT NOT NULL REFERENCES "workspaces" ("id") ON DELETE CASCADE
);
COMMENT ON TABLE "contact_merges" IS 'A record that `merged` was folded into `survivor`, by whom and when.';
CREATE TABLE "external_ids" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "provider" VARCHAR(32) NOT NULL,
    "external_id" VARCHAR(128) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "contact_id" BIGINT NOT NULL REFERENCES "contacts" ("id") ON DELETE CASCADE,
    "workspace_id" INT NOT NULL REFERENCES "workspaces" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_external_id_workspa_1d981c" UNIQUE ("workspace_id", "provider", "external_id")
);
CREATE INDEX "idx_external_id_contact_4e4485" ON "external_ids" ("contact_id");
COMMENT ON TABLE "external_ids" IS 'The contact''s id in another system (Shopify customer id, Stripe customer id, ...).';
CREATE TABLE "field_definitions" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "key" VARCHAR(64) NOT NULL,
    "label" VARCHAR(200) NOT NULL,
    "type" VARCHAR(16) NOT NULL,
    "choices" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "workspace_id" INT NOT NULL REFERENCES "workspaces" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_field_defin_workspa_16deb4" UNIQUE ("workspace_id", "key")
);
COMMENT ON COLUMN "field_definitions"."type" IS 'TEXT: text
NUMBER: number
DATE: date
BOOLEAN: boolean
CHOICE: choice';
CREATE TABLE "import_jobs" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "filename" VARCHAR(255) NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "mapping" JSONB NOT NULL,
    "encoding" VARCHAR(32) NOT NULL,
    "tags" JSONB NOT NULL,
    "size_bytes" BIGINT NOT NULL,
    "bytes_done" BIGINT NOT NULL,
    "rows_total" INT NOT NULL,
    "rows_created" INT NOT NULL,
    "rows_updated" INT NOT NULL,
    "rows_duplicate" INT NOT NULL,
    "rows_failed" INT NOT NULL,
    "error" TEXT NOT NULL,
    "created_by" VARCHAR(320) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "started_at" TIMESTAMPTZ,
    "finished_at" TIMESTAMPTZ,
    "workspace_id" INT NOT NULL REFERENCES "workspaces" ("id") ON DELETE CASCADE
);
COMMENT ON COLUMN "import_jobs"."status" IS 'QUEUED: queued
RUNNING: running
DONE: done
FAILED: failed';
CREATE TABLE "import_chunks" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "seq" INT NOT NULL,
    "data" BYTEA NOT NULL,
    "job_id" INT NOT NULL REFERENCES "import_jobs" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_import_chun_job_id_6042af" UNIQUE ("job_id", "seq")
);
COMMENT ON TABLE "import_chunks" IS 'A piece of the uploaded file, so any worker on any host can read it from the database.';
CREATE TABLE "import_row_errors" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "line" INT NOT NULL,
    "field" VARCHAR(64) NOT NULL,
    "reason" TEXT NOT NULL,
    "job_id" INT NOT NULL REFERENCES "import_jobs" ("id") ON DELETE CASCADE
);
CREATE INDEX "idx_import_row__job_id_d136f4" ON "import_row_errors" ("job_id", "line");
CREATE TABLE "memberships" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "role" VARCHAR(16) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "user_id" INT NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
    "workspace_id" INT NOT NULL REFERENCES "workspaces" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_memberships_user_id_f2cda6" UNIQUE ("user_id", "workspace_id")
);
COMMENT ON COLUMN "memberships"."role" IS 'OWNER: owner
ADMIN: admin
MARKETER: marketer
VIEWER: viewer';
CREATE TABLE "policy_versions" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "version" VARCHAR(64) NOT NULL,
    "text" TEXT NOT NULL,
    "effective_at" TIMESTAMPTZ NOT NULL,
    "published_at" TIMESTAMPTZ NOT NULL,
    "workspace_id" INT NOT NULL REFERENCES "workspaces" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_policy_vers_workspa_600f83" UNIQUE ("workspace_id", "version")
);
COMMENT ON TABLE "policy_versions" IS 'A published version of the workspace''s privacy policy; evidence points at one.';
CREATE TABLE "privacy_requests" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "contact_id" BIGINT,
    "type" VARCHAR(16) NOT NULL,
    "jurisdiction" VARCHAR(8) NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "received_at" TIMESTAMPTZ NOT NULL,
    "due_at" TIMESTAMPTZ NOT NULL,
    "completed_at" TIMESTAMPTZ,
    "requested_by" VARCHAR(320) NOT NULL,
    "notes" TEXT NOT NULL,
    "result" JSONB NOT NULL,
    "workspace_id" INT NOT NULL REFERENCES "workspaces" ("id") ON DELETE CASCADE
);
CREATE INDEX "idx_privacy_req_workspa_9583fe" ON "privacy_requests" ("workspace_id", "status", "due_at");
COMMENT ON COLUMN "privacy_requests"."type" IS 'ACCESS: access
PORTABILITY: portability
RECTIFICATION: rectification
ERASURE: erasure
RESTRICTION: restriction
OBJECTION: objection
OPT_OUT_SALE: opt_out_sale';
COMMENT ON COLUMN "privacy_requests"."jurisdiction" IS 'GDPR: gdpr
CCPA: ccpa';
COMMENT ON COLUMN "privacy_requests"."status" IS 'RECEIVED: received
COMPLETED: completed
REJECTED: rejected';
CREATE TABLE "tags" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "name" VARCHAR(100) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "workspace_id" INT NOT NULL REFERENCES "workspaces" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_tags_workspa_2ec96b" UNIQUE ("workspace_id", "name")
);
CREATE TABLE "contact_tags" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "contact_id" BIGINT NOT NULL REFERENCES "contacts" ("id") ON DELETE CASCADE,
    "tag_id" INT NOT NULL REFERENCES "tags" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_contact_tag_contact_68feb1" UNIQUE ("contact_id", "tag_id")
);
CREATE INDEX "idx_contact_tag_tag_id_ee077c" ON "contact_tags" ("tag_id", "contact_id");
CREATE TABLE "topics" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "key" VARCHAR(64) NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "description" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "workspace_id" INT NOT NULL REFERENCES "workspaces" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_topics_workspa_a6bf2a" UNIQUE ("workspace_id", "key")
);
COMMENT ON TABLE "topics" IS 'A list a person can join or leave one by one, under email marketing.';
CREATE TABLE "aerich" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "version" VARCHAR(255) NOT NULL,
    "app" VARCHAR(100) NOT NULL,
    "content" JSONB NOT NULL
);""",
}

DOWNGRADE = {
    "sqlite": """
        """,
    "postgres": """
        """,
}


async def upgrade(db: BaseDBAsyncClient) -> str:
    return UPGRADE[db.schema_generator.DIALECT]


async def downgrade(db: BaseDBAsyncClient) -> str:
    return DOWNGRADE[db.schema_generator.DIALECT]


MODELS_STATE = (
    "eJztXetz2za2/1cw+tJkRvXGTpzmqjs7I8tMwsaWfGU5abfaoSESklhTAAuSdtS9/d8vAD"
    "4kviRS1oOi8aWpyXNA6ncA8Lxwzn8bM2Igyzlp2+YXNG+0wH8bGM4Q+5/EnSZoQNteXOcX"
    "XDiyBCm0Te0BzcVFOHJcCnWXXR9Dy0HskoEcnZq2axLMqdtghCBFFDAWMCYUEIzAE6EPjg"
    "11dAJ62JoD03XA7ef2j2fn74HpAMclFBk/A3eKBBu/NCVPmPEyFv5cg+jswSae7O4RHjb/"
    "9JDmkgliRJQ96Pf/sMsmNtB35IR/2g/a2ESWEQPTNPgA4rrmzm1xTcXuR0HI336k6cTyZn"
    "hBbM/dKcERtYldfnWCMKLQRXx4l3ocXuxZViCJEHH/TRck/isu8RhoDD2LC4lz+y+wuNbQ"
    "tG5voN0qA01rpAQYciwBHlzSCebCZ6/qiF8/4a/w49npu5/efXj7/t0HRiJeM7ry09/+ox"
    "fA+IwCnu6g8be4D13oUwiMF6CKf1OwdqaQZuMa0ieQZa+cRDbEcRW04YUFtov5vg9wZ/C7"
    "ZiE8cacc0TdvVkD5td3vfG73XzGq1/yRhC1Qf+V2g1tn/j2O9wJfm6Kx+b0MwguO7WB82O"
    "kbQ/j0fQGAT9/n4stvxeFlm4w2hc60DMDLPDWcxu/fFQD5/btckPmtOMiUWDl7hIK9mQBZ"
    "ZS8E2R6fAjvk3R/QDA36gFxEG+XgbvS+dZV+C7DPFaJD3L68VrstAI2ZiYf4ut3/ogz47X"
    "D0If6qKt/4lUcTPQVPO/h60CnicGrQTQvskt1xzRnKXhVxzoS4jID1JPyfY1wl7AcaXGkJ"
    "tsAV0A/Ua+V20L6+4Y+bOc6flsCvPVD4nTNxdZ64+ioppmgQ8E0dfAb8T/DvXlcR8BLHnV"
    "DxxAXd4N8N/k7Qc4mGyZMGjaXdOrwaohaTugUdV/OcjeSe5N2C5INXrorgj0TQISYrJU3R"
    "I3nYSM5xTinlKks53ItHc62U0ZPiW2//VF+w27GAFuBGJmw5bJNsG0FbuW/iFrDl9vr4Id"
    "O4jDBL4/yRUGRO8Bc0T+mPCWQDH8q35bGODOa/w8kUXl2sMgqfIldHao4xFNhvZ9omv9lp"
    "33bal0ojZ6fYAsR3DiqilVdsfygKbmpzjKHL3gJ0766uGmI+j6D+8ASpocUmNr9DzkjiSk"
    "SbvjU7myWvQAwnAiP+Y/irhy5CzzBdBbs024G4uNtc6UTkdJpFJoW8iPkQr/fS/Z6arOy/"
    "/ynlu7swJy/Fffc/Z2dv3/509ubt+w/n73766fzDm2inTd9ateVeqJ/4rhvTTNY7+Q75ya"
    "vYbrFtbYKtL0J9SFLA5rug4lw1dEJt37PhQ5Y1f9fBnDl5d+mAKul4qoyfz4eL/XZklUc5"
    "Yqsd0G/PisQFGFUu1OJeCmv+UuVgDjhquF9sfzI73ugPpLult+YkXw2nc6HZvGIy50Fdbn"
    "OOc+0K5pSyd7S7s2mXQdenrt3k3cFHr7QndZ8Rkn3aKnXyoBrIhaZvHMdF+8ttr5st1iWW"
    "pGxN3QX/ByzT2ZmPr/HPsYfFBx6MPNNyTeyc8Mf+a1fLaoWwOUQxOYfL59V1+9fkyupc9S"
    "6SAuQDXGR5Bg/jWumwX46wqzwi4RtKOVdi95ur3Cu6T6khTlowU6uHEUDccwPIGEDAhnAZ"
    "/Q8OCAYDU5NnTc2bgOck/KhPmYiQAVwikqh4ztUIjQlFwHTTOVrbHHyIh/gzYYACTAATL6"
    "TARtQhGFqAexZaggc9mgbCOgKv1Jsm8BxEAUMdu02eGmaw13rN1skjcgCPmt8vAPO57hnZ"
    "1NSngC0gx2PP9R1wThNAbLD3SWeUha88RZSB64gXH2KbEvaD2QiP4lnBaCfgPkCAKRX3nB"
    "uCEWRPwd5shGiT/TCXXRr7flGeoNYUiW38dzlsTgCKIPu9eXlqvzcWo3MSB/3pe7xWusVy"
    "eKSXTHrJqmydbdlNFl8FxWd4nK9O0O5lsi/ZaGzjKT6nA+o64b21qWx7lCk7GyfELbFX2Y"
    "/TUK7b6pXm572p3U8tgGZMPdb89DeGN8+Qu+X5cc4Q3/R7H9UrQcW+zGPT4vLYwLrbvmvC"
    "Jbapl9vPl1n2twDeHMnsX+W3XD/5j8OH2fjUb3cHymULTCjE7G3YDFe6l/78RtgQs7/D7E"
    "i1f82pGORjk844HbdsL/vtb90WeDLdqUHhE9ODlV9v1D6nRN9tkyJjk7Wx/YiKQzyalZpR"
    "TJQL7kqL8vZz70b9+FuLn0OxzfF8iG8HffVGYRcY+jazJdTu157aEcI18SMxdSHej73+dY"
    "tbBzNGcX3T6w/Y7ZlNqMs2vhuVbXy2OcR33du7i9tOX71QNLb/fWkBDzveiL/BCGlsG3zg"
    "m6PyUekr3Y6idZTuoK/wTRKNmT3DYNV0br6heLpxNbZOm1imPtcemQ3IsCy3h2byyvBxej"
    "sNDePShxhSjFVehZVx9hJd9yjdKH82wVrDBPk6+X8p0gk1NkyUjrFKQVda0OxT+lh684wx"
    "yY2zwMZZFmEJ7hpwqxYb8bWJxqrwSEDSLBYhWaJeGyMZTFEQcYjCC2QswhMi0vJzECYwwG"
    "ge+vqbIlDApxlT5OGcxxuEH99CxgTRdKRkN4/Y8ml26evfl69fCL20N3qZazuuoRcjChlm"
    "kWGW+s9tvt+kkV+RcxLQ7z/h5DDmRU1TS25d6K7Snfz7hRQnJyItpjVxnwR2gWDj+RphDk"
    "gTBIEmkVkhYhotAHl4hidd8jwjpv6sVZi2NTrPLflGTddFONSiRMIF+4XY8YMCADpBgolQ"
    "x56m0AU6nNnQnGBHPIYfbhKKmzPHOs/VMIpmaizF3KLozvrMjSyuJrdhoOs5MoujopqdVC"
    "9eqnrxArI4ZO6BzD14ubkHwZd3w8m/4K703H8ZuQdV8b+8yK+IY+KsvI/VYbGISQbEqh0Q"
    "k2kbu/kSVcfl4PpugSxvg7jVXONo4ESF6wz7Z0CawBelcAJEthIPlmBCZ9Ay/0KGr6VlFR"
    "IuPQb3F9wHomBbinMPZtB2AIL6NNDyEBC3wSvuGbjXPccls5N/PqD5v+5fh+db1Nse4Owi"
    "jvMILfboJ8hURjJyEH1kD4Ou74oQqWw/A4iBZ7Nbrn8ShSLbYi/IT5EEzOyrKkJGqQGYHI"
    "ZYPIpQYLFlQcErByGg09k/QsD/4Y99Ys9f5/stYhWTBBarHBWcSJZdqawrwpdfprqao9+E"
    "DFXWUDcMm++kigJTfR1XK1vDOs5VuzPSO6ljLcqElgU6xiRxLlQvnGFUCuOIoXb4bt8jo5"
    "OZDXFGqbx8eJdYagfwTiYwM1WYNePw5Hd0WgbpFKPEuyzeZ5vifSbxLoq3brrlNpCAvnbo"
    "nhZS6E5XKHSnaYWOoknJslgLDolwEYS5vwlaDECjnJoRZ6sd1rtQNrywYGtxZSNiqR3ARf"
    "DNhzeFrkV0aJUzRiKO2mH79rzI5D3Pn7znqdilOUN/lbRElnlqB/EOChSuOH6bE4I5wJFb"
    "3pfuaHdg4RVOI5yfj7ngkCXAYgGvTfM04866yJ9fRiYJNimYrQuGH3ekjia0j7RkcoMFST"
    "aZsJIMtLuE68yOjbJwvUS6OYNWXiJQjDM56X3Wk2CIY4N5BYaXSke9bl+9On3X9Hd6Ns1N"
    "v0NDONHfpU1ykaasl1O1l3hqp6y8LfIlzf+QZkdZxHLf4Dx1mls2n6pyAokI2mwq7BSzlH"
    "WVZc2GYj9W36xjZIpZyrrKsnaghTRis+XpuRtIO4NdyrvK8uan2Dda1zFGKeMqy1i2+83X"
    "iOvb7tezjQ2lHueUUq+K1DMWe/D2S0m+iE6Y6NgvJaUPTqR5a5TVLetXHFoCsn/sXlSWHf"
    "SPXdoYtoDx0gGE49pJigKc3kdLN5FNYT+mWTGqi4D545c+smBO1eS6wp6eoo5mESdD3dkA"
    "pms+Xo02gSywnrJyqCRWcaxcOBElmjOikRtANYCTugKFvruIYmixLe+ZWCnBSKpRJ6z2cN"
    "zPX4j5Z/6ihbr24J/mbxGCtsDxP78aLnB5OZ57/4t1z0/RgTGxDGQA/ikE934nJkLvm/w4"
    "39OUzETFnqcpwlnnAbczqCy+WGmLKf9cnGgYXCZYGzHU8FzcTpLUA9WyvIMoxij9Q1XxDx"
    "XxCoa2yYauodo5JfZdVCP4WpUWQIJRikB65qRn7lhg3p1nLtwW9uqWO1Z4E3toUb+nxLaE"
    "z3MFsgethMMdL/mGceCWWW8Wu3BSzCjOB3hVJVr/mZOMai6u/4YhnSzmUk2jVdY+PbB2x9"
    "215YppRgx1Qn1XGt3SPiU/iWs+ifE1vV7bCLb4Z+JarwhDEtPFaq2SjrEUsMjQMeLhjHwd"
    "IxlAKVjb359lPzjA5C5xADHhagVw5o6LZuDVrd/RFPiHFtkN02iCW9HVNH7t5OTkdU6B/6"
    "0/Yn1VO5sS3oFJGDZLwGRoRlIlqsIXOF8lWpZkUVf+Mk8NvfnbP8S8vERK4JxgqyHUp2cf"
    "ClVH+bCiOsqH1FFCmVD9AkMn0raTnvuqSUB67ncL8+4899KS3q4lfRjLT4joEo1NbAY/Pm"
    "X+JUmaq2xAfyoYEfVOnM2xxf2A5imjqpQl9VLMqGfW+8g3kLgESujsAXkNdfXtV89ivxuV"
    "qq0eMdQQ3p3kkAmAMgFe32sp5K0y1o2B8uuA7TfMUh7i7t31hdLnw8xGiA4xt0pagFtrQ3"
    "zR610p7W4LjAixEMRD3PncUzvsvj4lZvDrD95RyX+XUpW1lliqUVWLP682VbWkKyF/LdTX"
    "lSAtWWnJVtTWKmbJHsbaUmc2oW5n6uGHRoaltXy7ucrKMgWhpnPK4i2uTKSjsGO1Z1sE8k"
    "MovMlUEzgEQDwX7aoQBbxNNftryvYMoEMsmlAD0wX8DKfg5qbACDooswvWjh6TaQn+QUb8"
    "noP+fJ4NKKNp+4qmcVEV/2AE1PI7keFN5hBnzWQM6TwbzZAjAedo7vrq8ZEBumpuBtprpE"
    "oxTfdC7bb7v0W6bqRPXfW6ny4ytN2L3wZKO4E522/KaTwLBjmH1+s6wXb+TC3H/4z+4o91"
    "ZAAX1XIW86p6+g1HPle7CcSyVrdhP3AHvmPpJz6gn5jrgOWbGC54quxm29SleV6kpwWjyn"
    "dpnqe6WhxfA/kGI/VQKP3Crs3/vVPueM93n3uI+3fdrmghTz2MRQv5y16XOzgJRkP8sa1e"
    "ceoxZHOqIg3iZ2wf5M9PySrfnbnEUg13Zq2aBCCsEyNTIiuS0JZ49tmyxPOrWR1jul94DK"
    "nopA/pqzHja+XAd8y/kBaZgMXdInG+2nTF2HNKmABQMzJ7UK1CP84n0d8MfUqeHE00ISmh"
    "7seZagP91vxSAp8guFcW1iU2CWwmsEFt47LALrFJYDOBNTzbMnWGQFloY4wS3ExwFzZXGW"
    "QXXBLWJKyI0qyqGQP0PQfRiKEGfaBWZVIovw5W68gxx39InlScs5NcRuWab8W4agB70ios"
    "ko73dkXf5rfpvs0ynSgf/fqmEzkupJtJPc4p27hUp7NDWsr8TIAz3UjMCVYp5yrLWSYHyu"
    "TAiobNn5scuJyI7j27pnoi368mmCetP01YHluBqk+elNCMqQtau8/HiFDLTcpYxnVtZkZc"
    "pDvNz4gSPC0TI1kgpaIpnUI4xb/zIbn8vme4dcYhZMUTZIKrtfMvbP80JTOgnayWMflOsw"
    "VHLZKP9u03k+myO9X+ZbrscafLXpGJiduui2a2m6Wcxe6vVM0sTqlBn7TwiSA/vgKe0AiI"
    "AZpAJx5mwgc2ogDN2G3Ri4b/pd4AlwB3SonrWghMPOQ4TDJZJ4C2NazsfHOkCqEQcRklJm"
    "LY1Vd2rzLYfZTEtMug61PXD9rtK4jlHdP7jDbtE+lj90entKbDfOGvES+04UxNO+v7vnR3"
    "5dd9FtHtpJyS5/iFShfOZFlP6ZDnZCixNi5JE/JW2Vxt9L51eRUa8oR5EZr25bXabQFozE"
    "w8xNft/hdlwG/PIH1gejqj+Koq3/iVRxM9+VP18Cc3ZKJCPvT1TVTgW2U5j8YSh3RpyJqo"
    "h3QXhd/5Z/qL7oJhjgzcoq6ipQW7vgiqjL/XpzjPDbFMff6VKdo5hVDjBCs1dluQao8+bf"
    "ESPd7IEnlOIOAM6+hEuP3gAJuaj1CfA/8ZPwPEOw2wmcUucHEA6AKCs0vzbHn49cVZg+dI"
    "g+KgBsXjYsoW9RktsVTZlKiM54jX1ywTWAzpawHuvsOKaDxGums+og2sryRvDe2vI7G3Cu"
    "WSRp+sDUSd5K2hqGtsakvDUGYRSyumvBXjq+99xBB1MrMKEhSr7RifVqM+8T4yPmOTcVGM"
    "yPDEF7tcDqi0HJ5pORywZVTFDugcqBvwvObdCdqdjnJ72wJQ15HjDPFNrz9oX6hX6uC3Fu"
    "B5aXBkWqY7H+K+0hmoH9VOe6D2ui1AuRY/5ufu2UhDrPTbt3d9pQXYj3I8ijj97aCvdkJq"
    "Ll7dp+1d/KIE18noDxRevRlovTv2pu0rNgyxXY14ruZAqyKdD/7wqOkY/m/YdEokx6j01P"
    "h0edNvgYlh0yHudG7aLaDrNtxEGEU6KOb3T0x1TzzC+npstSBm85ausMcWnaJ+5VXzwhGY"
    "LHrXN1fKgF/Uyczmeg+vvafwReVT8jVVlQp74XtvYD8mWGtoPh6JuVjIUxAoiCVlvOCS4q"
    "20eKOtZpOMiwSvPD5eZUkHtmbpcitJvtodiNpJKjEmmZUf8yMXEUMN8N134IKtEv7+KbTz"
    "C58uOKpR+rRWxX6li1m6mKWLubSL+dazbcrPaWWnySzfbq5yLjsLwqIZMhgwRYLzAHcKXT"
    "DzHBewDxIYITDzT50RygzQHzm+SBw5ezLZFPJcAMGY8U3BhELsZiTHbGvkIR7iz4TByK4/"
    "oDmjm0J2M0i08Q+/vfp83e4I/nT2jYM8g+D5jDO/bgKMHhFdsBZIuwkmjCDX+LP5X8E5Zt"
    "kjq0Je3nyvu/wu7bBuZmxdlDqgGHFV2W1amYyovGILBc+xHEXhhQYPO3CfJ486cC/oXff2"
    "7uK201cv+FUPO96I04/4vYveXbfDL48IU6sjT2pb7UauVCacqvhN5fmWfOjrlXRTkaOSAz"
    "jJ0ib55ZVaZNgaZNunImMWi3gpmcR8yFSEsp3Datw17PRNEUcgo8rf79/IyssvdsOXLjDp"
    "AnsBLrB0FptlPrtka8cfKtBKaoL8TmuQDoht6pmanbixWrfjJIVPz/FYCIC8rBQzHUVH+T"
    "+IibnfzkLwEfFja2A05/80mWlmRLWo/EIDOcWstjPoeg3zAc2lgnlQBZNLoIR+GZDXUL3c"
    "vi9I6u6Ljr+FdPezFbr7WVp3X36zFMz5ofwEmwzob9wYSBpN0miSRpM0mo7eaNqlJSAKx2"
    "QYAmFBmXw7gNdk2f3ZM6lu71PdPnSR2MOCu4fEzsrr3HtKm92Jxm1Dx2F7rVE6kyDFWEcb"
    "5/y8COLn5/mI83uJmseOBkXhjgwHHiEWgjhnP17mS4A9Yoy7QjvcTvZr5Vz0elcxLfpCTZ"
    "oxd9cXSv/VqcCeEZm+bpDOlJG2Tf50r69tY0HH1cJ2AmUFn2KWJ22qdtKmRLbHUl1029Qe"
    "0PyZsZO2bX7xnaZHKfLVje4SNbo3RyleFPzINsaDRJi4Xa+6aNbIsC2je81V9iW3mjX2IZ"
    "zto8DJM2uayDRsfm8fadgudB7KqPYhfQ01+p1kHFE0LgNvQC7RLYbuEVapsBE2OGrlQG/c"
    "KN1LtfupBQL+Ie7fdbviCvUwFlcumQrVAgbBaIg/ttUrnnLt96lqbCKwradbL7fuKuhoXG"
    "bZXyjhzW63/K2d8+Dy2gDUJNv+gP1wJMDKOhu1swlj9j+CDtI87GY559dY/3FWaftXWs7c"
    "VYPCpt9FM0biXDUIFciEkcqsrho7Vccm3rSIdYJVbqpV21QrcnxukdyS4wWLMl9Wu8EEmc"
    "y1qFeuRfVzAY48/5Z47LdrvGismZGBuzI+neKVMeriMeqoXIpWMns/xbhHXXZRVkuns5Ng"
    "i4723hONQmwQ8WI7q7S183Y4jOqBvYBm2poBswKHuXt6Fuv+vDCnH47FwfWERlNCHjQbzi"
    "0CjbIw57HvD+q3x4K0n0C7ifIe55S6e9V0d2mZF1tQ9bLMjyEFpmpToFAOTHDOejtHrOsK"
    "0gzRSVbF3Q0guuZD1RUn9N1FFENLM41noqUEI6lGXbHysWHPNrHphuU0NwdMfOYuo9Hqip"
    "o54w1mnomVKgb5hYzqipJMbCwMlWiZbD53c0+1ma4lVBmN5Z4BWaqlXR0xCyvdbY5TzcrW"
    "xMCJSsU8A56wIk1dANplwKmNqKlz72Eq2hTcaa4KNcEFjQwz7WueyD7zdTgIyRdVCYQD8h"
    "qiu5symMy0RrhUj5Yllv03aTmMd3dr7VgOmj3x9/8DVCloog=="
)
