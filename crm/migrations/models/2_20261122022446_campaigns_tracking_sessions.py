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
CREATE INDEX IF NOT EXISTS "idx_messages_campaig_a30e05" ON "messages" ("campaign_id", "status", "id");""",
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
COMMENT ON TABLE "messages" IS 'One campaign''s message to one contact: who got what, and what the relay said.';""",
}

DOWNGRADE = {
    "sqlite": """
        DROP TABLE IF EXISTS "segments";
        DROP TABLE IF EXISTS "web_sessions";
        DROP TABLE IF EXISTS "tracking_events";
        DROP TABLE IF EXISTS "messages";
        DROP TABLE IF EXISTS "campaign_links";
        DROP TABLE IF EXISTS "campaigns";
        DROP TABLE IF EXISTS "templates";""",
    "postgres": """
        DROP TABLE IF EXISTS "templates";
        DROP TABLE IF EXISTS "tracking_events";
        DROP TABLE IF EXISTS "campaign_links";
        DROP TABLE IF EXISTS "web_sessions";
        DROP TABLE IF EXISTS "segments";
        DROP TABLE IF EXISTS "messages";
        DROP TABLE IF EXISTS "campaigns";""",
}


async def upgrade(db: BaseDBAsyncClient) -> str:
    return UPGRADE[db.schema_generator.DIALECT]


async def downgrade(db: BaseDBAsyncClient) -> str:
    return DOWNGRADE[db.schema_generator.DIALECT]


MODELS_STATE = (
    "eJztXWtz2zbW/isYfWkyo3rrJE5TZWdnZFlJ1NiSV5aTdqsdGiIhiTEFsCBpR923//0FwI"
    "t4FynrQtH40tQkDkg9BwTO/fyvsSAaMqyTtql/RstGC/yvgeECsf+J3WmCBjTN1XV+wYYT"
    "QwyFpq7co6W4CCeWTaFqs+tTaFiIXdKQpVLdtHWC+eg2mCBIEQWMBEwJBQQj8EjovWVCFZ"
    "2AATaWQLctcPOp/eOrs7dAt4BlE4q098CeI0HGL83JI2a0jIQ/VyMqe7COZ7t7hIP1Px2k"
    "2GSG2CDKHvTHf9llHWvoO7L8P817ZaojQ4uAqWt8AnFdsZemuNbD9gcxkL/9RFGJ4Szwar"
    "C5tOcEB6N1bPOrM4QRhTbi09vU4fBixzA8TviIu2+6GuK+YohGQ1PoGJxJnNp9gdW1hqL0"
    "ByPlpjtSlEaCgT5FCHDvkkowZz57VUv8+hl/hR9fnb75+c2712/fvGNDxGsGV37+2330Ch"
    "iXUMDTHzX+FvehDd0RAuMVqOLfBKydOaTpuPrjY8iyV44j6+OYB61/YYXtar3vA9wF/K4Y"
    "CM/sOUf0p59yoPzSHnY+tYcv2KiX/JGEfaDul9v3br1y73G8V/iaFE3172UQXlFsB+PDLt"
    "8IwqdvCwB8+jYTX34rCi/bZJQ5tOZlAA7T1HAZv31TAOS3bzJB5reiIFNiZOwRXewsBMg9"
    "9kKQ7fEJsH3a/QHN0KD3yEa0UQ7uxuBrvztsAXZcITrG7YurXr8FoLbQ8RhftYefuyN+25"
    "99jL/0ul/5lQcdPXpPO/j3oFLE4VSgnWTYBbtj6wuU/lVEKWPs0jzSE/9/jvErYT9Q40KL"
    "twXmQD/qXXVvRu2ra/64hWX9aQj82qMuv/NKXF3Grr6IsymYBHztjT4B/if4z6DfFfASy5"
    "5R8cTVuNF/GvydoGMTBZNHBWqh3dq/6qMW4boBLVtxrI34HqfdAue9V64K44+E0T4muZym"
    "6IHcb8TnKKXkcpW57O/Fk6VSSulJ0K3Xf6rP2O1oQCtwAxW2HLZxso2grdyZuAVsub4+vU"
    "9VLgPMkjh/IBTpM/wZLRPyYwxZz4byNTzXkcH8t7+Y/Kurr4zCx8DUkVhjDAX225m0yW92"
    "2jed9kW3kbFTbAHiWwsVkcortj8UBTexOUbQZW8B+reXlw2xnidQvX+EVFMiC5vfIa9I7E"
    "owNnlr8WoRvwIxnAmM+I/hr+6bCB1Nt7vYpukGxNXdZq4RkY9TDDIrZEXMhni9le6PxGJl"
    "//1vKdvduT57Lua7X169ev3651c/vX777uzNzz+fvfsp2GmTt/K23PPeR77rRiST9Ua+Qx"
    "55Fdstti1NsO+LUBeSBLDZJqgoVQ2NUNu3bLiQpa3fdTCnLt5dGqBKGp4qY+dz4WK/HRnl"
    "UQ7Iagf061dF/AJsVCbU4l4Ca/5S5WD2KGq4X2x/MVvO5BtS7dJbc5yuhsu50GrOWcxZUJ"
    "fbnKNUu4I5Iewd7e6sm2XQdUfXbvHu4NArbUndp4dkn7pKnSyoGrKh7irHUdb+ejPop7M1"
    "RBLnra7a4P+AoVs7s/E1/jl1sDjgwcTRDVvH1gl/7L929VnlMJtDFOGz//m8uGr/Fv+yOp"
    "eD8zgD+QTnaZbBw5hWOtC0HYq0K8beRopxJXK/mWdeUb2RysIfuksTizSmSGNKaWPK8cWm"
    "hYzZBNswQ47MW99RuvoAu5eFHtoO2aamTClZlJEzI0Q1VEx3ovxT1WQKJimDc4hEolwMZU"
    "/B3EAnraXq9Msv7wpgzEZlYizuxfYMPS18eIS+Z2zV/vharOE8han72yhfhg70pctB/6M/"
    "PC5Yy+C+5xncVxXNiYGMsN19QMKrntScwvebuZqTO1JBfGjBHJcBRgBxnzcgUwCBJ+X9YA"
    "FvMjDXeb7Jsgl4NPeP6pytBqQBm4j0E56tMkFTQhHQ7WR2yzYnH+Mx/kQYoAATwBYIpMBE"
    "1CIYGoCrES1Bgx50DWEVgRe96yZwLEQBQx3bTZ5Uo7HXegkM/QFZgMcb360Ac6nu2LC5rs"
    "4B+yotpoMCN3TBagKINfY+yVwc/5WZcsnAtcSLj7FJCfvBbIYH8SxvthNwtxKi7zg1BBPI"
    "noKdxQTRJvthNrs0dSNKeGpPU6QE8d9lsTUB2OfHfm9Whs8fMRHdQn+6sQK5AQUZNFIlli"
    "pxlU+i+ijFFYV2z2ox33iKr2lvdJ3w3tpSNh3KZKONU4lC5FVWHxrdq3bvUnEzhnr9jy2A"
    "hJHETRxiePPcohueWWSN8fVw8KF3KUaxk3mqG5wfGyh323fq2sTU1XL7eZhkfx/AT0ey+v"
    "MiPtYv/uOI/mh8HLb7o+5FC8woxOxt2Arv9i/c9Y2wJlZ/Z9D/0Bte8VEM8qlOF3wc16Mu"
    "hu2v/RZ41O25RuEjk4O7v133hnwk+m7qFGmbfBvbj0WziEPTgtqLsXJFXWlW3nwaXPc+/N"
    "7iGfymPl2O8c1o2LvusgsMfZPpEr3+l0GvI5ir4weiq4K9HwbDqxbXDhZsxNX1YDhitxcm"
    "oTbb+K57bOMz9TG+7d/cnt90hr3zrsL2v88t4GDLmfA3mCCFbYP3fHPsfugOu/1OV+l0+6"
    "Nhl2+SaMr0GQaronL1DUUTNauxdZrE0NWl8sB0QIZluT00lVYG3ia3U18xLp3+nSCs8ldY"
    "mTAZoqoOpRsZH2OkNbQ+Hom1sVDkDEUqodqGKaYRUsnoSjOaHaUPpTfPCJHcOAtsnGURlu"
    "CuAbdqvhFXmmjkuUe8Ic1iHpLQ6LU+ktEceR6HwL1ApsI9ITwt7z03gQYmS9/W3xSOAr7M"
    "mCAPl9zfIOz4BtJmiCY9Jbt5hAx/q7T5M9vWL5he2hodptqOaejZsEK6WaSbpf5rm+83Se"
    "RzovW98fsP1T+MelG7oHxX3LmxoZ0nO7n3CwlOVjC0mNTEbRLYBoKMx2v4MSBN4DmaRGSF"
    "8Gm0AOTuGR4ayDM0mPizVmDa1uw8tuQr1W0bYV+KEgEX7Bdiy3UKAGh5ASZCHHucQxuocG"
    "FCfYYt8RheFkIIbtYSqzxWQysaqRHyuQXenfWRG2lUTa7DQNuxZBRHRSU7KV48V/HiGURx"
    "yNgDGXvwfGMPvJN3w8W/oq702n8esQdVsb88y1PE0nFa3Ee+Wywgkg6xajvEZNjGbk6i6p"
    "gcbNcskGZtELeaawwNfFDhDi1uDkgTuKwURoBAV+LOEkzoAhr6X0hzpbS0Fiyl5+D2gjuP"
    "FWxLse7AApoWQFCde1IeAuI2eMEtA3eqY9lkcfLPe7T8191LP7+ldzMAnFz4cR6gwR79CJ"
    "nISCYWog/sYdB2TREilO09gBg4Jrtlu5koFJkGe0GeReIRs1NVuIwSEzA+jLF4FKHAYJ8F"
    "BS8shIBKF//wAf+HO/eJuXyZbbeI1JoVWOQZKvggWbCysqYI5BfYKBzU5RNUWUKtUnI0E3"
    "0tWynb/SdKVbsU6Z10ABINFsoCHSGSOBfqtMQwKoVxQFA7fLdvkVHJwoQ4pch4NrwhktoB"
    "vJMFzFQVps1YPPgdnZZBOkEo8S6L96tN8X4l8S6Kt6rb5TYQb3zt0D0tJNCd5gh0pyk1hd"
    "CsZEHhFYVEuAjC3N4EDQagVk7MiJLVDutdCBuO3+qiuLARkNQO4CL4ZsObQNcgKjTKKSMB"
    "Re2wfX1WZPGeZS/es4TvUl+gv0pqImGa2kG8g9LuOem3GS6YA6Tc8o7eR7sDC6twEuHseM"
    "wVhSyeHHF4bRqnGTXWBfb8MjyJkUnGbJ0xPN2RWoqQPpKcyXQWxMlkwErc0W4TLjNbJkrD"
    "9QKp+gIaWYFAEcr4ondJT7wpjg3mHAwvup3eVfvyxembprvTs2Wuu73t/IX+JqmSizBltZ"
    "yoHaKpnbDyushJmn2QpntZxOe+QT51klq27a1yAIlw2mzK7ASx5HWVec2mYj9W3awcb4JY"
    "8rrKvLaggRRiss/TsTfgdgq55HeV+c2z2Df6riOEksdV5rGspZ4tEderlnqY646pbcj1KK"
    "XkelW4nvKxe28fCvJFdMZYx34pKZ04kaStUVS3rF9xaA5sN64+Beokzh/cIv6f0TKR9RVD"
    "1guO/xqe68hg/ttfTP7V1bdI4WMQ951YYwwFt6wRv9lp33TaF91G1qayBYxDCQjHtZMUBT"
    "i5j0YgZq8B+reXl42/s3NDEtin9yo794g/fB4iA2ZUTa4r7MklaikGsVLEnQ1guuLz1WgT"
    "SAPrMS2GSmIVxcqGM1GiOcUbuQFUIzirK1Dou40ohgbb8p6IVdebqafVCas9pPu5H2J2zl"
    "/woa5N/FPcLUKMLZD+51bDBTYvx3Pnnlh3PIsOTImhIQ3woxDcuZ2YCL1r8nS+xzlZiIo9"
    "j3OE0/IBtzOpLL5YaY0pOy+OLTlCyzhrA4Ia5sXtJEjdEy3LG4gihNI+VBX7UBGroK+bbG"
    "gaqp1RYt9FNbzTqjQDYoSSBdIyJy1zxwLz7ixz/rawV7PcscIb20OL2j0ltiVsnjnIHrQS"
    "Dje8ZCvGnllmvVpsw1kxpTgb4LxKtO4zZynVXGz3Df1xsphLNZVWWfv0wNIdN9eWK6YZEN"
    "QJ9V1JdKF9Sh6Ja47E6De9Xtrwtvgn4lovD0Mc09XXWiUZI+SwSJExou6MbBkj7kApWNvf"
    "XWU/WEDnJnEAMeFiBbCWlo0W4MWN29EUuEmL7IauNcGN6GoavXZycvIyo8D/1h+xvqqdSQ"
    "nvwCQUmxAwKZKRFImqcAJni0RhThY15YdpamjN334Sc/gTKYFzjKyGUJ++eleoOsq7nOoo"
    "7xKphDKg+hm6TqRuJy33VeOAtNzvFubdWe6lJr1dTfowmp9g0QWa6lj3fnxC/YsPaebpgO"
    "5S0ILROzE2Rz7ue7RMKFWlNKnnokY9sd5HtoLEOVBCZveG11BW3371LPa7Uana6gFBDeHd"
    "SQyZACgV4PW9lnzaKmPdGHV/G7H9hmnKY9y/vTrvDvk0iwmiY8y1khbg2toYnw8Gl912vw"
    "UmhBgI4jHufBr0Ouy+Oie69+sP3lHJfZdSlbVCJNWoqsWfV5uqWtKUkP0t1NeUIDVZqclW"
    "VNcqpskeRtvqLUxC7c7cwfeNFE0rfLuZp2XpYqCi8pHFW1zpSEV+x2rHNAjkSSi8yVQTWA"
    "RAvBTtqhAFvE01+2vO9gygQiyaUAPdBjyHU1BzVWACLZTaBWtHj0nVBL+RCb9noT+fpgNK"
    "b9q+vGmcVcUPDG+0PCdSrMkc4rSVjCFdpqPpU8TgnCxtVzw+MkDz1qYnvQaiFJN0z3v99v"
    "D3QNYN5KnLQf/jeYq0e/77qNuOYc72m3ISz4pAruH1so63nT9RynGP0V/duY4M4KJSzmpd"
    "VU++4chnSjceW9bKNuwH7sB2LO3EB7QTcxmwfBPDFU2VzWybmjTPivS0YKOyTZpnia4Wx9"
    "dAvsGGOsjnfmHT5r9vu7e857tLPcbD235ftJCnDsaihfzFoM8NnASjMf7Q7l3y0VPI1lRF"
    "GsQv2D7In5/gVbY5M0RSDXNmrZoEIKwSLZUjOUFoIZp9tixx3GpWxxju56chFV30/vhqrP"
    "haGfAt/S+kBCpgcbNIlK42XTH2HBImAFS01B5UeehH6ST6m6FPyaOliCYkJcT9KFFtoN+a"
    "XUrg4zn3ysIaIpPApgLr1TYuC2yITAKbCqzmmIauMgTKQhshlOCmgrvSucogu6KSsMZhRZ"
    "SmVc0Yoe8ZiAYENegDlRdJ0f1tlC8jRwz//vC44Jwe5DIp13wrQlUD2ONaYZFwvNc5fZtf"
    "J/s2y3CibPTrG05k2ZBuxvUopWzjUp3ODkku85wAa74Rm2Okks9V5rMMDpTBgRV1mz81OD"
    "AciO48uaZ6LN6vJpjHtT9FaB5bgWpIHru+GlMXtHYfjxGglhmUEcZ1bWRGlKU7jc8IAjwN"
    "HSNZIKWiIZ2COcXPeX+4PN9TzDpTH7LiATLe1drZF7afTckUaCutZUy20WxFUYvgo33bzW"
    "S47E6lfxkue9zhspdkpuO2baOFaacJZ5H7uaKZwUcq0B1aOCPI9a+ARzQBYoImUImDGfOB"
    "iShAC3Zb9KLhf/WugU2APafEtg0EZg6yLMaZtAygbU0rO98cqUAoWFxGiAkIdnXK7pUHu/"
    "eS6GYZdN3R9YN2+wJiecP0Pr1N+0T62O3RCanpMCf8FeKFNqy5bqad76G7uaf7Ihi3k3JK"
    "juUWKl0Zk2U9pUPmyVBibFySxqetsrraGHzt8yo05BHzIjTti6tevwWgttDxGF+1h5+7I3"
    "57Aek9k9PZiC+97ld+5UFHj+5SPXzmhgxUyIa+voEKfKssZ9EIUUiThqyJekhzkX/OP9Fe"
    "dOtNc2TgFjUVhT7Y9UVQpf+9PsV5romhq8svTNDOKIQaHZArsZtiqPLgji1eoseZGCLOCX"
    "iUfh2dALcfLGBS/QGqS+A+4z1AvNMAW1nsAmcHgDYgOL00z5anX1+c1XuOVCgOqlA8rJZs"
    "UZtRiKTKqkRlLEe8vmYZx6I/vhbg7tutiKZTpNr6A9pA+4rT1lD/OhJ9q1AsaXBkbcDqOG"
    "0NWV1jVVsqhjKKWGox5bUYV3wfIoaolRpVEBuRr8e4YxXqDt5HxGdkMa6KEWmOOLHLxYBK"
    "zeGJmsMBW0ZVLEHnQN2AlzXvTtDudLo3Ny0AVRVZ1hhfD4aj9nnvsjf6vQV4XBqc6IZuL8"
    "d42O2Meh96nfaoN+i3AOVS/JTn3bOZxrg7bN/cDrstwH6U5VDEx9+Mhr2OP5qzV3XHDs5/"
    "7XrXyeQb8q9ej5TBLXvT9iWbhpi2QhxbsaBRkc4H3xyqW5r7GzZdEvE5Kr00Pl5cD1tgpp"
    "l0jDud63YLqKoJN2FGkQ6K2f0TE90Tj7C+HvtaENN5S1fYYx9dt/eFV83zZ2C8GFxdX3ZH"
    "/KJKFiaXe3jtvS7/qNyR/JuqSoU9/7030B9jpDVUH49EXSxkKfAExJI8XlFJ9laavcFWs0"
    "nERYxWpo9XmdOerlm63EqcrnYJUTsJJcYktfJjtuciIKgBvvt2XLCvhL9/Au3swqcrimqU"
    "Pq1VsV9pYpYmZmliLm1ivmHcckzGtkUjxbwcutvMMy1bYpwyZQPLxceowCUFnPQ90G0L3N"
    "2j5R3QLRHMQrCxZP/DuCD+NNmPADyAXuM1unl/qXsmeViZ8TFbnF42oKiWNfuQjYoPC+yO"
    "y7mX7epR544eu2hSzE6D9KYE2WJ6iKQWKO9bVLeJqavlehQEFNUQ1WvVpQBhDk+aF9LtVp"
    "0R7LWiive8Y2S7Yoa/s++55d1gcBmB/bwXX+ai+/eLU8EDNki3M7yOMrcpe7OXAVdSG5ba"
    "sNSGV/quY5qUVy1JTxoJ327m6sOrgUX1YQzY181pmCYKbbBwLBtgYoMJAgu3BguhgKIfOb"
    "5IFGB51NkScmwAwZTRzcGMQmynqMLbmnmMx/gTYTCy60ydYuPmkN300k7cUjAvPl21O4I+"
    "mYtiIUcjeLngxC+bAKMHRFekBZJQvAUjhiv82fwvr6qX7BhdoZinbK1dnks77CIR+S6Kqu"
    "9Rqlqol4cqPViwqsNRlCFs8CA8HgHEY/B4TNBt/+b2/KYz7J3zqw62nAkfP+H3zge3/Q6/"
    "PCFMcw3iitq9fhBYxJhTlSgiqRFlQ18vjagihYNGcJYmTfLLuVKk3yhz2zWCIhqLeCmZ0n"
    "tIV4a0uK92+0IW99Mci/tp0uIuN/znsuFLE5g0gT0DE1gyp8vQn9zApONO5UklNUF+px05"
    "RtxJmCrZiRv5sl3gYCwSK8PdfwDyIstMdQQqxOAb0TG32xkIPvA4FgQmS/5Pk6lmWlCZ2S"
    "27l1HaeTuTrpcweeiFFDCfa6zMoU++HduCpOy+22iZ8JslYM6OmImRyfD2jdvkSqVJKk1S"
    "aZJK09ErTbvUBEQZ1RRFwC+vmq0H8Aqlu6/EIsXtfYrbh26ZUqnw9F2kOVZe5t5TEulOJG"
    "4TWhYPOC8dSZAgrKOOc3ZWBPGzs2zE+b1YByBLgaKMZYoBLy8iOkInY6JlTLTUbfJ0GwNa"
    "tuI31yvL+ASxrDtRtboTJaI9Ql3CTF25R8sn+k7apv7ZNZoeJcvz277HOlZtjlK0RdaRbY"
    "yFoHpEE8UKxX1vjtVXNLlZRZrXBatd6uAhxFI08Sie2fp4nINFvHM8xxxpP+oYTCh5ZAo9"
    "8GZ4L8LbVULudQT4C1lAt5u8kSqPrkdY43/z3HQwI0RL89Ftc+otmwlyelRusYd5pXTZ7a"
    "Ra51RolXLpM5RL2ce6Ec/DdFIarZo0KjvN7dGXIruhFfGgrO2GdhjnCXde9WyUWoAouJcv"
    "tLFRis6G7aOm/RPL2MtcQ35vH7mGNrTuy4it/vgamq13ElZP0bQMvN5wiW4xdI+wMLnJJF"
    "KvTFGZTMPrbv+i1//YAh79GA9v+31xhToYiysXTDJrAY1gNMYf2r1Lnlc4FcnrcaW5EMO2"
    "nlMIbXb6mHYKvzI3+zDJ/mS8nyos4EWMjoxfG4AaJ9sfsO+OBFhZWr3WqqaBoIUUB9tpES"
    "hrXFxRUmlSqDSfuT8SUUpS9N7ssOgoVQ3iYWRUdGW+rhpbaKc63rRvaYxUbqpV21QrUiNi"
    "FcGdYQULwrvzzWBimAworldAcfUDXvcXgLmTJDPisN+u8D6BekqaWW4QZoJWBmIWD8QMag"
    "IqJVNUE4R7lGVX5ZlVujjxtuhg7z1RKMQaES+2s4rNu85q5QfHPXsBRTcVDaZFx2Xu6Wmk"
    "+7PCnL47FgPXI5rMCblXTLg0CNTKwpxFvj+oXx8L0q6jcxPhPUopZfeqye5SMy/2QdVLMz"
    "+GOO+qLYFC0cteMaHt1BGqK0gLRGdpTRY3gOiKT1VXnNB3G1EMDUXXnohW15upp9UVKxcb"
    "9mwd6/bTcwfEMXcRzFZX1PSFSehTd6uemORXMqkrSjJ7pzBUJjF0VX/q5n7NZ1l+YVDV+N"
    "szqf4A1aXi9Wl+KmTubEN3srpiFnTH3ByoaD/OOoLk17zeHKOaFbAs0seuFDx+bcq6ALRL"
    "r1wHLkzIvrlGilMuuNfM88mp3ijpkquXS67ihdKOD2rp7dyXt9NCswXCdrpint0SNUYm+6"
    "JGTKTb6IsqjveybIkQSaZsnSlTShZK2S0pQlSDMMs97EoCstKV86JUtUN6J+XzKDKNJZMk"
    "y+AcppEoF0H5CPO3NAqndknIGxfD9odRCwjaMb7pfOpe3Ir0LEudI80xeDe4Gz/Dy/IzvK"
    "7bt6K7nAkdyxsxErfZHJ12v9O9FHOoHByjMlle/PU3cDCHyGQMQZVjCDgH/iK41FEfptnj"
    "t3o76uxnc9xdcFmKHSsv0DJMJmMsS8RY8i1WyetZmhFiGaOr3bG/m+q5BsR4ozCkKKU8KK"
    "p8UDDxjG4WbBallFyuMpdl2tfz4LMMHc0+MesVOhopymZqG3I9Sim5XhWup3zsSRc64s3o"
    "7ZJuuxiVLMm3viSfD1kS5dJl+UahqY4M5KyohWasNF9sgUXK8w3Zmh/2OqNiHWG30QnWi1"
    "m4ZFPVCPNYWKRlwScHcl+5s9QJpH2E04iFlRNS4y+89WE1q8bHxdro4ntApgACn/4HC/Cs"
    "B4Tt90A1dPUe2OQeYUuU1Aa6bQHBnybA6AFRRng7vEzvpbu1mVMb6qqhYCNBJzvqHjT8x+"
    "VBCVz98VJ0SDFROjTF6ZtdxcgbXot4n70XMPI3zlLbQoxKLuL18m94x36i/BuOND0ykIvK"
    "v7EFVqXy1L6MlyKvhMS/bFElLGmuF1IGGIVFCI+YyQ6A8Dtu4mALPM4JmBGb/QvtJoBYE/"
    "8neoJQJrUugQX1lIYiW599rbDizcn5GpdYogNXEQ/+UFlSu3IltSse9Xx050dK9nUqsnkr"
    "PEpXo4Dyvaz1ow7YYkMd5K+IwhFb/77t3vLgKpc6LTorHI0VrbY9xueD236HX5gQhwHB6T"
    "/3rq9FxNe9bpqVidViL7NB1EOMrHZBD9sP57EWNkfMNFIKeGXrcFGqGsC8b0XOk91Sj4vs"
    "5R2lqgHse2jPLGv7bzvBi+0KfpX+DdyvKeQyvqI6Ltekp90VNDbgdIRQ+tmrwvQi0RVceN"
    "wsVF5+08fwTcvombp91UWiZ6T3QHoPpPegjPfgxs2ab6R4D/xbzTzvgZd1X7wXOXxAGqCO"
    "gRhSCAHCgwv8wo7ghYVWDgDrH/7kJ+ZStArnBv4ZhYsFpC9Tu5FvdXJZ0qRaMQ0VN+4fH9"
    "SypMm+sq74llSqakZAsP+KGYdRMHZSG0MmTmQv+uNUAmTixHPkepbql1BQDiNDB/H/KUJ0"
    "ODcgW4r2w+sLi9FMSL1nCgT98ZHqto0wEDVmWuBXHX+Dr4DlTL4h1W6CT6OrSxEgQwQxNI"
    "CNvrPrOgYQGHBJHDtNkN729FKUlqK0FKWlKL2N6oDu3lMG4hBJDVH+5Zd3BVBmozJRFvei"
    "KM/tRamQd398LfDdd6gEPzPLgO2Pr0F4xL6h1i3FFUuSeOcW94nQ7bG6T3DlaMv7uLCVkz"
    "MiNBsJGRXzrG49FlcaNmqm4krDxnPk+hYMG0mf7Jay649wFRwkaXzk1f3rPmT4UaMDmrl2"
    "IL85LXoo7lTlSVPERBgQ6mZynwDPdWsB/lkA3QaTJRAPcbO7X9zFHnT3sil8oEynYD/S9/"
    "omUrO2/pQxFo4OQDCYOwxhwH6o/qDby/ciA713LYxLjsUT0NlatAGkCGiU8DB+AKc2ct22"
    "gV3iB4vNiHhSOy/4bSKqk8w8sES2V9y6EU1cYb9D/CveUzDGbrAp/og79/1x/u34rPy6zB"
    "6T2WMV30q3LrHKyKwdIZuXaJG3d+SmWhw1tHtOzKt2YuQzYIB/5G6SF+nTVtlw2Rhcd/st"
    "IX2Nceey1/ncckWwuJBWxFxcxFicbSpOGIp5YSGlbLWZKJE08CSXtJB2N13TAXGlF/Wn26"
    "s2W9VCnh7j9vX1ZVe5ur5uAaYeGUhZmOYY967aH7vK9XDw2+8toC/4cWVS8n3JGzm0+/3u"
    "kLdx4GWp6RhfD7sfuqPOpxYwKZoiW51v8nlsP9E3UBhKmJsDmj2amg/jUNmipbl8MnWN86"
    "h34nt1WysXRdcdXTtkt5+hzu0bSs6On2HTjVDVDuazQgv4LGcBnyUXcHnLeW0t5sdrIXcd"
    "IxWJ/WsjqqvzRorZ17vTzLP3wtUY2Xr3uGT1bDPiA6KWXk4QCZFUWWbfVBbZSdULs5Qw4g"
    "2vIbqnhQ7K05yD8jR5UHqlgZMIZ6eshEhk0krJpJWDHmZ//z/2XnWN"
)
