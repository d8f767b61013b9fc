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
