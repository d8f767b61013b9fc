from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True

# The audit log and the consent ledger are append-only in the database itself, so not even raw SQL can rewrite it.
# PostgreSQL lets a retention purge delete rows by setting `crm.purge` to 'on' in its
# transaction; an UPDATE is refused always.
UPGRADE = {
    "sqlite": """
CREATE TRIGGER "audit_log_no_update" BEFORE UPDATE ON "audit_log"
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER "audit_log_no_delete" BEFORE DELETE ON "audit_log"
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER "consent_events_no_update" BEFORE UPDATE ON "consent_events"
BEGIN SELECT RAISE(ABORT, 'consent_events is append-only'); END;
CREATE TRIGGER "consent_events_no_delete" BEFORE DELETE ON "consent_events"
BEGIN SELECT RAISE(ABORT, 'consent_events is append-only'); END;
""",
    "postgres": """
CREATE OR REPLACE FUNCTION crm_append_only() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'DELETE' AND current_setting('crm.purge', true) = 'on' THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = 'restrict_violation';
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON "audit_log"
    FOR EACH ROW EXECUTE FUNCTION crm_append_only();
CREATE TRIGGER consent_events_append_only BEFORE UPDATE OR DELETE ON "consent_events"
    FOR EACH ROW EXECUTE FUNCTION crm_append_only();
""",
}

DOWNGRADE = {
    "sqlite": """
DROP TRIGGER IF EXISTS "audit_log_no_update";
DROP TRIGGER IF EXISTS "audit_log_no_delete";
DROP TRIGGER IF EXISTS "consent_events_no_update";
DROP TRIGGER IF EXISTS "consent_events_no_delete";
""",
    "postgres": """
DROP TRIGGER IF EXISTS audit_log_append_only ON "audit_log";
DROP TRIGGER IF EXISTS consent_events_append_only ON "consent_events";
DROP FUNCTION IF EXISTS crm_append_only();
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
