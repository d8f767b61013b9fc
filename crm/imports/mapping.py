"""Which CSV column feeds which contact field.

A mapping is `{header: target}`. Targets are `email`, the profile fields (`first_name`,
`address_line1`, `country`, ...), `tags` (a cell listing tags, split on `,` or `;`),
`updated_at` (when the row's data was current, for the precedence rule), `custom.<key>` for a
defined custom field, `external.<provider>` for an id in another system, or `""` to skip the
column. Columns the caller does not name are guessed from common header names in several
languages ("E-Mail-Adresse", "Vorname", "Prénom", "Zip"); a column nobody recognises is skipped.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from crm.contacts.precedence import PROFILE_FIELDS
from crm.errors import Invalid
from crm.models import FieldDefinition

SKIP = ""
EMAIL = "email"
TAGS = "tags"
UPDATED_AT = "updated_at"
CUSTOM = "custom."
EXTERNAL = "external."
TARGETS = (EMAIL, *PROFILE_FIELDS, TAGS, UPDATED_AT)
REPEATABLE = frozenset({TAGS})  # the only target several columns may feed
_PROVIDER = re.compile(r"^[a-z][a-z0-9_]{1,31}$")

# Header names as `_fold` leaves them (lower case, letters and digits only, accents dropped).
_GUESSES: dict[str, tuple[str, ...]] = {
    EMAIL: (
        "email",
        "emailaddress",
        "mail",
        "mailaddress",
        "emailadresse",
        "mailadresse",
        "adresseemail",
        "courriel",
        "correo",
        "correoelectronico",
        "epost",
        "epostadress",
    ),
    "first_name": (
        "firstname",
        "first",
        "givenname",
        "forename",
        "vorname",
        "prenom",
        "nombre",
        "fornamn",
        "voornaam",
        "nome",
    ),
    "last_name": (
        "lastname",
        "last",
        "surname",
        "familyname",
        "nachname",
        "familienname",
        "nom",
        "nomdefamille",
        "apellido",
        "apellidos",
        "efternamn",
        "achternaam",
        "cognome",
    ),
    "phone": (
        "phone",
        "phonenumber",
        "telephone",
        "tel",
        "mobile",
        "mobilephone",
        "mobilenumber",
        "cell",
        "cellphone",
        "telefon",
        "telefonnummer",
        "handy",
        "mobil",
        "telefono",
    ),
    "company": (
        "company",
        "companyname",
        "organization",
        "organisation",
        "firma",
        "unternehmen",
        "foretag",
        "empresa",
        "societe",
        "entreprise",
    ),
    "address_line1": (
        "address",
        "address1",
        "addressline1",
        "street",
        "streetaddress",
        "strasse",
        "adresse",
        "adress",
        "gatuadress",
        "direccion",
    ),
    "address_line2": ("address2", "addressline2", "street2", "adresszusatz"),
    "city": ("city", "town", "stadt", "ort", "ville", "ciudad", "stad", "postort"),
    "region": ("region", "state", "province", "county", "bundesland", "stateprovince", "provincia"),
    "postal_code": (
        "zip",
        "zipcode",
        "postcode",
        "postalcode",
        "plz",
        "postleitzahl",
        "codepostal",
        "postnummer",
        "codigopostal",
    ),
    "country": ("country", "countrycode", "land", "pays", "pais"),
    "locale": ("locale", "language", "lang", "sprache", "langue"),
    "timezone": ("timezone", "tz", "zeitzone"),
    TAGS: ("tags", "tag", "labels", "schlagworte"),
    UPDATED_AT: ("updatedat", "updated", "lastupdated", "modified", "lastmodified", "modifiedat"),
}
_GUESS = {name: target for target, names in _GUESSES.items() for name in names}


@dataclass(frozen=True)
class Column:
    index: int  # position in the record
    header: str
    target: str


@dataclass(frozen=True)
class Mapping:
    """Every column of the header in file order, a skipped one with the target `""`."""

    columns: tuple[Column, ...]

    def as_dict(self) -> dict[str, str]:
        """`{header: target}`, as a job stores and shows it (and runs it again after a crash)."""
        return {c.header: c.target for c in self.columns}


def _fold(header: str) -> str:
    decomposed = unicodedata.normalize("NFKD", header.casefold())
    return "".join(ch for ch in decomposed if ch.isascii() and ch.isalnum())


def guess(header: str, definitions: Iterable[FieldDefinition] = ()) -> str:
    """The target a header most likely means, or `""` when it is not recognised."""
    folded = _fold(header)
    if folded in _GUESS:
        return _GUESS[folded]
    for definition in definitions:
        if folded in (_fold(definition.key), _fold(definition.label)):
            return CUSTOM + definition.key
    return SKIP


def check_target(target: str, definitions: dict[str, FieldDefinition], *, where: str) -> str:
    """`target` if the import can write it; Invalid naming `where` otherwise."""
    if target == SKIP or target in TARGETS:
        return target
    if target.startswith(CUSTOM):
        key = target.removeprefix(CUSTOM)
        if key not in definitions:
            raise Invalid(f"no custom field named {key!r} is defined", field=where)
        return target
    if target.startswith(EXTERNAL):
        if not _PROVIDER.match(target.removeprefix(EXTERNAL)):
            raise Invalid("a provider is lower-case letters, digits and _", field=where)
        return target
    raise Invalid(
        f"unknown target {target!r}: use one of {', '.join(TARGETS)}, custom.<key>, "
        'external.<provider>, or "" to skip the column',
        field=where,
    )


def resolve(
    header: list[str], explicit: dict[str, str], definitions: dict[str, FieldDefinition]
) -> Mapping:
    """The mapping for a file with this header: `explicit` first, guesses for the rest.

    Invalid (naming `mapping.<header>`) for a target that does not exist, a header not in the
    file, or two columns feeding one field; Invalid (`mapping`) when no column holds the email.
    """
    names = [cell.strip() for cell in header]
    for name, target in explicit.items():
        where = f"mapping.{name}"
        check_target(target.strip(), definitions, where=where)
        if name.strip() not in names:
            raise Invalid(f"the file has no column named {name!r}", field=where)
    given = {name.strip(): target.strip() for name, target in explicit.items()}
    claimed = {t for t in given.values() if t not in REPEATABLE}
    columns: list[Column] = []
    fed: dict[str, str] = {}
    for index, name in enumerate(names):
        if name in given:
            target = given[name]
        else:
            target = guess(name, definitions.values())
            # A guess never takes a field the caller mapped, nor one an earlier column took
            # ("Email" and "E-mail"): the column is skipped instead.
            if target in claimed or (target in fed and target not in REPEATABLE):
                target = SKIP
        if target != SKIP and target in fed and target not in REPEATABLE:
            raise Invalid(
                f"columns {fed[target]!r} and {name!r} both feed {target}", field=f"mapping.{name}"
            )
        if target != SKIP:
            fed.setdefault(target, name)
        columns.append(Column(index, name, target))
    if EMAIL not in fed:
        raise Invalid(
            'no column holds the email address: map one, e.g. {"Mail": "email"}', field="mapping"
        )
    return Mapping(tuple(columns))


def parse_pairs(pairs: Iterable[str]) -> dict[str, str]:
    """`["E-Mail=email", "Notes="]` (the CLI's `--map`) as a mapping."""
    mapping = {}
    for pair in pairs:
        header, sep, target = pair.partition("=")
        if not sep or not header.strip():
            raise Invalid(f"write a mapping as Header=field, not {pair!r}", field="mapping")
        mapping[header.strip()] = target.strip()
    return mapping
