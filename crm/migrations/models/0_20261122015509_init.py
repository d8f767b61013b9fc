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
CREATE INDEX "idx_audit_log_workspa_ac9ac2" ON "audit_log" ("workspace_id");
CREATE INDEX "idx_audit_log_subject_e74d86" ON "audit_log" ("subject_id");
CREATE INDEX "idx_audit_log_at_63718d" ON "audit_log" ("at");
CREATE TABLE "login_attempts" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "email" VARCHAR(320) NOT NULL,
    "ip" VARCHAR(64) NOT NULL,
    "at" TIMESTAMP NOT NULL
) /* A failed web login, counted per email and per IP to throttle guessing. */;
CREATE INDEX "idx_login_attem_email_221208" ON "login_attempts" ("email");
CREATE INDEX "idx_login_attem_ip_e914ac" ON "login_attempts" ("ip");
CREATE INDEX "idx_login_attem_at_36c448" ON "login_attempts" ("at");
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
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "merged_into_id" BIGINT REFERENCES "contacts" ("id") ON DELETE SET NULL,
    "workspace_id" INT NOT NULL REFERENCES "workspaces" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_contacts_workspa_667af9" UNIQUE ("workspace_id", "email")
) /* A person, unique per workspace by normalized email. */;
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
CREATE INDEX "idx_audit_log_workspa_ac9ac2" ON "audit_log" ("workspace_id");
CREATE INDEX "idx_audit_log_subject_e74d86" ON "audit_log" ("subject_id");
CREATE INDEX "idx_audit_log_at_63718d" ON "audit_log" ("at");
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
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "merged_into_id" BIGINT REFERENCES "contacts" ("id") ON DELETE SET NULL,
    "workspace_id" INT NOT NULL REFERENCES "workspaces" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_contacts_workspa_667af9" UNIQUE ("workspace_id", "email")
);
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
    "eJztXWtz27YS/SsYfbnOjK8bP5L4up3OyLbSqrHlXltp+nCHhkRIQk0BLEjaUXvz3y/Ah/"
    "iWCFmUKBSfEhNYkjoLArsHu4u/W1NqIss5aNv4A5q1zsDfLQKniP8n07IPWtC24+viggsH"
    "lt8V2th4RDP/Ihw4LoNDl18fQctB/JKJnCHDtospEb3bYIAgQwxwETCiDFCCwDNlj44Nh+"
    "gA3BBrBrDrgLvv2/8+evMWYAc4LmXI/Bq4E+SLiUsT+ky4LBcRzzXpkD8Yk3F9j/AI/tND"
    "hkvHiHdi/EG//c4vY2Kiz8iJ/rQfjRFGlpkCE5viBv51w53Z/rUucd/7HcXbD4whtbwpiT"
    "vbM3dCybw3Jq64OkYEMegicXuXeQJe4llWqIkI8eBN4y7BKyZkTDSCniWUJKSDF4ivtQyj"
    "d9M37jp9w2jlFBhJJAAPLw0pEcrnr+r4v34sXuHfR4cn705Oj9+enPIu/mvOr7z7Ejw6Bi"
    "YQ9OHp9Vtf/HbowqCHj3EMqv9vDtaLCWTFuEb9M8jyV84iG+G4CNroQoxtPN43Ae4UfjYs"
    "RMbuRCD6+vUCKH9q3158377d471eiUdS/oEGX24vbDoK2gTeMb42QyP8WQbhWGI9GG93+K"
    "YQPnxbAeDDt6X4iqY0vHySMSbQmcgAnJRRcBi/PakA8tuTUpBFUxpkRq2SOaJDvKkPcpe/"
    "EORzfA7sSHZzQHM02CNyEWvJwd26+dTr3J4Bvlwhdk/al9fd3hmA5hSTe3Ldvv3Q6Yvm6O"
    "735Kdu55O48oTRc/i0rX8PQ4YEnAZ08wq75C0unqLiryItmVGXGYoeRP/Zxa+E/0BTGC3h"
    "FLgA+n73unPXb1//KB43dZw/LR+/dr8jWo78q7PM1b2smuY3AZ+6/e+B+BP8etPr+PBSxx"
    "0z/4lxv/6vLfFO0HOpQeizAc3EbB1djVBLad2Cjmt4zkp6z8quQfPhKzdF8Tui6AiThZpm"
    "6Ik+rqTntKTWcpO1HM3Fg5kh5fTk5Jb7P81X7Ho8oBjcuQsrh21WbCVoG7cmrgFb4a+PHg"
    "udyzlmeZzfU4bwmHxAs5z9mEE25FA+Je+1YzB/iQZTdDX+yhh8nlMduTHGUeC/nVubovGi"
    "fXfRvuy0SmaKNUD80UFVrPKGzQ9Vwc1Njil0+VuA3serq5Y/ngdw+PgMmWmkBrZooUc0c2"
    "XeN980PZpmr0ACxz5G4seIV48oQs/Eboe4rJhAjFv3F5KIop9h0XElFrEc4jWzdOd4/E8h"
    "6v5zdHR8/O7o9fHb0zcn7969OX09n1PzTYsm1/Pud2J+Tdkgy+m8bS5uy+eF3SNOY2T5h0"
    "RZgEgO13KuKS2lINu0fgojgKxo+C6DuXDs1sk0STJMjSH0Arj4b0eWPMpzMeWAPj6qsgHA"
    "e5VC7bflsBYvJQdzKKHgfLH+wex4gz/Q0JWemrNyCg7nSqN5wWAug1puck5L1QVzzrbY2d"
    "kZ2zLoBr2VG7w1LHrSlOkmt0I2aRqrRJWayIU48ILTqv3h7qZXrNaESFa3eOiC/wELO7WR"
    "ea1vRh7xF3gw8LDlYuIciMd+W9dntUDZAqKUnqPPZ++6/XP2y7q4ujnPKlDc4LyIAtwOh3"
    "JBiRvwHTkCJWraX8SeDINOlUOwbMQcSvZBMADEn3F8FBjMAKFsCi38FzIBmvIhVxRjJX2P"
    "e3JPHkJt8tnHeQBTaDsAweEE2IyOsIWA3wz2IDHBw9BzXDo9+OYRzb59eAVc6gdnde9ugB"
    "D3A7ieoMUf/Qyde0IHDmJP/GHQ9fs51GND9DWABHg2b3IBFWFfDNkWf0EHwEgYuxM/QCx3"
    "A66He+I/ijJg8a+JgT0HITBk068iwL8K7n1gz16VBYn9liaTfSxav2tSahdIqUBZEjbNXE"
    "BBB6gWJ3OEmeMasrF8aSnlTMha4vn8cAlZoFNCGudKcZMcIymM5wLK4bt+P35IpzYkBVuG"
    "5fAmRJQDuJYBzH0YbiU7hoUJOpSi/7KCGm9ZvI9WxftI410V7yF25SaQsL9y6B5WMugOFx"
    "h0h3mDjqGx5K5BLKERroKw4DGgxQE05cyMtJhyWNdhbHhR4Ep1Y2MuohzAVfAthzeHrkWH"
    "sCw7o8QZmUsoh+3xmyqD90354H2ThVcQV39JeiJJGeUgrmH/1qcYZQCOJTYIL7Txzs7APg"
    "Uss0USS+gdkrXskKTJujl5L6OTjJhWzNoVQ5mJmGP41kdeM6WbBVmxzWUGvK5rQlpz7KRL"
    "hc3s2KgI10s0xFNolaylacnsoA9ED8Jb7BrMCzC87Fx0r9tXe4cn+8FMz4c5DiLVo4F+kn"
    "fJPcYQGcqZ2gkZ5YyV4yoraflCWrzL4n/uKyTg5aV1El6TI0v8TZtVlZ0T1rpusq512nz5"
    "jKpu2rxnmytqPS2ptd4UrRd87OHbJyLCEBtz1fFfSgsDmRfFBeVlFcqw3kiUUDNS1Rr3ue"
    "k87CalCsvnYScmhjVgnIhW3a2ZpCrA+XlUOhk7h/2IFXGc56Hw+w+3yIIliVWqwp4foo5h"
    "UafA3FkBpmtxP4UmgSKwnov24DVWaaxcOBbBM48FbPYKUPXhWFWg0GcXMQItPuW9EKtOeK"
    "euqRJWG8gNCT7E8gSR+Ye6NEvECKYIv2+FXBGGhpSZwJ1AFzwEK9aDSLkAI2qZyARiKQQP"
    "jsee8BNlD/si9+N5QqdAJHE8TxApSh5Zz011sY9Ge0zleRV+Pr4M2T8XUDCvopYgx9C0lC"
    "eIUoKaH2oKP1SFFYx8kxWpIeVIiQ3TQtFqJa2AjKBWgWbmNDO3KzDXx8xF08JGabldhTcz"
    "h1blPTW2EpznAmS3WjZBEC/ljnFIyyx3i104ruYUlwNcmP4/jAcIf0Qu9f83/+r+/D2CDt"
    "ppbZzTGo0TWS2k5VSyLTZs3Qm6VsquiwVUQr0uiy4xT+klcVlJ5tQ3vdzaCKf4F+Kq1g5D"
    "FtP4a22SjZHYsCiwMdLbGeU2RnYDZTnx3p8gEI6yfzkAC0ocQEKFWQGcmeOiKdi7m1Abj2"
    "YgSHrhDdjcB3dcGzZKXzs4OHiVp+HrecTyEkg2o0/YDCq2J4DRRZGatOyW20FJ9VVOPk7I"
    "KEjhrz/zLfldSOCcEVMQ6sOj00op9acLUupP9eFjer9EO3Rbd+g0Xa/p+oY6IyscaKTd57"
    "W6z9tx93wVXaIRJjj88TmfL9tlf5HjFwwFc967FoY59XE/otnLPKl/ihtV28nkQgMSNnvY"
    "XUFbff0lV6RPftnCmS+7HTjmA1QI8PIjsyPZJmPd6nd+7vP5hnvK96T38fpcHITNf9lAHI"
    "wtvJIzILy1e3J+c3PVaffOwIBSC0FyTy6+v+le8PbhhOLw12/9zKngXaTKsSREmlGKRTxP"
    "mVIsmkoo/xbUpRK0J6s92Yb6WtU82e14W92pTZl7MfHIY6vA00o27y/ysrDf0RiKntUPQc"
    "FoiAAd+ad9eLZFocg8EceQ7AOHAkhm/oEmiAFK/L8mfM4AQ0iAmMcAdoFI3PSlhSswgA4q"
    "PCelpscUeoJ/0IFoc9CfejetSZxnubMoVFV9wQh763WigE0WEBeNZALZrBjNSCID52DmBu"
    "bxjgG6aGyG1uvclOKW7nm31779ZW7rzu2pq5ved+cF1u75L/1OO4M5n2/kLJ5YQI/h5bZO"
    "OJ2/0MoJltEfgnvtGMBVrZx4XDXPvhHIl1o3oVqW2jb8B9bAHWueeIs8sbAB5U++imWaTL"
    "OtSmm+qVIInfcqpzTf5Eqh8/nR9QoosmqkZiy9wSqjvKuHIu1Xpjb/+7HzsXN5BgLpe3L7"
    "sdfr9r47A8wjhCvhnlze9ATBSQm6J+/b3SvRewT5mDKbQWdO+Twonp/TVTmdmRBpBp2pVG"
    "VpRIbULNTIgiC0hMwm69x7QQmrXQz3i3KPqg76qH8zRrxSBL6D/0LG3AWsTouk5ZQppb7h"
    "kDAfQMMsPLhkEfppOY3+augz+uwYfuV6CXM/LaQM9GvjpXx8ws09WVgTYhrYQmDDgsaywC"
    "bENLCFwJqebeEhR0AW2pSgBrcQ3NjnkkE2ltKwZmFFjBWVyuijzyWIzgUUODxkUSRF5+f+"
    "Yhs5RfxH3bOGc3GQy0DuxJaUlAKwZ73CKuF4xwsO+zzOH/apw4nK0Vc3nMhxIVtN62lJfX"
    "ZLc45zyGtZ5AQ4k5XUnBHVem6ynnVwoA4ObOi2+UuDA5OB6N6LC6ln4v0UwTzr/Rm+57EW"
    "qG7pcydyY1RBq/54jDlqpUEZSVyXRmakVVprfMY8wNPCBOlCcQ0N6fSVU32dj7rr9b2A1h"
    "lFkFUPkAmvKscvrD+bkjvQTtE5MeWkWSyhRPDRpnkzHS5bq/Wvw2V3O1z2io4xabsumtpu"
    "kXGWal9omlmipwGDrpUzgoL9FfCMBsC/wT4YUo9w5QMbMYCmvNk/gEb81f0RuBS4E0Zd10"
    "Jg7CHH4ZopygBa1231cTc7ahD6KpYxYuYCda2yG9VB/bsk2JZBN+itHrTrNxDlielN7jZt"
    "Euld56NzVtN2VvhrJAptOBNsF63vidaFq/t03q+WckqeExQqjclkXU9pm3kyjForl6SJZJ"
    "vsrrZuPvVEFRr6TEQRmvbldbd3BqA5xeSeXLdvP3T6onkK2SO303mPn7qdT+LKE0bPwVDd"
    "fuaGDlQoh17dQAUxVcoxGgkJTWnomqjbpIuidf6FfNHH8DY7Bm5VqijxwS4vgqr339Upzl"
    "NyrNbS87TqOkcrNbb8l9Jm+TbNctnUdYXT1g8rVeI8XFCJ8zBfiVNb1OXoq2tRa/tPBwsq"
    "aqzkT96w8ItjBtOnfCqCfK1BcL6/UmDYRX5MuWUnXAFdhEgtK27be5PbBbf+rcnmW8kbCl"
    "+rpVq9DR2HL0umMYHORAbmnKCCXkktxbSwY/CJHz8V1ecICuWXzMdJuWzBTS5YF9rRdLLh"
    "eps3N1cph+O8mw0P9I8e2Dv0seedcGBG5Qlh7QaWD3d13UALOtw8DqPYZBWfE9b5gTscj5"
    "EIx7Gx8YhmL/SY2jb+EBw5tJMqX5xflQkNWR2ldCzKjk2MW/ErBQXSddG0VeBbztv2F/mX"
    "gmAw+EI43UQmVVzX0+Rd+Typ06maGT3rQudRxrSP+ito0deyz8DQSAbesLtGtxq6O1h82E"
    "YkKt8qE8X2Y6d36VcbDuV3sf5wMmOkItGYFNFlubLeq9DXCqBmxTYH7OmOABsaLTlIF3uG"
    "sZSCdMCu+4Qp/x9BBxkecYvI+SXef1pU+/6N1rOgaqRrF6alFNgq2HQitiZVyxcqdUlVXX"
    "BN3Um1IQlucRxQCQs2DxJaTIP53XSshVqxFs2PBdjc3nQd0QB6Vf+nrOq7sH3WtCFQaf8s"
    "jMxcT1CmqiBNERsXHg8kD9G1uJWqOHH/FTECLQObL0SrE96pa6qKVYANfzZ3NMQDXgiYv8"
    "xdzu+mKmpBCc611FJVq+CXDopYDarig/hkMNKZCJWd5TZieDhpFXjKYcv+IjcZxn20i7yp"
    "cVK3i/zEpxdcVJO03EtOiKjoKNcRxC0+KgmEw+4KoltP4i437REp4CDKz3NNiGz+SNftsM"
    "prO7x1q8zvl/8DSVQiow=="
)
