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
CREATE TABLE "captured_mail" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "workspace_id" INT,
    "contact_id" BIGINT,
    "mail_from" VARCHAR(320) NOT NULL,
    "rcpt_to" VARCHAR(320) NOT NULL,
    "subject" VARCHAR(998) NOT NULL,
    "mime" TEXT NOT NULL,
    "created_at" TIMESTAMP NOT NULL
);
CREATE INDEX "idx_captured_ma_workspa_905d24" ON "captured_mail" ("workspace_id");
CREATE INDEX "idx_captured_ma_contact_2e22e4" ON "captured_mail" ("contact_id");
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
CREATE TABLE "signup_forms" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "key" VARCHAR(32) NOT NULL UNIQUE,
    "name" VARCHAR(200) NOT NULL,
    "wording" TEXT NOT NULL,
    "topics" JSON NOT NULL,
    "enabled" INT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "workspace_id" INT NOT NULL REFERENCES "workspaces" ("id") ON DELETE CASCADE
) /* A public signup form; its `key` is the only thing the page embedding it knows. */;
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
CREATE TABLE "captured_mail" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "workspace_id" INT,
    "contact_id" BIGINT,
    "mail_from" VARCHAR(320) NOT NULL,
    "rcpt_to" VARCHAR(320) NOT NULL,
    "subject" VARCHAR(998) NOT NULL,
    "mime" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL
);
CREATE INDEX "idx_captured_ma_workspa_905d24" ON "captured_mail" ("workspace_id");
CREATE INDEX "idx_captured_ma_contact_2e22e4" ON "captured_mail" ("contact_id");
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
CREATE TABLE "signup_forms" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "key" VARCHAR(32) NOT NULL UNIQUE,
    "name" VARCHAR(200) NOT NULL,
    "wording" TEXT NOT NULL,
    "topics" JSONB NOT NULL,
    "enabled" BOOL NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "workspace_id" INT NOT NULL REFERENCES "workspaces" ("id") ON DELETE CASCADE
);
COMMENT ON TABLE "signup_forms" IS 'A public signup form; its `key` is the only thing the page embedding it knows.';
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
    "eJztXWtz2zbW/isYfWkyo3pjJ05Td2dnZJlO1NiSV5aTdqsdGiIhiTUFsLzYUffNf38B8C"
    "LeRcqiRNH40sbEOST1HAA8N5zzv9aCqEi3jjqG9hktW2fgfy0MF4j+IzbSBi1oGKvr7IIN"
    "JzonhYYmP6Alvwgnlm1CxabXp1C3EL2kIksxNcPWCGbUHTBB0EQmoCxgSkxAMAJPxHywDK"
    "igIzDA+hJotgVuP3V+PDl9DzQLWDYxkfoLsOeIs7FLc/KEKS9lYc9ViUIfrOFZdY9wsPaX"
    "g2SbzBAlMumD/vgvvaxhFX1Dlv+n8SBPNaSrETA1ld2AX5ftpcGv9bB9yQnZ209khejOAq"
    "+IjaU9Jzig1rDNrs4QRia0Ebu9bToMXuzouicJH3H3TVck7iuGeFQ0hY7OhMS43RdYXWvJ"
    "cn8wkm+lkSy3EgL0OUKAe5cUgpnw6ata/NfP2Cv8eHL87qd3H96+f/eBkvDXDK789N199A"
    "oYl5HD0x+1vvNxaEOXgmO8ApX/PwFrdw7NdFx9+hiy9JXjyPo45kHrX1hhu5rvuwB3Ab/J"
    "OsIze84QffMmB8ovnWH3U2f4ilK9Zo8kdIG6K7fvDZ24YwzvFb6GiabatzIIrzi2g/F+p2"
    "8E4eP3BQA+fp+JLxuKwks3GXkOrXkZgMM8DZzG798VAPn9u0yQ2VAUZJPoGXuEhJ0FB7lH"
    "XwjSPT4Bts+7O6ApGuYDspHZKgd3a/C1Lw3PAP1cIXOMOxfXvf4ZgOpCw2N83Rl+lkZs2L"
    "/7GH/pSV/ZlUcNPXlP2/t6UEzE4JShnRTYBR2xtQVKXxVRzpi4VI/1yP/HIa4S+gNVprR4"
    "W2AO9KPetXQ76lzfsMctLOsvnePXGUls5IRfXcauvoqLKbgJ+NobfQLsT/CfQV/i8BLLnp"
    "n8iSu60X9a7J2gYxMZkycZqqHd2r/qoxaRug4tW3asjeQe592C5L1XrovgD0TQPia5kjbR"
    "I3nYSM5RTiHlOkvZ34snS7mU0ZPgW2//1F+w27GAVuAGJmw5bONsG0Fbu2/iFrBl9vr0Id"
    "W4DDBL4nxJTKTN8Ge0TOiPMWQ9H8rX8L0ODObv/mTyr65WmQmfAldHYo5RFOhvp9omG+x2"
    "brudC6mVsVNsAeI7CxXRymu2PxQFN7E5RtClbwH6d1dXLT6fJ1B5eIKmKkcmNhshJyR2Ja"
    "BNDi1OFvErEMMZx4j9GPbqvovQUTVbwraZ7kBcjbZznYiMTtbJrJAXMRvi9V66PxKTlf73"
    "v6V8d+fa7KW4734+OXn79qeTN2/ffzh999NPpx/eBDttcihvyz3vfWS7bkQzWe/k2+cnr2"
    "a7xba1Cbq+iOlCkgA22wUV5WqgE2r7ng0XsrT5uw7m1MlbpQOqpOOpNn4+Fy7625FeHuWA"
    "rXFAvz0pEhegVJlQ87EE1uylysHscTRwv9j+ZLacyZ9IsUtvzXG+Bk7nQrM5ZzJnQV1uc4"
    "5yVQVzQtk72N1ZM8qg61I3bvJW8NEr7UndZYRkl7ZKkzyoKrKh5hrHUdH+ejvop4s1xBKX"
    "rabY4P+ArlmV+fha/5w6mH/gwcTRdFvD1hF77L+qWlY5wmYQReTsL59X153f4iurezU4jw"
    "uQ3eA8zTO4H9dKFxq2YyL1moq3leJciYy389wrikcpL3zSKl0swpkinCmlnSmHl5sWcmYT"
    "bMMMPTJvfkf5mgPsTiZ6aDukm5o8NcmijJ4ZYWqgYVqJ8W8qBjUwSRmcQywC5WIoewbmBj"
    "ZpI02nn3/+UABjSpWJMR+L7RlaWvrwCH3L2Kp9+kbM4TyDSfptlK9DB/bS1aD/0SePK9Yi"
    "ue9lJvfVxXKiICNsS4+IR9WTllN4vJ1rObmUMmKkBc+4DDACiMW8AZkCCDwt7wcLeDcDc4"
    "2dN1m2Acvm/lGZ09mAVGATfvyEnVaZoCkxEdDs5OmWbd58jMf4E6GAAkwAnSDQBAYyLYKh"
    "DpgZccZ50KOmIqwg8Kp30waOhUxAUcd2mx2qUelrvQa69ogswPKN71eAuVz3lGyuKXNAV6"
    "VFbVDgpi5YbQCxSt8neRbHf2VqXFJwLf7iY2yYhP5geodH/izvbkfgfqVE3zNuCCaQPgU7"
    "iwky2/SH2fTS1M0oYUd72vxIEPtdFp0TgC4/+nuzTvj8EVPRLfSXmyuQm1CQwSNMYmES1/"
    "lL1ByjuKbQ7tgsZhtP8TntUTcJ761NZcMxqW608VGiEHudzYeWdN3pXcnuiaFe/+MZQNxJ"
    "4h4conizs0W37GSRNcY3w8Fl74pT0S/zVNOZPDYw7rYf1LWJoSnl9vMwy+4WwJsDmf15GR"
    "/rJ/9hZH+0Pg47/ZF0cQZmJsT0begMl/oX7vxGWOWzvzvoX/aG14yKQj7VzAWjY3bUxbDz"
    "tX8GnjR7rprwierB0m83vSGjRN8MzUTqJmtj+7loFnHMtKT2YqJccddalLefBje9y9/P2A"
    "l+Q5sux/h2NOzdSPQCRd+gtkSv/2XQ63LhaviRaAoX7+VgeH3GrIMFpbi+GQxHdHhhENOm"
    "G99Nj258hjbGd/3bu/Pb7rB3Lsl0//t8BhxsORP2BhMk023wgW2O0qU0lPpdSe5K/dFQYp"
    "skmlJ7hsIqK8x8Q9GDmvXYOg2ia8pSfqQ2IMWy3B6ayisSb5PbqW8Ylz7+nWCs8yqsTZoM"
    "URTHNDdyPsZYG+h9PBBvY6HMGRMpxFQ3PGIaYRWCrrWg6af0sfTmGWESG2eBjbMswgLcNe"
    "DWLTbiahOtvPCIR9IuFiEJUa+NkYzmyIs4BOEFMuXhCR5p+cULE6hgsvR9/W0eKGDTjCry"
    "cMniDdyPryN1hsxkpKSaR4j0t1q7P7N9/Vzopb3RYa7tuIZejChEmEWEWZo/t9l+k0Q+J1"
    "vfo999qv5+zIvGJeW76s6tDe083ckdL6Q4WQFpMa2J+SSwDTgby9fwc0DawAs08cwKHtM4"
    "A5CFZ1hqIDuhQdWftQrTtu7Ocku+mpptI+xrUTzhgv5CbLlBAQAtL8GEq2NPc2gDBS4MqM"
    "2wxR/DykJwxc1aYoXlaqhFMzVCMbcgurM+cyONq81sGGg7lsjiqKlmJ9SLl6pevIAsDpF7"
    "IHIPXm7ugffl3XDyr7hrPfdfRu5BXfwvL/IrYmk4Le8jPywWMImAWL0DYiJto5ovUX1cDr"
    "brFkjzNvCh9hpHAyMq3KHFPQPSBq4ouRMgsJVYsAQTcwF17W+kulpaWguW0vdg/oJ7TxR0"
    "S7HuwQIaFkBQmXtaHgJ8GLxinoF7xbFssjj65wNa/uv+tX++pXc7AIydx3EeoU4f/QSpyk"
    "gmFjIf6cOg7boieCrbLwBi4Bh0yHZPopjI0OkLslMkHjP9qvKQUeIGVA5jzB9FTKDTZWGC"
    "VxZCQDEX//AB/4d77yNj+TrbbxGpNcuxyHNUMCJRsLK2rgjkF9gonNTlM9RZQ63T4Wiq+l"
    "q2XLb7T5SrcUekK+kAxBsslAU6wiRwLtRpiWJUCuOAoXH4bt8jo5CFAXFKkfFseEMsjQO4"
    "kglMTRVqzVgs+R0dl0E6wSjwLov3yaZ4nwi8i+KtaHa5DcSjbxy6x4UUuuMche44paYQmp"
    "UsKLziEAgXQZj5m6BOAVTLqRlRtsZhXYWy4fitLoorGwFL4wAugm82vAl0daJAvZwxEnA0"
    "Dtu3p0Um72n25D1NxC61Bfq7pCUS5mkcxBWUds85fpsRgtnDkVvW0ftgd2DuFU4inJ2Pue"
    "IQxZMjAa9N8zSjzrrAn19GJjE2IZitC4YddzQtmWsfSclkBgvibCJhJR5otwnTmS0DpeF6"
    "gRRtAfWsRKAIZ3zSu6xH3i0ODeYcDC+kbu+6c/Xq+F3b3enpNNfc3nb+RH+XNMl5mrJSTt"
    "UO8TROWXlb5Eua/SFNj7Lw5b7Beeokt2jbW+cEEh602VTYCWYh6zrLmt6K/lhls3K8CWYh"
    "6zrL2oI6kolBl6djbyDtFHYh7zrLm51i32hdRxiFjOssY1FLPVsjblYt9bDUHUPdUOpRTi"
    "H1ukg9ZbF7bx9K8kXmjIqO/lJS+uBEkrdBWd2ifsW+JbDdvPoUqJM4X7pF/D+jZeLUVwxZ"
    "Lzn+a/heBwbzd38y+VdXa9GET0Hed2KOURTcskZssNu57XYupFbWprIFjEMHEA5rJykKcH"
    "IfjUBMXwP0766uWt+zz4YksE/vVXbuMV9+HiIdZlRNbirsySlqyTqxUtSdDWC6Zvdr0CaQ"
    "BtZTWg6VwCqKlQ1nvERzSjRyA6hGcNZUoNA3G5kY6nTLeyZWknenntokrHZw3M9diNln/o"
    "KFuvbgn+xuEZy2wPE/txousFk5nnv3i3XPTtGBKdFVpAL2KQT3bicmYt632XG+pzlZ8Io9"
    "T3OE084DbuemovhirS2m7HNxdMoRs0ywNmBo4Lm4SpLUPdWyvIMowij8Q3XxDxXxCvq2yY"
    "auocY5JXZdVMP7WpUWQIxRiEB45oRn7lBgrs4z528LO3XLHSq8sT20qN9TYFvC55mD7F4r"
    "4TDHS7Zh7Lll1pvFNpwVM4qzAc6rROs+c5ZSzcV239CnE8Vc6mm0itqne9bumLu2XDHNgK"
    "FJqFel0YX2KfFJXPNJjK7p9dqGt8U/E9dmRRjimK5Wa510jFDAIkXHiIYzsnWMeAClYG1/"
    "d5b9YAGNucQBxISpFcBaWjZagFe3bkdT4B5apAOa2ga3vKtp9NrR0dHrjAL/W3/E+qp2hk"
    "lYByZu2ISASdGMhEpUhy9wtkoUlmRRV36Yp4He/O0fYg4vkRI4x9gaCPXxyYdC1VE+5FRH"
    "+ZA4SigSql9g6ETYdsJzXzcJCM99tTBX57kXlvR2Len9WH5cRBdoqmHN+/EJ8y9O0s6zAd"
    "2poAbUlTibI4v7AS0TRlUpS+qlmFHPrPeRbSAxCZTQ2T3yBurq26+eRX83KlVbPWBoILyV"
    "5JBxgFIBXt9ryeetM9atkfTbiO431FIe4/7d9bk0ZLdZTJA5xswqOQPMWhvj88HgSur0z8"
    "CEEB1BPMbdT4Nel44rc6J5v37vHZXcdylVWSvEUo+qWux5jamqJVwJ2Wuhua4EYckKS7am"
    "tlYxS3Y/1lZvYRDT7s4d/NBKsbTCw+08K0vjhLLCKIu3uNKQgvyO1Y6hE8gOobAmU21gEQ"
    "DxkrerQiZgbarpX3O6ZwAFYt6EGmg2YGc4OTczBSbQQqldsCp6TKol+CeZsDEL/fU8G1BE"
    "03YVTWOiKv7B8KjFdyLFm8wgTpvJGJrLdDR9jhick6XtqscHBmje3PS010CVopruea/fGf"
    "4e6LqBPnU16H88T9F2z38fSZ0Y5nS/KafxrBjEHF6v63jb+TO1HPcz+qt7rwMDuKiWs5pX"
    "9dNvGPKZ2o0nlrW6Df2BFfiOhZ94j35ipgOWb2K44qmzm21Tl+ZpkZ4WlCrbpXma6GpxeA"
    "3kW5TUQb70C7s2/30n3bGe7y73GA/v+n3eQt50MOYt5C8GfebgJBiN8WWnd8Wop5DOqZo0"
    "iF/QfZA9PyGrbHdmiKUe7sxGNQlAWCFqqkRyktBCPLtsWeK41awOMd3PP4ZUdNL79PWY8Y"
    "1y4Fva30gOTMDibpEoX2O6Yuw4JYwDKKupPajy0I/yCfQ3Q98kT5bMm5CUUPejTI2Bfmt+"
    "KY6PF9wrC2uITQCbCqxX27gssCE2AWwqsKpj6JpCESgLbYRRgJsK7srmKoPsikvAGocVmW"
    "Za1YwR+paBaMDQgD5QeZkU0m+jfB054vj3yeOKc3qSy6Rc860IVwNgj1uFRdLx3ub0bX6b"
    "7Nss0omy0W9uOpFlQ3MzqUc5RRuX+nR2SEqZnQmw5huJOcYq5FxnOYvkQJEcWNOw+XOTA8"
    "OJ6M6za6rH8v0agnnc+pO55bEVqIbkSfLNmKagVX0+RoBaZlJGGNe1mRlRkVaanxEkeOoa"
    "RqJASk1TOrlwin/nfXLxfU9x60x9yIonyHhXG+df2P5pSmpAW2ktY7KdZiuORiQf7dpvJt"
    "JlK9X+RbrsYafLXpGZhju2jRaGnaacRcZzVTOdUcrQJS18IsiNr4AnNAH8Bm2gEAdT4QMD"
    "mQAt6DDvRcP+6t0AmwB7bhLb1hGYOciyqGTSTgBt67ai882BKoRcxGWUmIChqq/sTmVQfZ"
    "REM8qg61I3D9rtK4jlHdO7jDbtEulD90cntKb9fOGvESu0Yc01I+37HhrN/bovArpKyik5"
    "lluodOVMFvWU9nlOxiT6xiVpfN46m6utwdc+q0JDnjArQtO5uO71zwBUFxoe4+vO8LM0Ys"
    "MLaD5QPZ1SfOlJX9mVRw09uVN1/yc3RKJCNvTNTVRgW2U5j0aIQ7g0RE3UfbqL/O/8M/1F"
    "d95tDgzcoq6i0IJdXwRVxN+bU5znhuiasvxCFe2MQqhRglyN3eCk8qNLW7xEjzPReZ4T8D"
    "j9OjoBbj9YwDC1R6gsgfuMXwBinQbozKIXmDgAtAHB6aV5tnz79cVZvecIg2KvBsXjasoW"
    "9RmFWOpsStTGc8Tqa5YJLPr0jQB312FFNJ0ixdYe0QbWV5y3gfbXgdhbhXJJg0/WBqKO8z"
    "ZQ1A02tYVhKLKIhRVT3opx1fchoohaqVkFMYp8O8allU2XeBcZn5HJuCpGpDr8i10uB1RY"
    "Ds+0HPbYMqpmB3T21A142fDuBJ1uV7q9PQNQUZBljfHNYDjqnPeueqPfzwDLS4MTTdfs5R"
    "gPpe6od9nrdka9Qf8MmEyLn7Jz9/ROYywNO7d3Q+kM0B9lOSZi9LejYa/rUzPxKi7t4PxX"
    "ybtOJn8i/+rNSB7c0TftXNHbEMOWiWPLFtRr0vngT8fULNX9DZtOifg9aj01Pl7cDM/ATD"
    "XMMe52bzpnQFEMuIkwinRQzO6fmOieeID19ehqQdTmLV1hjy46qfeFVc3z70BlMbi+uZJG"
    "7KJCFgbTe1jtPYktKpeSram6VNjz33sD+zHG2kDz8UDMxUKeAk9BLCnjFZcQb63FG2w1m2"
    "RcxHjF8fE6S9qzNUuXW4nzNe5AVCWpxJikVn7MjlwEDA3Ad9eBC7pK2Psn0M4ufLriqEfp"
    "00YV+xUuZuFiFi7m0i7mWyotx6BiW7RS3Muh0Xaea9nidPKUEpbLj1GAywoY6y9Asy1w/4"
    "CW90CzeDILwfqS/oNKgf9p0B8BWAK9ymp0s/5SD1TzsDLzY7Z4e9GAol7e7H02Kt4vsBWX"
    "cy/b1aPJHT2qaFJMvwbpTQmy1fQQSyNQ3rWqbhNDU8r1KAg46qGqN6pLAcIMnrQopNutOi"
    "PZa8UV73lH2aoShr+z77jl3WBwFYH9vBef5rz796tjLgNKpNkZUUdxtil7sxcJV8IaFtaw"
    "sIZX9q5jGCarWpJ+aCQ83M61h1eERe1hDOjqZjzUEoU2WDiWDTCxwQSBhVuDhZjARD8yfB"
    "EvwPKk0Snk2ACCKeWbg5kJsZ1iCm/rzmM8xp8IhZFep+YUpZtDOugdO3FLwbz6dN3pcv7k"
    "WRQLOSrBywVjft0GGD0ic8Va4BCKN2E4ucyezf7yqnqJjtE1ynnKttrFd6nCLhKRdVHUfI"
    "9yNcK83FfpwYJVHQ6iDGGLJeGxDCCWg8dygu76t3fnt91h75xddbDlTBj9hI2dD+76XXZ5"
    "QqjlGuQVdXr9ILGICqcuWUTCIsqGvlkWUU0KB43gLE2bZJdztUi/Uea2awRFLBb+UuJI7z"
    "5DGcLjvtrtC3ncj3M87sdJj7vY8F/Khi9cYMIF9gJcYMkzXbr27AYmXfdWnlbSEOQr7cgx"
    "YkHCVM2OD+TrdkGAsUiuDAv/AciKLFPTESgQgz+JhpnfTkfwkeWxIDBZsv+1qWmmBpWZ3b"
    "J7GaWdt3PT9RomS70QCuZLzZXZ95evYl+Q0N2rzZYJv1kC5uyMmRibSG/fuE2uMJqE0SSM"
    "JmE0HbzRVKUlwMuophgCfnnVbDuAVSitvhKLULd3qW7vu2VKrdLTqzjmWHude0eHSCvRuA"
    "1oWSzhvHQmQYKxiTbO6WkRxE9PsxFnY7EOQJYMeRnLFAdeXkZ0hE/kRIucaGHb5Nk2OrRs"
    "2W+uV1bwCWZRd6JudSdKZHuEuoQZmvyAls+MnXQM7bPrND1Ikee3fY91rNocpWiLrAPbGP"
    "cSYWJ2fc9GqWezg7F2nn3JrGaZfggLnst+jpH5x3MrfIo0bDa2izRsG1oPZVR7n76BGn0l"
    "GUcmmpaB1yMX6BZD9wBrNhoI+ye4yyRh30j9i17/4xnw+Md4eNfv8yumgzG/ckFVqDOgEo"
    "zG+LLTu2Ip127X5tYmAtt6unW4kXVBR2OYZXehhDfVbvlbO+fB5LUBqHG23QH74UCAFVUn"
    "G2cTRux/BC0kO9hOc86vsf6jrML2r7WcmasGmSZJaZCYnTES5WpAqEAkjNRmdTXYqTrV8K"
    "YtnWKsYlOt26Zak+Nzq+SWDC9YkPmS7wbjZCLXolm5FvXPBTjw/Fvi0N8usxYqWkoGbm58"
    "OsErYtTFY9RBuRS5ZPZ+gnGHuuyqcp1iLo68LTrYe49kE2KV8BerrJhd5c1hKdUDfQFZM2"
    "QVpgUOM/f0NNbdeWGOPxyKg+sJTeaEPMgGXOoEqmVhzmLfHdRvDwVpN4F2E+U9yil097rp"
    "7sIyL7agmmWZH0IKTN2mQKEcGO+c9XaOWDcVpAUyZ2n9ZzaA6Jrdqqk4oW82MjHUZU19Jl"
    "qSd6ee2lSsXGzoszWs2X45zc0B45+5i+BuTUVNW7B2q8/Eqsdv8iuZNBUlkdhYGCqD6Jqi"
    "PXdzv2F3WX6hUDV47aW1WX8GZIkG703ELGgctDlQ0VZFTQTJLwe4OUYNq+1TpMVHKXj8sj"
    "1NAajKqFwHmZrCXKyJkJw30s6Lx8EVjYjF7WqeVB2Le1x92IsGK0IsTYzIVXFalC2qEgh7"
    "5A1Et5paoQTbCJdq6xpi2X2zqP24wLfWFmqvKSbf/x8YKsvp"
)
