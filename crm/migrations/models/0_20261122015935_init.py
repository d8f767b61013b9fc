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
CREATE INDEX "idx_audit_log_subject_e74d86" ON "audit_log" ("subject_id");
CREATE INDEX "idx_audit_log_at_63718d" ON "audit_log" ("at");
CREATE INDEX "idx_audit_log_workspa_2b67f6" ON "audit_log" ("workspace_id", "id");
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
    "iWCFmUKBRf2pjAktRZENg92F383ZpSE1nOQdvGH9CsdQb+bhE4RfwfmZZ90IK2HV8XF1w4"
    "sPyu0MbGI5r5F+HAcRkcuvz6CFoO4pdM5AwZtl1MiejdBgMEGWKAi4ARZYASBJ4pe3RsOE"
    "QH4IZYM4BdB9x93/730Zu3ADvAcSlD5tfAnSBfTFya0GfCZbmIeK5Jh/zBmIzre4RH8J8e"
    "Mlw6RrwT4w/67Xd+GRMTfUZO9Kf9aIwwsswUmNgUN/CvG+7M9q91ifve7yjefmAMqeVNSd"
    "zZnrkTSua9MXHF1TEiiEEXidu7zBPwEs+yQk1EiAdvGncJXjEhY6IR9CyhJCEdvEB8rWUY"
    "vZu+cdfpG0Yrp8BIIgF4eGlIiVA+f1XH//Vj8Qr/Pjo8eXdyevz25JR38V9zfuXdl+DRMT"
    "CBoA9Pr9/64rdDFwY9fIxjUP3/52C9mEBWjGvUP4Msf+UsshGOi6CNLsTYxuN9E+BO4WfD"
    "QmTsTgSir18vgPKn9u3F9+3bPd7rlXgk5R9o8OX2wqajoE3gHeNrMzTCn2UQjiXWg/F2h2"
    "8K4cO3FQA+fFuKr2hKw8snGWMCnYkMwEkZBYfx25MKIL89KQVZNKVBZtQqmSM6xJv6IHf5"
    "C0E+x+fAjmQ3BzRHgz0iF7GWHNytm0+9zu0Z4MsVYvekfXnd7Z0BaE4xuSfX7dsPnb5oju"
    "5+T37qdj6JK08YPYdP2/r3MGRIwGlAN6+wS97i4ikq/irSkhl1maHoQfSPXfxK+A80hdES"
    "ToELoO93rzt3/fb1j+JxU8f50/Lxa/c7ouXIvzrLXN3Lqml+E/Cp2/8eiD/Brze9jg8vdd"
    "wx858Y9+v/2hLvBD2XGoQ+G9BMzNbR1Qi1lNYt6LiG56yk96zsGjQfvnJTFL8jio4wWahp"
    "hp7o40p6TktqLTdZy9FcPJgZUk5PTm65/9N8xa7HA4rBnbuwcthmxVaCtnFr4hqwFf766L"
    "HQuZxjlsf5PWUIj8kHNMvZjxlkQw7lU/JeOwbzl2gwRVfjr4zB5znVkRtjHAX+27m1KRov"
    "2ncX7ctOq2SmWAPEHx1UxSpv2PxQFdzc5JhCl78F6H28umr543kAh4/PkJlGamCLFnpEM1"
    "fmffNN06Np9gokcOxjJH6MePWIIvRM7HaIy4oJxLh1fyGJKPoZFh1XYhHLIV7O0v2WG6z8"
    "v79LcXfnePxPoe/+c3R0fPzu6PXx29M3J+/evTl9PZ9p802Lptzz7ndi1k1ZJstJvm0ueQ"
    "2bLdZtTfDvi7IAkhyw5RRUWkpBEmr9zEYAWdH4XQZz4eCtk4CSJJ4aw/MFcPHfjix5lOdi"
    "ygF9fFRlX4D3KoXab8thLV5KDuZQQsH5Yv2D2fEGf6ChKz01Z+UUHM6VRvOCwVwGtdzknJ"
    "aqC+acsbezszO2ZdANeis3eGtY9KSZ1E3ukGzSV1GJQTWRC3HgHKdV+8PdTa9YrQmRrG7x"
    "0AX/AxZ2auP4Wt+MPOIv8GDgYcvFxDkQj/22rs9qgbIFRCk9R5/P3nX75+yXdXF1c55VoL"
    "jBeREzuB1q5YISN6BBcrxK1LS/iFQZBp0qR2bZiDmU7INgAIg/47ApMJgBQtkUWvgvZAI0"
    "5UOuKPRK+h735J48hNrks4/zAKbQdgCCwwmwGR1hCwG/GexBYoKHoee4dHrwzSOaffvwCr"
    "jUj9nq3t0AIe7HdT1Biz/6GTr3hA4cxJ74w6Dr93Oox4boawAJ8Gze5AIqosEYsi3+gg6A"
    "kTB2J37cWO4GXA/3xH8UZcDiXxMDew5CYMimX0WAfxXc+8CevSqLHfstzTH7WAQ0VDFXpY"
    "mqRhNVgf4kzJy5gII+US1+5wgzxzVko/7SUspZlbVE/vmBFbJAp4Q0zpUiLDlGUhjPBZTD"
    "d/2u/ZBObUgKNhfL4U2IKAdwLQOYuzXccHYMCxN0KMUIZgU13rJ4H62K95HGuyreQ+zKTS"
    "Bhf+XQPaxk0B0uMOgO8wYdQ2PJjYRYQiNcBWFBbUCLA2jKmRlpMeWwrsPY8KIQl+rGxlxE"
    "OYCr4FsObw5diw5hWR5HiTMyl1AO2+M3VQbvm/LB+yYLr+Cy/pL0RJIyykFcw5auzzrKAB"
    "xLbBBeaOOdnYF9Vlhm1ySW0Jsma9k0SZN1cz5fRicZMa2YtSuGMhMxx/Ctj7xmSjcLsmKb"
    "yyF4XdeEtOZwSpcKm9mxURGul2iIp9AqWUvTktlBH4gehLfYNZgXYHjZuehet6/2Dk/2g5"
    "meD3McxLRHA/0k75J7jCEylDO1EzLKGSvHVVbS8oW0eJfF/9xXSNXLS+t0vSYHm/ibNqsq"
    "Oyesdd1kXesE+/IZVd0Ee882V9R6WlJrvSlaL/jYw7dPBIkhNuaq47+UFsY2L4oLyssqlD"
    "21kSihZqSvNe5z0xnbTUoqls/YTkwMa8A4EcC6WzNJVYDz86h02nYO+xEr4jjPQ+H3H26R"
    "BUtyrVSFPT9EHcOiToG5swJM1+J+Ck0CRWA9F+3Ba6zSWLlwLIJnHgvY7BWg6sOxqkChzy"
    "5iBFp8ynshVp3wTl1TJaw2kC4SfIjlOSPzD3Vp4ogRTBF+3wrpIwwNKTOBO4EueAhWrAeR"
    "hQFG1DKRCcRSCB4cjz3hJ8oe9kU6yPOEToHI63ieIFKUT7Kem665eK/Oq1ivx1SeV+Gn6M"
    "uQ/XMBBfMqaglyDE1LeYIoJaj5oabwQ1VYwcg3WZEaUo6U2DAtFK1W0grICGoVaGZOM3O7"
    "AnN9zFw0LWyUlttVeDNzaFXeU2MrwXkuQHarlRQE8VLuGIe0zHK32IXjak5xOcCFFQGG8Q"
    "DhjyioBuAGbxj108UAmum0RuNEVgtpOZVsiw1bd4KulbLrYgGVUK/LokvMU3pJXFa8OfVN"
    "L7c2win+hbiqtcOQxTT+WptkYyQ2LApsjPR2RrmNkd1AWU689ycIhKPsXw7AghIHkFBhVg"
    "Bn5rhoCvbuJtTGoxkIkl54Azb3wR3Xho3S1w4ODl7lafh6HrG8KpLN6BM2g9ruCWAKLCNt"
    "EjVhBS43iZKarJyHnJBRkM1ffxJc8hORwDkjpiDUh0enlbLrTxdk15/qE8v01on27bbu22"
    "nmXjP3DfVLVjgFSXvSa/Wkt+P5+Sq6RCNMcPjjc+5ftsv+Ih8wGArmvHctZHPq435Es5xT"
    "JeVJ/VPcqNqOMxcakLDZw+4K2urrr74ifS7MFk6E2e0YMh+gQoCXn7MdyTYZ61a/83Ofzz"
    "fcU74nvY/X5+L0bP7LBuI0beGVnAHhrd2T85ubq067dwYGlFoIknty8f1N94K3DycUh79+"
    "6ydSBe8iVZklIdKMqiziecpUZdFUQvm3oC6VoD1Z7ck21Neq5slux9vqTm3K3IuJRx5bBZ"
    "5Wsnl/kZeF/Y7GUPSsfkQKRkME6Mg/C8SzLQpFEoo4pGQfOBRAMvOPO0EMUOL/NeFzBhhC"
    "AsQ8BrALRA6nLy1cgQF0UOEpKjU9ptAT/IMORJuD/nyZD6h30za1myZUVX3BCHvrdaKATR"
    "YQF41kAtmsGM1IIgPnYOYG5vGOAbpobIbW69yU4pbuebfXvv1lbuvO7amrm9535wXW7vkv"
    "/U47gzmfb+QsnlhAj+Hltk44nb/QygmW0R+Ce+0YwFWtnHhcNc++EciXWjehWpbaNvwH1s"
    "Ada554izyxsAHlD8GKZZpMs61Kab6pUhOd9yqnNN/kqqLz+dH1CiiyaqRmLL3BgqO8q4ci"
    "7VemNv/7sfOxc3kGAul7cvux1+v2vjsDzCOEK+GeXN70BMFJCbon79vdK9F7BPmYMptBZ0"
    "75PCien9NVOZ2ZEGkGnalUkWlEhtQs1MiCILSEzCZL3ntBNatdDPeL0pCqDvqofzNGvFIE"
    "voP/QsbcBaxOi6TllKmqvuGQMB9Awyw8w2QR+mk5jf5q6DP67Bh+EXsJcz8tpAz0a+OlfH"
    "zCzT1ZWBNiGthCYMPaxrLAJsQ0sIXAmp5t4SFHQBbalKAGtxDc2OeSQTaW0rBmYUWMFVXN"
    "6KPPJYjOBRQ4R2RRJEXn5/5iGzlF/Efds4ZzcZDLQO7wlpSUArBnvcIq4XjHC879PM6f+6"
    "nDicrRVzecyHEhW03raUl9jEtzTnbIa1nkBDiTldScEdV6brKedXCgDg5s6Lb5S4MDk4Ho"
    "3otrqmfi/RTBPOv9Gb7nsRaobulzJ3JjVEGr/niMOWqlQRlJXJdGZqRVWmt8xjzA08IE6Q"
    "IpDQ3p9JVTfZ2Puuv1vYDWGUWQVQ+QCa8qxy+sP5uSO9BO0ZEx5aRZLKFE8NGmeTMdLlur"
    "9a/DZXc7XPaKjjFpuy6a2m6RcZZqX2iaWaKnAYOulTOCgv0V8IwGwL/BPhhSj3DlAxsxgK"
    "a82T+LRvzV/RG4FLgTRl3XQmDsIcfhminKAFrXbfXJNztqEPoqljFi5gJ1rbIb1UH9uyTY"
    "lkE36K0etOs3EOWJ6U3uNm0S6V3no3NW03ZW+GskCm04E2wXre+J1oWr+3Ter5ZySp4TFC"
    "qNyWRdT2mbeTKMWiuXpIlkm+yutm4+9UQVGvpMRBGa9uV1t3cGoDnF5J5ct28/dPqieQrZ"
    "I7fTeY+fup1P4soTRs/BUN1+5oYOVCiHXt1ABTFVyjEaCQlNaeiaqNuki6J1/oV80cfwNj"
    "sGblWqKPHBLi+Cqvff1SnOU3LC1tKjteo6Uis1tvyX0mb5Ns1y2dR1hdPWDytV4jxcUInz"
    "MF+JU1vU5eira1Fr+08HCypqrORP3rDwi2MG0wd+KoJ8rUFwvr9SYNhFfky5ZSdcAV2ESC"
    "0rbtt7k9sFt/6tyeZbyRsKX6ulWr0NHYcvS6Yxgc5EBuacoIJeSS3FtLBj8IkfPxXV5wgK"
    "5ZfMx0m5bMFNLlgX2tF0suF6mzc3VymH47ybDQ/0jx7YO/Sx551wYEblCWHtBpYPd3XdQA"
    "s63DwOo9hkFZ8T1vmBOxyPkQjHsbHxiGYv9JjaNv4QHDm0kypfnF+VCQ1ZHaV0LMqOTYxb"
    "8SsFBdJ10bRV4FvO2/YX+ZeCYDD4QjjdRCZVXNfT5F2hPm+6YH1tRPSsC51HGdM+6q+gRV"
    "/LPgNDIxl4w+4a3Wro7mDxYRuRqHyrTBTbj53epV9tOJTfxfrDyYyRikRjUkSX5cp6r0Jf"
    "K4CaFdscsKc7AmxotOQgXewZxlIK0gG77hOm/H8EHWR4xC0i55d4/2lR7fs3Ws+CqpGuXZ"
    "iWUmCrYNOJ2JpULV+o1CVVdcE1dSfVhiS4xXFAJSzYPEhoMQ3md9OxFmrFWjQ/FmBze9N1"
    "RAPoVf2fsqrvwvZZ04ZApf2zMDJzPUGZqoI0RWxceDyQPETX4laq4sT9V8QItAxsvhCtTn"
    "inrqkqVgE2/Nnc0RAPeCFg/jJ3Ob+bqqgFJTjXUktVrYJfOihiNaiKD+KTwUhnIlR2ltuI"
    "4eGkVeAphy37i9xkGPfRLvKmxkndLvITn15wUU3Sci85IaKio1xHELf4qCQQDrsriG49ib"
    "vctEekgIMoP881IbL5I123wyqv7fDWrTK/X/4PPxc0Ug=="
)
