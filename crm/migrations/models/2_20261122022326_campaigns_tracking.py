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
        DROP TABLE IF EXISTS "templates";
        DROP TABLE IF EXISTS "messages";
        DROP TABLE IF EXISTS "campaign_links";
        DROP TABLE IF EXISTS "tracking_events";
        DROP TABLE IF EXISTS "campaigns";
        DROP TABLE IF EXISTS "segments";""",
    "postgres": """
        DROP TABLE IF EXISTS "segments";
        DROP TABLE IF EXISTS "templates";
        DROP TABLE IF EXISTS "campaign_links";
        DROP TABLE IF EXISTS "campaigns";
        DROP TABLE IF EXISTS "tracking_events";
        DROP TABLE IF EXISTS "messages";""",
}


async def upgrade(db: BaseDBAsyncClient) -> str:
    return UPGRADE[db.schema_generator.DIALECT]


async def downgrade(db: BaseDBAsyncClient) -> str:
    return DOWNGRADE[db.schema_generator.DIALECT]


MODELS_STATE = (
    "eJztXWtz2zbW/isYfWkyo3prJ05TZWdnZFlO1NiSVpaTdqsdGiIhizEFsCBpR923//0FwI"
    "t4NynrQtH40tQkDkg9BwTO/fyvsSAaMqyjtql/RstGC/yvgeECsf+J3WmCBjTN1XV+wYZT"
    "QwyFpq7co6W4CKeWTaFqs+szaFiIXdKQpVLdtHWC+eg2mCJIEQWMBMwIBQQj8EjovWVCFR"
    "2BATaWQLctcP2p/ePJ6TugW8CyCUXaB2DPkSDjl+bkETNaRsKfqxGVPVjHd9t7hIP1Px2k"
    "2OQOsUGUPeiP/7LLOtbQd2T5f5r3ykxHhhYBU9f4BOK6Yi9Nca2H7QsxkL/9VFGJ4Szwar"
    "C5tOcEB6N1bPOrdwgjCm3Ep7epw+HFjmF4nPARd990NcR9xRCNhmbQMTiTOLX7AqtrDUXp"
    "D8bKdXesKI0EA32KEODeJZVgznz2qpb49Xf8FX48OX7789v3b969fc+GiNcMrvz8t/voFT"
    "AuoYCnP278Le5DG7ojBMYrUMW/CVg7c0jTcfXHx5BlrxxH1scxD1r/wgrb1XrfBbgL+F0x"
    "EL6z5xzRn37KgfJLe9T51B69YqNe80cS9oG6X27fu3Xi3uN4r/A1KZrp38sgvKLYDMb7Xb"
    "4RhI/fFQD4+F0mvvxWFF62yShzaM3LABymqeEyfve2AMjv3maCzG9FQabEyNgjuthZCJB7"
    "7IUg2+MTYPu0uwOaoUHvkY1ooxzcjcHXfnfUAuy4QnSC2+dXvX4LQG2h4wm+ao8+d8f8tj"
    "/7BH/pdb/yKw86evSetvfvQaWIw6lAO8mwc3bH1hco/auIUsbYpXmkR/7/HOJXwn6gxoUW"
    "bwvMgX7cu+pej9tXQ/64hWX9aQj82uMuv3Miri5jV1/F2RRMAr72xp8A/xP8Z9DvCniJZd"
    "9R8cTVuPF/GvydoGMTBZNHBWqh3dq/6qMW4boBLVtxrLX4HqfdAOe9V64K4w+E0T4muZym"
    "6IHcr8XnKKXkcpW57O/F06VSSulJ0D2t/1SfsZvRgFbgBipsOWzjZGtBW7kzcQPYcn19dp"
    "+qXAaYJXG+IBTpd/gzWibkxxiyng3la3iuA4P5b38x+VdXXxmFj4GpI7HGGArstzNpk9/s"
    "tK877fNuI2On2ADENxYqIpVXbH8oCm5ic4ygy94C9G8uLxtiPU+hev8IqaZEFja/Q05I7E"
    "owNnlrcbKIX4EY3gmM+I/hr+6bCB1Nt7vYpukGxNXdZq4RkY9TDHJXyIqYDfHTVro/EouV"
    "/fe/pWx3Z/rdSzHf/XJy8ubNzyc/vXn3/vTtzz+fvv8p2GmTt/K23LPeR77rRiSTp418+z"
    "zyKrZbbFqaYN8XoS4kCWCzTVBRqhoaoTZv2XAhS1u/T8Gcuni3aYAqaXiqjJ3PhYv9dmSU"
    "Rzkgqx3Qb06K+AXYqEyoxb0E1vylysHsUdRwv9j8Yrac6Tek2qW35jhdDZdzodWcs5izoC"
    "63OUeptgVzQtg72N1ZN8ug646u3eLdwqFX2pK6Sw/JLnWVOllQNWRD3VWOo6z99XrQT2dr"
    "iCTOW121wf8BQ7e2ZuNr/HPmYHHAg6mjG7aOrSP+2H9t67PKYTaHKMJn//N5ddX+Lf5ldS"
    "4HZ3EG8gnO0iyD+zGtdKBpOxRpV4y9jRTjSuR+M8+8onojlYU/dJsmFmlMkcaU0saUw4tN"
    "CxmzCbZhhhyZt76jdPUBdicLPbQdsk1NmVGyKCNnRohqqJhuRfmnqskUTFIG5xCJRLkYyp"
    "6CuYZOWkvV6Zdf3hfAmI3KxFjci+0Zelr48Bh9z9iq/fG1WMN5ClP3t3G+DB3oS5eD/kd/"
    "eFywlsF9LzO4ryqaEwMZYbv7gIRXPak5he83czUnd6SC+NCCOS4DjADiPm9AZgACT8r7wQ"
    "LeZGCu83yTZRPwaO4f1TlbDUgDNhHpJzxbZYpmhCKg28nslk1OPsET/IkwQAEmgC0QSIGJ"
    "qEUwNABXI1qCBj3oGsIqAq96wyZwLEQBQx3bTZ5Uo7HXeg0M/QFZgMcb364Ac6lu2bC5rs"
    "4B+yotpoMCN3TBagKINfY+yVwc/5WZcsnAtcSLT7BJCfvBbIYH8SxvtiNwuxKibzk1BFPI"
    "noKdxRTRJvthNrs0cyNKeGpPU6QE8d9lsTUB2OfHfm9Whs8fMRHdQn+6sQK5AQUZNFIlli"
    "pxlU+i+ijFFYV2x2ox33iKr2lvdJ3w3thSNh3KZKO1U4lC5FVWHxrdq3bvUnEzhnr9jy2A"
    "hJHETRxiePPcomueWWRN8HA0uOhdilHsZJ7pBufHGsrd5p26NjF1tdx+HibZ3Qfw04Gs/r"
    "yIj6cX/2FEfzQ+jtr9cfe8Be4oxOxt2Arv9s/d9Y2wJlZ/Z9C/6I2u+CgG+UynCz6O61Hn"
    "o/bXfgs86vZco/CRycHd34a9ER+Jvps6Rdo638bmY9Es4tC0oPZirFxRV5qV158Gw97F7y"
    "2ewW/qs+UEX49HvWGXXWDom0yX6PW/DHodwVwdPxBdFey9GIyuWlw7WLARV8PBaMxuL0xC"
    "bbbxDXts4zP1Cb7pX9+cXXdGvbOuwva/zy3gYMuZ8jeYIoVtg/d8c+xedEfdfqerdLr98a"
    "jLN0k0Y/oMg1VRufqGooma1dg6TWLo6lJ5YDogw7LcHppKKwNvk9uprxiXTv9OEFb5K6xM"
    "mAxRVYfStYyPMdIaWh8PxNpYKHKGIpVQbc0U0wipZHSlGc2O0ofSm2eESG6cBTbOsghLcJ"
    "8At2q+EVeaaOS5R7whzWIektDoJ30k4znyPA6Be4HMhHtCeFo+eG4CDUyXvq2/KRwFfJkx"
    "QR4uub9B2PENpN0hmvSUbOcRMvyt0ubPbFu/YHppa3SYajOmoRfDCulmkW6W+q9tvt8kkc"
    "+J1vfG7z5Ufz/qRe2C8l1x59qGdp7s5N4vJDhZwdBiUhO3SWAbCDIer+HHgDSB52gSkRXC"
    "p9ECkLtneGggz9Bg4s+TAtOmZuexJV+pbtsI+1KUCLhgvxBbrlMAQMsLMBHi2OMc2kCFCx"
    "Pqd9gSj+FlIYTgZi2xymM1tKKRGiGfW+DdeTpyI42qyXUYaDuWjOKoqGQnxYuXKl68gCgO"
    "GXsgYw9ebuyBd/KuufhX1JVe+y8j9qAq9pcXeYpYOk6L+8h3iwVE0iFWbYeYDNvYzklUHZ"
    "OD7ZoF0qwN4lbzCUMDH1S4Q4ubA9IELiuFESDQlbizBBO6gIb+F9JcKS2tBUvpObi94NZj"
    "BdtSrFuwgKYFEFTnnpSHgLgNXnHLwK3qWDZZHP3zHi3/dfvaz2/pXQ8AJxd+nAdosEc/Qi"
    "YykqmF6AN7GLRdU4QIZfsAIAaOyW7ZbiYKRabBXpBnkXjE7FQVLqPEBIwPEyweRSgw2GdB"
    "wSsLIaDSxT98wP/hzn1kLl9n2y0itWYFFnmGCj5IFqysrCkC+QU2Cgd1+QRVllCrlBzNRF"
    "/LVsp2/4lS1S5FeisdgESDhbJAR4gkzoU6LTGMSmEcENQO381bZFSyMCFOKTKeDW+IpHYA"
    "b2UBM1WFaTMWD35Hx2WQThBKvMvifbIu3icS76J4q7pdbgPxxtcO3eNCAt1xjkB3nFJTCN"
    "2VLCi8opAIF0GY25ugwQDUyokZUbLaYb0NYcPxW10UFzYCktoBXATfbHgT6BpEhUY5ZSSg"
    "qB22b06LLN7T7MV7mvBd6gv0V0lNJExTO4i3UNo9J/02wwWzh5Rb3tH7YHdgYRVOIpwdj7"
    "mikMWTIw6vdeM0o8a6wJ5fhicxMsmYjTOGpztSSxHSR5Izmc6COJkMWIk72m3CZWbLRGm4"
    "niNVX0AjKxAoQhlf9C7pkTfFocGcg+F5t9O7al++On7bdHd6tsx1t7edv9DfJlVyEaaslh"
    "O1QzS1E1beFDlJsw/SdC+L+NzXyKdOUsu2vVUOIBFOm3WZnSCWvK4yr9lU7Meq65XjTRBL"
    "XleZ1xY0kEJM9nk69hrcTiGX/K4yv3kW+1rfdYRQ8rjKPJa11LMl4nrVUg9z3TG1NbkepZ"
    "RcrwrXUz527+1DQb6I3jHWsV9KSidOJGlrFNUt61fsmwObjatPgTqJ84VbxP8zWiayvmLI"
    "esHxX8NzHRjMf/uLyb+6+hYpfAzivhNrjKHgljXiNzvt6077vNvI2lQ2gHEoAeGwdpKiAC"
    "f30QjE7DVA/+bysvF3dm5IAvv0XmVnHvHF5xEyYEbV5LrCnlyilmIQK0XcWQOmKz5fjTaB"
    "NLAe02KoJFZRrGx4J0o0p3gj14BqDO/qChT6biOKocG2vGdi1fVm6ml1wmoH6X7uh5id8x"
    "d8qE8m/inuFiHGFkj/c6vhApuX47l1T6xbnkUHZsTQkAb4UQhu3U5MhN42eTrf45wsRMWe"
    "xznCafmAm5lUFl+stMaUnRfHlhyhZZy1AUEN8+K2EqTuiZblDUQRQmkfqop9qIhV0NdN1j"
    "QN1c4oseuiGt5pVZoBMULJAmmZk5a5Q4F5e5Y5f1vYqVnuUOGN7aFF7Z4S2xI2zxxk91oJ"
    "hxteshVjzyzztFpsw7tiSnE2wHmVaN1n3qVUc7HdN/THyWIu1VRaZe3TPUt33FxbrphmQF"
    "An1Lcl0YX2KXkkPnEkRr/pp6UNb4t/Jq718jDEMV19rVWSMUIOixQZI+rOyJYx4g6UgrX9"
    "3VX2gwV0bhIHEBMuVgBradloAV5dux1NgZu0yG7oWhNci66m0WtHR0evMwr8b/wRT1e1My"
    "nhHZiEYhMCJkUykiJRFU7gbJEozMmipvwwTQ2t+ZtPYg5/IiVwjpHVEOrjk/eFqqO8z6mO"
    "8j6RSigDql+g60TqdtJyXzUOSMv9dmHenuVeatKb1aT3o/kJFp2jmY5178cn1L/4kGaeDu"
    "guBS0YvRVjc+TjvkfLhFJVSpN6KWrUM+t9ZCtInAMlZHZveA1l9c1Xz2K/G5WqrR4Q1BDe"
    "rcSQCYBSAX6615JPW2WsG+Pub2O23zBNeYL7N1dn3RGfZjFFdIK5VtICXFub4LPB4LLb7r"
    "fAlBADQTzBnU+DXofdV+dE93793jsque9SqrJWiKQaVbX482pTVUuaErK/hfqaEqQmKzXZ"
    "iupaxTTZ/WhbvYVJqN2ZO/i+kaJphW8387QsXQxUVD6yeIsrHanI71jtmAaBPAmFN5lqAo"
    "sAiJeiXRWigLepZn/N2Z4BVIhFE2qg24DncApqrgpMoYVSu2Bt6TGpmuA3MuX3LPTn83RA"
    "6U3blTeNs6r4geGNludEijWZQ5y2kjGky3Q0fYoYnNOl7YrHBwZo3tr0pNdAlGKS7lmv3x"
    "79Hsi6gTx1Oeh/PEuRds9+H3fbMczZflNO4lkRyDX8tKzjbefPlHLcY/RXd64DA7iolLNa"
    "V9WTbzjymdKNx5YnZRv2A7dgO5Z24j3aibkMWL6J4Yqmyma2dU2ap0V6WrBR2SbN00RXi8"
    "NrIN9gQx3kc7+wafPfN90b3vPdpZ7g0U2/L1rIUwdj0UL+fNDnBk6C0QRftHuXfPQMsjVV"
    "kQbxC7YP8ucneJVtzgyRVMOcWasmAQirREvlSE4QWohmly1LHLea1SGG+/lpSEUXvT++Gi"
    "u+VgZ8S/8LKYEKWNwsEqWrTVeMHYeECQAVLbUHVR76UTqJ/nroU/JoKaIJSQlxP0pUG+g3"
    "ZpcS+HjOvbKwhsgksKnAerWNywIbIpPApgKrOaahqwyBstBGCCW4qeCudK4yyK6oJKxxWB"
    "GlaVUzxuh7BqIBQQ36QOVFUnR/G+fLyBHDvz88LjinB7lMyzXfilDVAPa4VlgkHO9NTt/m"
    "N8m+zTKcKBv9+oYTWTak63E9SinbuFSns0OSyzwnwJqvxeYYqeRzlfksgwNlcGBF3ebPDQ"
    "4MB6I7z66pHov3qwnmce1PEZrHRqAakceur8bUBa3tx2MEqGUGZYRxfTIyI8rSrcZnBAGe"
    "ho6RLJBS0ZBOwZzi57w/XJ7vKWadmQ9Z8QAZ72rt7Aubz6ZkCrSV1jIm22i2oqhF8NGu7W"
    "YyXHar0r8Mlz3scNlLcqfjtm2jhWmnCWeR+7mimcFHKtAdWjgjyPWvgEc0BWKCJlCJgxnz"
    "gYkoQAt2W/Si4X/1hsAmwJ5TYtsGAncOsizGmbQMoE1NKzvfHKhAKFhcRogJCLZ1yu6UB9"
    "v3kuhmGXTd0fWDdvMCYnnD9C69TbtE+tDt0QmpaT8n/BXihTasuW6mne+hu7mn+yIYt5Vy"
    "So7lFipdGZNlPaV95slQYqxdksanrbK62hh87fMqNOQR8yI07fOrXr8FoLbQ8QRftUefu2"
    "N+ewHpPZPT2Ygvve5XfuVBR4/uUt1/5oYMVMiGvr6BCnyrLGfRCFFIk4asibpPc5F/zj/T"
    "XnTjTXNg4BY1FYU+2KeLoEr/e32K8wyJoavLL0zQziiEGh2QK7GbYqjy4I4tXqLHmRoizg"
    "l4lH4dnQC3HyxgUv0BqkvgPuMDQLzTAFtZ7AJnB4A2IDi9NM+Gp3+6OKv3HKlQ7FWheFgt"
    "2aI2oxBJlVWJyliOeH3NMo5Ff3wtwN21WxHNZki19Qe0hvYVp62h/nUg+lahWNLgyFqD1X"
    "HaGrK6xqq2VAxlFLHUYsprMa74PkIMUSs1qiA2Il+Pcccq1B28i4jPyGJcFSPSHHFil4sB"
    "lZrDMzWHPbaMqliCzp66AS9r3p2g3el0r69bAKoqsqwJHg5G4/ZZ77I3/r0FeFwanOqGbi"
    "8neNTtjHsXvU573Bv0W4ByKX7G8+7ZTBPcHbWvb0bdFmA/ynIo4uOvx6Nexx/N2au6Ywdn"
    "v3a962T6DflXh2NlcMPetH3JpiGmrRDHVixoVKTzwTeH6pbm/oZ1l0R8jkovjY/nw1EL3G"
    "kmneBOZ9huAVU14TrMKNJBMbt/YqJ74gHW12NfC2I6b+kKe+yj6/a+8Kp5/gyMF4Or4WV3"
    "zC+qZGFyuYfX3uvyj8odyb+pqlTY8997Df0xRlpD9fFA1MVClgJPQCzJ4xWVZG+l2RtsNe"
    "tEXMRoZfp4lTnt6Zqly63E6WqXELWVUGJMUis/ZnsuAoIa4LtrxwX7Svj7J9DOLny6oqhG"
    "6dNaFfuVJmZpYpYm5tIm5mvGLcdkbFs0UszLobvNPNOyJcYpMzawXHyMClxSwEk/AN22wO"
    "09Wt4C3RLBLAQbS/Y/jAviT5P9CMAD6DVeo5v3l7pnkoeVGR+zwellA4pqWbP32ah4v8Bu"
    "uZx72a4ede7osY0mxew0SG9KkC2mh0hqgfKuRXWbmLparkdBQFENUb1WXQoQ5vCkeSHdbt"
    "UZwV4rqnjPO0a2LWb4O/uOW94NBpcR2M968WUuun+/OhY8YIN0O8PrKHObsjd7GXAltWGp"
    "DUtteKXvOqZJedWS9KSR8O1mrj68GlhUH8aAfd2chmmi0AYLx7IBJjaYIrBwa7AQCij6ke"
    "OLRAGWR50tIccGEMwY3RzcUYjtFFV4UzNP8AR/IgxGdp2pU2zcHLKbXtqJWwrm1aerdkfQ"
    "J3NRLORoBC8XnPh1E2D0gOiKtEASirdgxHCFP5v/5VX1kh2jKxTzlK21y3Npi10kIt9FUf"
    "U9SlUL9XJfpQcLVnU4iDKEDR6ExyOAeAwejwm66V/fnF13Rr0zftXBljPl46f83tngpt/h"
    "l6eEaa5BXFG71w8CixhzqhJFJDWibOjrpRFVpHDQGN6lSZP8cq4U6TfK3HSNoIjGIl5Kpv"
    "Tu05UhLe6r3b6Qxf04x+J+nLS4yw3/pWz40gQmTWAvwASWzOky9Gc3MOm4U3lSSU2Q32pH"
    "jjF3EqZKduJGvmwXOBiLxMpw9x+AvMgyUx2BCjH4RnTM7XYGgg88jgWB6ZL/02SqmRZUZn"
    "bL7mWUdt7MpE9LmDz0QgqYLzVWZt8n35ZtQVJ23260TPjNEjBnR8zEyGR4+9ptcqXSJJUm"
    "qTRJpenglaZtagKijGqKIuCXV83WA3iF0u1XYpHi9i7F7X23TKlUePo20hwrL3PvKIl0Kx"
    "K3CS2LB5yXjiRIENZRxzk9LYL46Wk24vxerAOQpUBRxjLFgJcXER2hkzHRMiZa6jZ5uo0B"
    "LVvxm+uVZXyCWNadqFrdiRLRHqEuYaau3KPlM30nbVP/7BpND5Ll+W3fYx2r1kcp2iLrwD"
    "bGvXiYuF7fs1FqbnZwr5mnX3KtWWEHYcG87OcomX88t8KnDMPm93YRhm1D676MaO+Pr6FE"
    "v5WII4pmZeD1hkt0i6F7gDUbTYT9DO4yQdjDbv+81//YAh79BI9u+n1xhToYiyvnTIRqAY"
    "1gNMEX7d4lD7l2uzY31mHYxsOtw42sCxoawyS7cyX8tN0tf2N5Hpxfa4AaJ9sdsO8PBFhZ"
    "dbJ2OmFE/0fQQoqD7TTj/BPaf5RU6v6V5jM31SBKSUqDxOyIkShVDVwFMmCkMl9XjY2qMx"
    "2v29IpRio31aptqhVJn1sFt2RYwYLIl3wzmBgmYy3qFWtR/ViAA4+/JQ777QpvoaKnRODm"
    "+qcTtNJHXdxHHZRLUUpG7ycIdyjLrirXqXRx5G3Rwd57pFCINSJebGvF7LbeHJaNumcvoO"
    "imosE0x2Hmnp5GujsrzPH7QzFwPaLpnJB7xYRLg0CtLMxZ5LuD+s2hIO0G0K4jvEcppexe"
    "NdldaubFPqh6aeaHEAJTtSVQKAbGy7PeTIp1XUFaIHqX1n9mDYiu+FR1xQl9txHF0FB07Z"
    "lodb2ZelpdsXKxYc/WsW775TTXB0wcc+fBbHVFTV/wdqvPxKonJvmVTOuKkgxsLAyVSQxd"
    "1Z+7uQ/5LMsvDKoaf3tpbdafAVmiwXsdMQsaB60PVLRVUR1B8ssBro9RzWr7FGnxUQoev2"
    "xPXQDapleuAxcmZN9cI8UpF9xr5vnkVG+UdMnVyyVX8RoShwe19HbuyttpobsFwna6Yp7d"
    "LSpGJltGRUykm2gZJY73smyJEEmmbJwpM0oWStktKUJUgzDLHexKArLSRUWiVLVDeiuVRS"
    "gyjSWTJMvgHKaRKBdB+QDztzQKZ3ZJyBvno/bFuAUE7QRfdz51z29EepalzpHmGLxRxrWf"
    "4WX5GV7D9o1ovGFCx/JGjMVtNken3e90L8UcKgfHqEyWF3/9NRzMITIZQ1DlGALOgb8ILn"
    "XUh2l2+K3ejDu72Ry3F1yWYsfKC7QMk8kYyxIxlnyLVfLaOWWEWMboanfsb6ewmAExXisM"
    "KUopD4oqHxRMPKPrBZtFKSWXq8xlmfb1MvgsQ0ezT8x6hY6Gue6Y2ppcj1JKrleF6ykfe9"
    "KFjnifTruk2y5GJSu/P1353YcsiXLpwu/j0FQHBnJW1EIzVvc9tsAiZd9HbM2Pep1xsWZZ"
    "m2iS5cUsXLKpaoR5LCzSsuCzA7mv3FnqBNIuwmnEwsoJqfEX3tNhNauecMU6jOF7QGYAAp"
    "/+BwvwrAeE7Q9ANXT1HtjkHmEL8DcDum0BwZ8mwOgBUUZ4M7pMbzO2sZlTe42poWAjQSeb"
    "je01/MflQQlc/fFSdEgxUTo0xembXcXIG16LeJ+dFzDyN85S20KMSi7ip+Xf8I79TPk3HG"
    "l6YCAXlX9jC6xKbY98GS9FXgmJf9miSljSfFpIGWAUFiE8YiY7iE6lXoZmCzzOCbgjNvsX"
    "2k0AsSb+DzCBAVAmtS6BBXUtKahsfPYnhRW/dy/ja1xiiQ5cRTz4Q2VJ7cqV1K541PPBnR"
    "8p2depyOat8ChdjQLKd7LWDzpgiw11kL8iCkds/fume8ODq1zqtOiscDRWtNr2BJ8Nbvod"
    "fmFKHAYEp//cGw5FxNe9bpqVidViL7NG1EOMrHZBD5sP57EWNkfMNFIKeGXrcFGqGsC8a0"
    "XOk91Sj4vs5R2lqgHsO+hcJ2v7bzrBi+0KfpX+NdyvKeQyvqI6Ltekp90VNNbgdIRQ+tmr"
    "wvQi0RVceFwvVF5+04fwTcvombp91UWiZ6T3QHoPpPegjPfg2s2ab6R4D/xbzTzvgZd1Xz"
    "jEwYIPSAPUMRBDCiFAeHCBX9gRvLLQygFg/cOf/MhcghmhwsB/R+FiAenrtCiHzU4uS5pU"
    "K6ah4sb9w4NaljTZVdYV35JKVc0ICHZfMWM/CsZWamPIxInsRX+YSoBMnHiJXM9S/RIKyn"
    "5k6CD+P0WIDucGZEvRfnh9YTGaCan3TIGgPz5S3bYRBqLGTAv8quNv8ARYzvQbUu0m+DS+"
    "uhQBMkQQQwPY6Du7rmMAgQGXxLHTBOlNTy9FaSlKS1FaitKbqA7o7j1lIA6R1BDlX355Xw"
    "BlNioTZXEvivLcXpQKeffH1wLfXYdK8DOzDNj++BqER+waat1SXLEkiXducZ8I3Q6r+wRX"
    "Dra8jwtbOTkjQrOWkFExz+rGY3GlYaNmKq40bLxErm/AsJH0yW4ou/4AV8FeksbHXt2/7k"
    "OGHzU6oJlrB/Kb06KH4k5VnjRFTIQBoW4m9xHwXLcW4J8F0G0wXQLxEDe7+9Vt7EG3r5vC"
    "B8p0CvYjfa9vIjVr40+ZYOHoAASDucMQBuyH6g+6vfwgMtB7Q2FcciyegM7Wog0gRUCjhI"
    "fxAzizkeu2DewSP1hsRsST2nnBbxNRnWTmgSWyveLWjWjiCvsd4l/xnoIxdoNN8Ufcue+P"
    "82/HZ+XXZfaYzB6r+Fa6cYlVRmZtCdm8RIu8vSM31eKgod1xYl61EyNfAAP8I3edvEifts"
    "qGy8Zg2O23hPQ1wZ3LXudzyxXB4kJaEXNxEWNxtqk4YSjmhYWUstVmokTSwJNc0kLaXXdN"
    "B8SVXtSfbq7abFULeXqC28PhZVe5Gg5bgKlHBlIWpjnBvav2x64yHA1++70F9AU/rkxKvi"
    "95I4d2v98d8TYOvCw1neDhqHvRHXc+tYBJ0QzZ6nydz2Pzib6BwlDC3BzQ7NDUvB+HygYt"
    "zeWTqWucR70V36vbWrkouu7o2iG7+Qx1bt9Qcnb8DJtuhKp2MJ8WWsCnOQv4NLmAy1vOa2"
    "sxP1wLuesYqUjsXxtRXZ03Usy+3p1mnr0XrsbI1ruHJatnmxEfELX0coJIiKTKMvu6sshW"
    "ql6YpYQRb3gN0T0udFAe5xyUx8mD0isNnEQ4O2UlRCKTVkomrez1MPv7/wFrPO4t"
)
