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
        DROP TABLE IF EXISTS "segments";
        DROP TABLE IF EXISTS "messages";
        DROP TABLE IF EXISTS "campaigns";
        DROP TABLE IF EXISTS "campaign_links";""",
    "postgres": """
        DROP TABLE IF EXISTS "campaign_links";
        DROP TABLE IF EXISTS "campaigns";
        DROP TABLE IF EXISTS "messages";
        DROP TABLE IF EXISTS "segments";
        DROP TABLE IF EXISTS "templates";""",
}


async def upgrade(db: BaseDBAsyncClient) -> str:
    return UPGRADE[db.schema_generator.DIALECT]


async def downgrade(db: BaseDBAsyncClient) -> str:
    return DOWNGRADE[db.schema_generator.DIALECT]


MODELS_STATE = (
    "eJztXWtz2zbW/isYfWkyo3pj59LU2dkZWZYTNbbkleWk3WqHhkhIYkwBLC921H3z318AvI"
    "h3kbIuFIwvbUzikNRzQPBcHpzzv8acaMiwj1qm/hktGqfgfw0M54j+I3GmCRrQNJfH2QEH"
    "jg0+FJq6co8W/CAc244FVYcen0DDRvSQhmzV0k1HJ5iNboExghayABUBE2IBghF4JNa9bU"
    "IVHYE+NhZAd2xw86n188nbd0C3ge0QC2kfgDNDXIwdmpFHTGWpCLuvRlR6Yx1Pt3cLF+t/"
    "uUhxyBTRQRa90Z//pYd1rKHvyA7+NO+ViY4MLQamrrEL8OOKszD5sS52LvhA9vRjRSWGO8"
    "fLwebCmREcjtaxw45OEUYWdBC7vGO5DF7sGoaviQBx70mXQ7xHjMhoaAJdgymJSXsPsDzW"
    "UJRef6jcdIaK0kgpMJCIAO4fUglmyqePavNfP2WP8PPJ8Ztf3rx//e7NezqEP2Z45Jcf3q"
    "2XwHiCHJ7esPGDn4cO9EZwjJeg8v+nYG3PoJWNazA+gSx95CSyAY5F0AYHltgu5/suwJ3D"
    "74qB8NSZMURfvSqA8ktr0P7UGrygo16yWxL6gnpvbs8/deKdY3gv8TUtNNG/V0F4KbEZjP"
    "c7fWMIH78rAfDxu1x82ak4vHSRUWbQnlUBOCoj4DR+96YEyO/e5ILMTsVBtoiRs0Z0sDvn"
    "IHfpA0G6xqfADmR3BzRFw7pHDrIa1eBu9L/2OoNTQD9XyBrh1vlVt3cKoDbX8QhftQafO0"
    "N2Orj6CH/pdr6yIw86evTvtvf3QbUQg1OBTlph5/SMo89R9lsRl0yoS/NFj4J/HOJbQn+g"
    "xowWfwksgH7YvercDFtX1+x2c9v+y+D4tYYdduaEH10kjr5Iqim8CPjaHX4C7E/wn36vw+"
    "EltjO1+B2X44b/abBngq5DFEweFahFVuvgaIBaTOsGtB3FtdfSe1J2A5r3H7kuij8QRQeY"
    "FGraQg/kfi09xyWlluus5WAtHi+USk5PSm61/1N/xW7GA1qCG7qw1bBNiq0Fbe2+iRvAlv"
    "nrk/tM5zLELI3zBbGQPsWf0SJlPyaQ9WMoX6PXOjCYfwSTKTi6fMss+BiGOlJzjKJAfzu1"
    "NtnJduum3TrvNHJWig1AfGujMlZ5zdaHsuCmFscYuvQpQO/28rLB5/MYqveP0NKU2MRmZ8"
    "gJSRwJx6ZPzU/mySMQwynHiP0Y9uhBiNDVdKeDHSs7gLg82ywMIrJxikGmpaKI+RCvjtL9"
    "mZqs9L//rRS7O9OnzyV89+vJyevXv5y8ev3u/ds3v/zy9v2rcKVNnypacs+6H9mqG7NMVg"
    "f59vnJq9lqsWlrgr5fxPIgSQGbH4KKSwkYhNp8ZMODLGv+roI5c/JuMwBVMfBUmzifBxf9"
    "7ciojnIoJhzQr0/K5AXoqFyo+bkU1uyhqsHsSwi4Xmx+Mtvu+BtSncpLc1JOwOlcajYXTO"
    "Y8qKstznGpbcGcMvYOdnXWzSroeqOFm7xb+OhVjqTuMkOyS19FpAiqhhyoe85xXLW/3fR7"
    "2WqNiCR1q6sO+D9g6PbWYnyNf05czD/wYOzqhqNj+4jd9l/beq0KlM0giuk5eH1eXLV+T7"
    "5Z7cv+WVKB7AJnWZHB/YRW2tB0XAtpV1S9jYzgSux8syi8ovojlXkwdJshFhlMkcGUysGU"
    "w+OmRYLZBDswx44smt9xOXGA3clEjyyHdFFTJhaZV7EzY0ICOqZbcf4t1aQOJqmCc0REol"
    "wOZd/BXMMnFdJ1+vXX9yUwpqNyMebnEmuGnkUfHqLvOUt1MF6IOVzkMHV+Hxbb0KG/dNnv"
    "fQyGJw1rSe57nuS+unhOFGSEnc4D4ln1tOcUPd8s9Jy8kQpiQ0vuceljBBDLeQMyARD4Vt"
    "5PNvAvBmY622+yaALG5v5ZndHZgDTgEL79hO1WGaMJsRDQnfTulk1efIRH+BOhgAJMAJ0g"
    "0AImsmyCoQGYG3HKZdCDriGsIvCie90Ero0sQFHHTpNtqtHoY70Ehv6AbMD4xndLwDypOz"
    "pspqszQN9Km/qgwKMu2E0AsUafJ70XJ3hk6lxScG3+4CNsWoT+YHqFB34v/2pH4G5pRN8x"
    "aQjGkN4Fu/Mxspr0hzn00MRjlLCtPU2+JYj9LpvOCUBfP/p783b4/Jkw0W30l8cVKCQU5M"
    "hIl1i6xHX+EonjFNcU2h27xWzhKT+n/dEi4b2xqWy6FrWN1t5KFBGvs/vQ6Fy1upeKt2Oo"
    "2/t4ChAPkngbhyjebG/RDdtZZI/w9aB/0b3ko+iXeaIbTB9rOHebT+o6xNTVaut5VGR3L8"
    "CrA5n9RYyP1ZP/MNgfjY+DVm/YOT8FUwti+jR0hnd65978Rljjs7/d7110B1dsFIV8oltz"
    "No75UeeD1tfeKXjUnZlmwUdqB3d+v+4O2Ej03dQtpK3zbmyei2YT18oitZdT5VK61qq8+d"
    "S/7l78ccp28Jv6ZDHCN8NB97pDD1D0TepLdHtf+t02V66OH4iucvVe9AdXp8w7mNMRV9f9"
    "wZCenpvEcujCd92lC5+pj/Bt7+b27KY96J51FLr+fT4FLrbdMXuCMVLoMnjPFsfORWfQ6b"
    "U7SrvTGw46bJFEE+rPUFgVlblvKL5Rsx5Lp0kMXV0oD9QHpFhWW0MzZSXxNr2cBo5x5e3f"
    "KcE6v4W1ockQVXUta63gY0JUwOjjgUQbSzFnLKQSS1tzi2lMVCq61oqmn9KHyotnTEgunC"
    "UWzqoIS3BXgFu33IhnTTSK0iP+kGa5DElk9MocyXCG/IxDmF4gE56e4JmWD36aQAPjRRDr"
    "b/JEAZtm1JCHC5Zv4HF8A2lTZKUzJdu5haS/1Tr8mR/r50qvHI2OSm0mNPRsVCHTLDLNIv"
    "7cZutNGvkCtr4/fvdU/f24F8KR8j1z58aBTpHt5J0vZTjZ4dByVhOLSWAHcDHG1wg4IE3g"
    "J5o4s4LnNE4BZOkZRg1kOzSo+bPSYNrU1Rm35KulOw7CgRXFCRf0F2LbSwoAaPsEE26OPc"
    "6gA1Q4N6E+xTa/DSsLwQ03e4FVxtXQyjI1Ijm3MLuzmrmRJdVkPgx0XFuyOGpq2Unz4rma"
    "F8+AxSG5B5J78Hy5B/6Xd83Jv5Su9dx/HtyDusRfnuVXxNZxFu+jOC0WCsmEWL0TYpK2sZ"
    "0vUX1CDo4XFsiKNvBTzRWBBjaodIcWbw9IE3iq5EGA0FdiyRJMrDk09L+R5llpWS1YKl+D"
    "xQvufFXQJcW+A3No2gBBdeZbeQjw0+AFiwzcqa7tkPnRP+/R4l93L4P9Ld2bPmDiPI/zAA"
    "1660dITUYytpH1QG8GHS8UwalsHwDEwDXpKcfbiWIh06APyHaR+ML0q8pTRqkLUD2MML8V"
    "sYBBXwsLvLARAqo1/0cA+D+8ax+Zi5f5cYtYrVmORVGggg2SBStrG4pAQYGN0qSuQKDOFm"
    "qdNkdT09d2lKrdf+JSwm2R3koHIN5goSrQMSGJc6lOSxSjShiHAsLhu/mIjErmJsQZRcbz"
    "4Y2ICAfwViYwdVWoN2Mz8js6roJ0SlDiXRXvk3XxPpF4l8Vb1Z1qC4g/Xjh0j0sZdMcFBt"
    "1xRk0hNK1YUHgpIREugzCLN0GDAqhVMzPiYsJhvQ1jww1aXZQ3NkIR4QAug28+vCl0DaJC"
    "o5ozEkoIh+3rt2Um79v8yfs2lbvU5+jvip5IVEY4iLdQ2r1g+21OCmYPW25ZR++DXYF5VD"
    "iNcD4fcykhiyfHEl7r8jTjwbownl9FJwkxqZiNK4Ztd7RshVsfac3kJguSYpKwkky0O4TZ"
    "zLaJsnA9R6o+h0YeESgmmZz0nuiRf4lDg7kAw/NOu3vVunxx/KbprfR0muteb7tgor9Ju+"
    "ScpqxWM7UjMsIZK6/LfEnzP6TZWRb+uq+xnzotLdv21plAwpM26yo7JSx1XWdd00vRH6uu"
    "V443JSx1XWdd29BACjHp6+k6a2g7Q1zqu876ZrvY13qvY4JSx3XWsaylnm8Ri1VLPap119"
    "TW1HpcUmq9LlrPeNn9p4+QfJE1paqjv5RU3jiRlhWI1S3rV+xbA5vl1WdAncb5wivi/xkt"
    "Uru+Esj65Piv0WsdGMw/gskUHF2+ixZ8DHnfqTlGUfDKGrGT7dZNu3XeaeQtKhvAOLIB4b"
    "BWkrIAp9fRGMT0MUDv9vKy8SN/b0gK++xeZWe+8MXnATJgTtVkUWFPT1FbMYidYe6sAdMV"
    "u55Ai0AWWI9ZHCqJVRwrB055ieaMbOQaUA3hVFSg0HcHWRgadMl7IlYd/0pdTSSsdrDdz3"
    "sR8/f8hS/qyo1/irdE8LEltv951XCBw8rx3HlfrDu2iw5MiKEhDbBPIbjzOjER667JtvM9"
    "zsicV+x5nCGctR9wMxeVxRdr7THl74ujU45YVZK1oYCA++K2QlL3TcvqAaKYoIwP1SU+VC"
    "YqGPgma4aGhAtK7Lqohv+1qqyAhKBUgYzMycjcocC8vchcsCzsNCx3qPAm1tCycU+JbYWY"
    "ZwGye62EwwIv+Y6xH5ZZ7RY7cFrOKc4HuKgSrXfPaUY1F8d7wmCcLOZST6dV1j7ds3XHwr"
    "XVimmGAiKhvi2LLrJOyU/iik9i/J1ebW34S/wTcRUrw5DEdPm21snGiCQsMmyMeDoj38ZI"
    "JlBK1vb3ZtlPNtBZSBxATJhZAeyF7aA5eHHjdTQF3qZFekLXmuCGdzWNHzs6OnqZU+B/47"
    "dYXdXOtAjrwMQdmwgwGZaRNInq8AXON4mimiwbyo/KCBjN3/wm5ugrUgHnhJiAUB+fvC9V"
    "HeV9QXWU96mthJJQ/QxTJ9K3k5H7umlARu63C/P2IvfSk96sJ70fz4+r6BxNdKz7Pz7l/i"
    "WHNIt8QG8qaOHorQSbYy/3PVqknKpKntRzcaOeWO8j30FiGqhgs/vDBbTVN189i/5uVKm2"
    "eiggILxb4ZBxgDIBXt1rKZCtM9aNYef3IV1vqKc8wr3bq7POgF1mPkbWCDOv5BQwb22Ez/"
    "r9y06rdwrGhBgI4hFuf+p32/S8OiO6/+v33lHJe5ZKlbUiIvWoqsXuJ0xVLRlKyH8XxA0l"
    "SE9WerI19bXKebL78ba6c5NYTnvm4vtGhqcVPd0s8rJ0PlBR2cjyLa50pKKgY7VrGgSyTS"
    "isyVQT2ARAvODtqpAFWJtq+teMrhlAhZg3oQa6A9geTi7NXIExtFFmF6wt3SbTE/xGxuyc"
    "jf56mg8os2m7yqYxVZX/YPij5XciI5rMIM6ayRhai2w0A4kEnOOF45nHBwZo0dz0rdfQlK"
    "KW7lm31xr8Edq6oT112e99PMuwds/+GHZaCczpelPN4lkKyDm82tbxl/MnWjneZ/Q371oH"
    "BnBZK2c5r+pn3zDkc60bXy0rbRv6A7cQO5Zx4j3GiZkNWL2J4VKmzmG2dUOab8v0tKCj8k"
    "Oab1NdLQ6vgXyDDnVRoP3Soc1/33ZuWc93T3qEB7e9Hm8hb7kY8xby5/0eC3ASjEb4otW9"
    "ZKMnkM6pmjSIn9N1kN0/pav8cGZEpB7hTKGaBCCsEi1TIwUktIjMLluWuF41q0Ok+wXbkM"
    "pO+mB8PWa8UAF8W/8bKaELWD4sEpcTpivGjilhHEBFy+xBVYR+XE6ivx76Fnm0Fd6EpIK5"
    "HxcSBvqNxaU4Pn5yryqsETEJbCawfm3jqsBGxCSwmcBqrmnoKkWgKrQxQQluJrhLn6sKsk"
    "spCWsSVmRZWVUzhuh7DqKhgAB9oIqYFJ3fh8U2cizwHwxPGs7ZJJdxteZbMSkBYE96hWXo"
    "eK8L+ja/TvdtlnSifPTFpRPZDrTW03pcUrZxqU9nh7SW2Z4Ae7aWmhOiUs911rMkB0pyYE"
    "3T5k8lB0aJ6O6Ta6on+H6CYJ70/hTueWwEqgF57ARujChobZ+PEaKWS8qI4rqSmRFX6Vb5"
    "GSHB09AxkgVSakrp5Mop/50Phsvve0ZYZxJAVp4g4x8VLr6w+d2U1IG2s1rG5AfNlhJCkI"
    "92HTeTdNmtWv+SLnvYdNlLMtVxy3HQ3HSyjLPY+ULTzGAjFegNLb0jyMuvgEc0BvwCTaAS"
    "F1PlAxNZAM3pad6Lhv3VvQYOAc7MIo5jIDB1kW1TzWTtANrUZWXnmwM1CLmKqxgxocC2vr"
    "I71cH2syS6WQVdb7R40G7eQKwemN5ltmmXSB96PDplNe3nC3+FWKENe6abWd/3yNnCr/s8"
    "HLeVckqu7RUqXQaTZT2lfe6TsYixdkmaQLbO7mqj/7XHqtCQR8yK0LTOr7q9UwC1uY5H+K"
    "o1+NwZstNzaN1TO52O+NLtfGVHHnT06E3V/e/ckESFfOjFJSqwpbJaRCMiIUMasibqPsNF"
    "wXf+ifGiW/8yBwZu2VBR5IVdXQRV5t/FKc5zTQxdXXyhhnZOIdT4gEKL3eRDlQdvbPkSPe"
    "7Y4Dwn4EsGdXRC3H6ygWnpD1BdAO8eHwBinQbozKIHmDoAdADB2aV5Nnz51cVZ/ftIh2Kv"
    "DsXDcsqWjRlFROrsStQmcsTqa1ZJLAbjhQB312lFNJkg1dEf0BreV1JWQP/rQPytUlzS8J"
    "O1hqqTsgKqWmBXWzqGkkUsvZjqXoxnvg8QRdTOZBUkRhT7Md5YxfIG74LxGZuMy2JEmsu/"
    "2NU4oNJzeKLnsMeWUTXboLOnbsALwbsTtNrtzs3NKYCqimx7hK/7g2HrrHvZHf5xChgvDY"
    "51Q3cWIzzotIfdi267Nez2e6fAYlb8hO27p1ca4c6gdXM76JwC+qNs10Js/M1w0G0Ho5l6"
    "VW9s/+y3jn+cjL+h4Oj1UOnf0idtXdLLENNRiOsoNjRq0vngm2vptub9hnWnRPIatZ4aH8"
    "+vB6dgqpnWCLfb161ToKomXEcZZToo5vdPTHVPPMD6evRtQdTnrVxhj750ne4XVjUvuALV"
    "Rf/q+rIzZAdVMjeZ3cNq73XYS+WNZO9UXSrsBc+9hv+YEBXQfTwQd7FUpMA3ECvqeCkl1V"
    "tr9YZLzTqMi4Ss3D5eZ037vmblcitJOeE2RG2FSoxJZuXH/MxFKCAAvrtOXNC3hD1/Cu38"
    "wqdLiXqUPhWq2K8MMcsQswwxVw4x31BtuSZV27yREV6OnG0WhZZtPk6Z0IHV+DEq8EQBE/"
    "0AdMcGd/docQd0m5NZCDYW9B9UC/xPk/4IwAj0GqvRzfpL3VPLw87lx2zw8rIBRb2i2fts"
    "VLxfYLdczr1qVw+RO3pso0kx/RpkNyXIN9MjIkKgvGtT3SGmrlbrURBK1MNUF6pLAcIMnq"
    "wspNetOofstZRK9ryjYttSRrCy77jlXb9/GYP9rJuc5rz794tjrgM6SHdyso5yb1P+Yi8J"
    "V9Iblt6w9IaX/q5rmharWpK9aSR6ulnoDy8HlvWHMaBvN5Ohnih0wNy1HYCJA8YIzL0aLM"
    "QCFvqZ4Yt4AZZHnU4h1wEQTKjcDEwtiJ0MV3hTVx7hEf5EKIz0OHWn6LgZpCf9bSdeKZgX"
    "n65abS6f3otiI1cjeDFnwi+bAKMHZC1FS2xC8ScMH66we7O//KpesmN0jThP+V67/C5tsY"
    "tE7L0o677HpYRwL/dVerBkVYeDKEPYYCQ8xgBiHDzGCbrt3dye3bQH3TN21MW2O2bjx+zc"
    "Wf+212aHx4R6riGvqNXthcQiqpy6sIikR5QPvVgeUU0KBw3hNMuaZIcLrcigUeamawTFPB"
    "b+UHJL7z5TGTLivlztS0Xcjwsi7sfpiLtc8J/Lgi9DYDIE9gxCYOk9XYb+5AYmbe9SvlUi"
    "CPJb7cgxZEnCTMuOnyi27cIEYxmuDEv/AciKLFPXEagQg29ExyxuZyD4wHgsCIwX7H9N6p"
    "ppYWVmr+xeTmnnzVx0tYXJqBfSwHyuXJl9f/m2HAuStvt22TLRJ0vBnM+YSYhJevvabXKl"
    "0ySdJuk0Safp4J2mbXoCvIxqhiMQlFfN9wNYhdLtV2KR5vYuze19t0ypFT19G9sca29z72"
    "gT6VYsbhPaNiOcV2YSpARF9HHevi2D+Nu3+Yizc4kOQLYCeRnLjABeESM6Jic50ZITLX2b"
    "It/GgLajBM31qio+JSzrTtSt7kQFtkekS5ipK/do8cTcScvUP3tB04NUeXHb90THqvVRir"
    "fIOrCFcS8ZJubXdx2UuTc7PNcs8i+Z16zQD2HJfdlPcTL/fGqFT0nDZud2QcN2oH1fxbQP"
    "xgto0W+FcWShSRV4/eES3XLoHmDNRhPhYAd3FRL2dad33u19PAW+/AgPbns9fsRyMeZHzq"
    "kJdQo0gtEIX7S6l4xy7XVtbqyjsI3TraONrEsGGqMiu0slvNrukr+xfR5MX2uAmhTbHbDv"
    "DwRYWXVSOJ8w5v8jaCPFxU5WcH6F9x8Xlb5/rfXMQjXIskhGg8R8xkhcSoBUgSSM1ObtEj"
    "ioOtHxui2dEqJyUa3bolqT7XNLcktOFCxkvhSHwfgwybUQi2tRfy7AgfNviUt/u8JaqOgZ"
    "DNzC/HRKVuaoy+eow3IpSkX2fkpwh7bssnKdas2P/CU6XHuPFAtijfAH21oxu603h6Wj7u"
    "kDKLqpaDArcZi7pmeJ7i4Kc/z+UAJcj2g8I+ReMeHCIFCrCnOe+O6gfn0oSHsE2nWM97ik"
    "tN3rZrtLz7zcCyWWZ34IFJi6TYFSHBh/n/VmtliLCtIcWdOs/jNrQHTFLiUqTui7gywMDU"
    "XXnohWx79SVxMVKw8bem8d605QTnN9wPhn7jy8mqio6XPWbvWJWHX5RX4jY1FRksTG0lCZ"
    "xNBV/amL+zW7yuILhUrgdy+rzfoTIEs1eBcRs7Bx0PpAxVsViQhSUA5wfYwEq+1TpsVHJX"
    "iCsj2iALTNrFwbzk1I37lGRlIuPNcsysmp/iiZkhMrJVfzGhKHB7XMdu4q22mj6RxhJ9sx"
    "z+8WlRCTLaNiIdJNtIzin/eqaokJSaVsXCkTi8yVqktSTEgAmuUOViUOWeWiInEp4ZDeSm"
    "URC5nGglqSVXCOykiUy6B8gPu3NAtOnIqQN84HrYvhKeCyI3zT/tQ5v+Xbs2x1hjTXYI0y"
    "boIdXnaww+u6dcsbb5jQtf0RQ36aXqPd6rU7l/waKgPHqM0uL/b4aySYI2KSQ1BnDgHTwN"
    "8EV/rUR2V2+K7eDtu7WRy3Ry7LiGMVES2jYpJjWYFjyZZYpaidUw7FMiEn3Gd/O4XFDIjx"
    "WjSkuKT8UNT5Q0HNM2s9sllcUmq5zlqW276eh54ldTT/iykWdTSqddfU1tR6XFJqvS5az3"
    "jZ0yl0xPp0OhXTdgkpWfl9deX3ALI0ypULvw8jlzowkPNYC81E3ffEBIuVfR/QOT/otofl"
    "mmVtokmWz1m4pJcSCPMELdK24ZOJ3FfeVUQCaRd0Gj6xCig1wcRbTatZ9oQr12EM3wMyAR"
    "AE8j/ZgO16QNj5AFRDV++BQ+4RtgF7MqA7NuD6aQKMHpBFBW8Hl9ltxjZ25cxeY2qEbMTl"
    "ZLOxvdJ/PB1UwDUYL02HjBCla2UkffOrGPnDheD77LyAUbBwVloWElJyEq+2f6Mr9hPt3y"
    "jT9MBALmv/JiZYndoeBTZehr0SMf/yTZWopbnaSOljFDUhfGFqO/BOpf4OzVPwOCNgShz6"
    "f+g0AcQa/xegBgOwqNW6ADbUtbShsvGrrzRWgt69VK9JiyU+cMl4CIbKktq1K6ldc9bzwX"
    "0/MnZfZyJbNMPjcgIRyncy1w+asEWHuiiYEaUZW/++7dwycpUnncXOirKx4tW2R/isf9tr"
    "swNj4lIgmPzn7vU1Z3zd66ZZG64WfZg1WA8JMeFID5un89hzhyFmGhkFvPJ9uLiUADDv2p"
    "HzbbfMz0X+9I5LCQD7DjrXydr+m97gRVeFoEr/GunXDHHJr6hPyjWdafcMjTU0HROUefa6"
    "KL0Mu4IZj+tR5eU7fQjvtGTPiPZWl2HPyOyBzB7I7EGV7MGNt2u+kZE9CE41i7IH/q770h"
    "QHGz4gDViugShSCAHCyAVBYUfwwkbLBID9j+DiR+YCTIjFA/xTC87n0HqZxXLY7MVlSZN6"
    "cRpqHtw/PKhlSZNd7bpiS1KlqhmhwO4rZuzHwdhKbQy5cSJ/0h+mEyA3TjxHree5fikHZT"
    "82dMj/zzCio3sD8q3ogF5f2oymRuo9dSCsnx8t3XEQBrzGzCn4Tcff4Amw3fE3pDpN8Gl4"
    "dckJMoQLQwM46Ds9rmMAgQEXxHWyDOlNX16a0tKUlqa0NKU3UR3QW3uqQBwRERDlX399Xw"
    "JlOioXZX4ujvLMmVeivAfjhcB311QJ9s2sAnYwXgB6xK6h1m3FM0vSeBcW94nJ7bC6T3jk"
    "YMv7eLBVszNiMmsZGTXLrG6ciysDG4K5uDKw8Ry1voHARjonu6Hd9Qc4C/ayabyFLF2dNT"
    "JiP/6ZZlHkBy7HyOYLh/U5zg+vPCybK5X1USMiQvhQu+A9m2YVhP3hAqJ7XCrOclwQZzlO"
    "x1n84hBVkpYREZm2rJi23Gsq48f/AyET82Y="
)
