from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True

# Staged hits keep their time as seconds since the epoch: the web processes copy thousands a
# second, and a float costs the driver a third of what a timestamp does to encode. SQLite
# cannot change a column's type, so there the staging table is rebuilt, its hits kept (the
# microseconds read from the text: SQLite's date functions keep milliseconds only).

UPGRADE = {
    "sqlite": """
CREATE TABLE "tracking_hits_new" (
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
    "at" REAL NOT NULL
);
INSERT INTO "tracking_hits_new" ("id", workspace_id, message_id, kind, link_index, agent, reason, ip, user_agent, "at")
    SELECT "id", workspace_id, message_id, kind, link_index, agent, reason, ip, user_agent, CAST(strftime('%s', "at") AS REAL)
        + (CASE WHEN substr("at", 20, 1) = '.' THEN CAST('0' || substr("at", 20, 7) AS REAL) ELSE 0 END) FROM "tracking_hits" ORDER BY "id";
DROP TABLE "tracking_hits";
ALTER TABLE "tracking_hits_new" RENAME TO "tracking_hits";
CREATE INDEX IF NOT EXISTS "idx_tracking_hi_message_0ee2b5" ON "tracking_hits" ("message_id");
""",
    "postgres": """
ALTER TABLE "tracking_hits" ALTER COLUMN "at" TYPE DOUBLE PRECISION USING EXTRACT(EPOCH FROM "at");
""",
}

DOWNGRADE = {
    "sqlite": """
CREATE TABLE "tracking_hits_new" (
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
);
INSERT INTO "tracking_hits_new" ("id", workspace_id, message_id, kind, link_index, agent, reason, ip, user_agent, "at")
    SELECT "id", workspace_id, message_id, kind, link_index, agent, reason, ip, user_agent, strftime('%Y-%m-%d %H:%M:%f', "at", 'unixepoch') || '+00:00' FROM "tracking_hits" ORDER BY "id";
DROP TABLE "tracking_hits";
ALTER TABLE "tracking_hits_new" RENAME TO "tracking_hits";
CREATE INDEX IF NOT EXISTS "idx_tracking_hi_message_0ee2b5" ON "tracking_hits" ("message_id");
""",
    "postgres": """
ALTER TABLE "tracking_hits" ALTER COLUMN "at" TYPE TIMESTAMPTZ USING TO_TIMESTAMP("at");
""",
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
    "KiJy16iabjB2Fo2lneizQ1bQtZaWraCcw7MzXlNOTdfT/e/diWDrwlr2/UuMM26PqpyXGJ"
    "MY1Chh8WHl6g31Io6C1IxQaTga5i9inSTjfZ99a1dwius7RmSxudW3Zakp2W6ox0WGgZwx"
    "e+rpQfIt/hGcsBJ6qYtKS4f3V/fd0UtskRGQ7ue+3WsHMpGOjONyK9fq/DsackUW5id4J7"
    "RQ6OLpnQ75kh4qG7uYfFAk9mlIKmzccXOyggbtsx+SiszH1TNbOphTU0wVMKBnVbWKLVJ0"
    "IXBtb46yePhLVmAZv/vVtRHAqmcy7jR0uU+veqqFv0WdcgtlsVtvV3brR35DFI17wa6hbm"
    "b8OfR7lmqDmmoYtFFpjt408Xc3mh4ieoR23xDqtHGvwN+GJd0NVhxqBaCVc9VXtVSP6OP9"
    "TE/hu6ddUtrGL+TBGi7ka2n6AHU1lyaU178IuPWMrCvQmh7CPCr04MhTzxmRczr9SJV4+d"
    "IwfLgQEl/7wZH3LsVzLhO8XSLyIP3RgFCuK3MluHD4+/C33ks2PNRS9UAkU4JLLi5NGDv5"
    "a8Fx9r/EkP2QntIe6JMR6XAhdBbii9h5jo9iGi4vnvsh2WeisUFil9D9L3UHVdZ9MyhL9D"
    "rStEhOmrbGw6uvvSv+1e/d4ET6+pT8ECOBx0b7nAwMSeOyL/vO+2v170+1/vmug/jq4+Tf"
    "h+xTfp3zqDfhN9xxYdkav+YNjr/9aExCKbuIfi/i2E4d0xlY8ZdpYoWZXZt66t8Py8iK3w"
    "/Dynm/x5HG2brx+1DM4BQQ0RPi1kzDrNMWadpnQ4DY7rdbakFfUO1Rpfriir1Qw67U73V1"
    "Bk/BnAEdFvd+7u4KIfv8Kvdj/3+gO4pj8SkIT5ZtTqXsOFqaIb8Peg80unPXTn+kOIldXY"
    "njyRL8nP7AafIZJafDR54W/b6PJJVdWxrLU65cVINxCLWDFX66GHIkZ9gyt1piSfY6Qy5r"
    "TSjA4OgjU4HaeVn3SVOb3H/M6KcXU/wWCE2ikm9WxRxR9fAz/1rqUUbFk0xfKQjXVAIMEu"
    "3/h9ZVEtZ0dLEkpLWlZNoFS4k1hfcQWOq3Ff8TKhyqa3JO5GZzswqP/0l1SsKzG/bCmLwN"
    "6estL4P1y/Atxut+7arcvO0Z/78qmteJDqVIuwKNurFvqVJUouhZ0pntsIPFue3yju20p3"
    "qZWcAxxqD36cyAOaUUNznU2Ekh8ZVi1sI1OxbChlDM4pPuVUf3Tcn/bJzUYRoxg69tw/iP"
    "Flz6cbkScMnqZ+y7FnZxCMDM43b07hWKJPmLB3CLxtbu6OThB/GcXA2kMDYaJaSxPcTcfQ"
    "G8B7DLQE4G/dEh4oCBGxXfefm+hjGvyXa8Erga9LTGpa+FmnDhsHs3MAsJico6AbHIRgiL"
    "iQ6bbKdkyJL9s3lZfzM70VJ9PWAlCki6MGLg7x31QGZkjl3vgaCIo7CH8OBwNGEf7lrt9L"
    "RzhME7co6KqN/o/v3WxrguHR36cOcY+viaMb/E3YCTz2H3sQ1wGjfHE9Lpk3omYDmCAurr"
    "uHURnlaEVR5V2qsvpRTAwo5a1IktZg39kbA4SQVd7IGaeWZs4qmzkNhdnj0gagKJX8yEp/"
    "ZG7vsnW8CFHKGrqLIG1O63NV0/vwD+Rr8/ao3I/NMbU1uR6llFyvCtdT9ljv7Vdc13QGoK"
    "/D9hipPEqrw+bk1y3jY3dm1Y8Y9F5p0/8WnuvAYC5q0Y+vsbL2/LA/xctBiXnEPbKrrwNs"
    "BMb3LCdKOO2lJoinxg5AfYy0HiGlwAq8FG131rqCRi0NW69Eq295BuKDPAWT+OzIj+avrH"
    "x3Wmj9FfKqjb3PoHBuszfe694sCqjNLOo8zpBCwnlkTbSY0TlS0J1rYEcPYGn/i4U1Tv3g"
    "ZlOlJjhv/gFFkqa8p6YkTEXuyIynymU8SS09m0GHqa8V0dJlZ4c9h/7JECkZIlUxSayxZo"
    "hUyr6yAYzrpwnE8Y3upVUKP3NVjBRJOdA9soXjlYpTrM4zDIdKzEI6fYY6PFAuGGK8giAx"
    "8MQgl3SCRTs+UUWA4AWUU37mjwPf/EIn7F16sectPCNVKE6PwWqsKnfi7za2iGKk1xYIfT"
    "xeYqEUmqspNMs4rxrEedW/FO/gEqqOiu1vRLq9X/vdNuectwWuw4QNF+QNb4epjMhIzYiS"
    "VZkHa0benZ4VQZqPyl7uZwm0+aKeZG1ZGZGNAUUNwh+2XYD08CoJrLGlXA5aV8Mm0ixlao"
    "/Ibad32e19biITE02E2t+2ulBKQNG1EWm3eu3OtSgboMJvNoyqVAkQWedEXZb5FsI0tfsa"
    "3hdA+H0mwO+TZUtsJS2qDqv6XDHS8Q1o4oZEl+jEI94W0NtqGp8D7GWn3b1pXR+ffmicxV"
    "rA+Zh/SIRPu5kl62RmhwllkEWVgyyCYkmviaVKnaKGRvo6MZ5//fNSiREBQTWyIuB5tcmK"
    "kI6xbOGhvo4xGb5aN64XCV+VhVDetje0mkzYWOVVGbUro3Yr6gQtFrWbsVdsAONyrvyK7R"
    "Mb8uTz10C9++vr/bvyDxTfHE/+Ctv9uPLvhBmgP50ynBr7GrnfyHPsewYFKoYWdPAPZ9j1"
    "rLsdD7y+ClNLBJ66E4qGBKauBr0Q+GqybPivA50D3BL/ekqVmQ3PnerQd6cRMIjCynGfva"
    "yussvqKituFDXaryiq7FVZ12h/VsRqf5Zttj+T5cZ36iGkwS5bFN8VRQ0B3oqTW9pvstGv"
    "l/0moYTtR8D65labu/SaNaXJWPEhuWKW37zI6/6k4xKF+1xJaEotUWQPE82kOrRp8novQU"
    "dDUaDOzxHy+zM10BM2BWFCytrMtCOS3pQJUZC1FjrD5evcedJ2yNj+73iTJfjbf10YKxsv"
    "VTaiUpqotmf+E99v2Ri7EE0NZY8PRSrbfcgubJcMzBDolBGdvfE1BHfzkrP0z+zXPyPb6u"
    "y8etbhhZMeeVGgR+U4cJSMIr3sXHd/7YgOVJ4YnOxBFZdU9xNJqtg2npt2Cp8y96Qwye7E"
    "lW3FN25aVuE6ocmfgMdZ6z8T1xTKGm34mxMGZSMMWQKxAuv6cK1PyaCx4JBap/xdjFaGZl"
    "eZ0741qZyVIkYljRQvx9GEzXavDaNxLY+d0IwHhnXROITYOqtSSYE4E7LN5GE+vWwm939y"
    "4QJc94NrpKza0yALP+rMxiJ2gFrCjt0e3PzAEF0Q1/LNGq6JG+oFeD1lvM4uafW3Nj5/6e"
    "Yv4YKqsv/LTiMUHCsl7S2nK7qVlvF2mPaRROuQgr1DcpuHJKys7geTxDg7RWZFIXNk8vWb"
    "NXJkwq9ZYt3HyGqgWO6kcQ40/Bi7J0MZBT5BWIv9ZteqvOzZUhUGyJ4tb0DRlpaz7LPmMO"
    "O4imRfyjYSb+PrltE+MiGtoja0zbWRiEZwxoJWShT8TwkfrQn2W6393+LQq7OjFEOjd6eR"
    "Z19UVmNeMipmw/Cy6U6a53ZpnvPKuJYxVYRIaqE2xwwV5+dFDBXn59mGCrgXi4nhH1UJhL"
    "3hNUT3tJAZ6DTHDHSaNANBSCNO84tlm0BDJLu3ge5HIt6YtXOvWSZ//j9uNcXg"
)
