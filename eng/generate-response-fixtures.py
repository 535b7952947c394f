#!/usr/bin/env python3
"""Writes tests/IWlz.Client.Tests/Fixtures/<TemplateId>.response.json for every shipped operation.

The fixtures are fictional GraphQL responses used to test deserialisation of the generated types.
They are generated from the project's own schemas and operations (src/IWlz.Client/Schemas) so that
they always match the selection, and so that the shape rules hold everywhere:
  - every list in the response has at least one element;
  - every nullable field is null in at least one place and set in at least one other, which is why
    root lists hold three records and nested lists two (a real register returns one record for
    these ID filters);
  - every BSN is from the 9999900xx test range and passes the 11-proef;
  - codes are plausible code-list values, names and addresses are obviously made up.
The output is deterministic. FixtureTests checks the result; review the diff before committing.

Needs graphql-core 3.2 (`pip install graphql-core`). Usage: python3 eng/generate-response-fixtures.py
"""
import datetime
import json
import os
import random
import sys

from graphql import (GraphQLEnumType, GraphQLList, GraphQLNonNull, GraphQLObjectType, GraphQLScalarType,
                     build_schema, parse)

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCHEMAS = os.path.join(ROOT, "src", "IWlz.Client", "Schemas")
OUT = os.path.join(ROOT, "tests", "IWlz.Client.Tests", "Fixtures")

BSNS = ["999990019", "999990032", "999990044", "999990056", "999990068", "999990081", "999990093", "999990111"]
UZOVI = ["9901", "9902", "9903"]
AGB = ["98000011", "98000022", "98000033", "98000044"]
SURNAMES = ["Voorbeeld", "Proefpersoon", "Denkbeeld", "Verzonnen", "Testmans"]
GIVEN = [("Anna Maria", "Anne", "A.M."), ("Jan Pieter", "Jan", "J.P."), ("Fatima", "Fatima", "F."), ("Willem", "Wim", "W.")]
STREETS = ["Voorbeeldstraat", "Fictieweg", "Denkbeeldlaan", "Proefplein"]
TOWNS = ["Voorbeeldstad", "Testdorp", "Verzinhuizen"]

# Code-list fields get small, plausible codes; free-text fields get readable text.
CODES = {
    "soortWlzindicatie": ["1", "2"], "meerzorg": ["N", "J"], "zzpCode": ["6VV", "4VG", "5LG"],
    "voorkeurClient": ["1", "2"], "financiering": ["1", "2"], "grondslag": ["01", "03", "05"],
    "categorie": ["1", "4"], "duur": ["1", "2"], "beperkingVraag": ["101", "102"], "beperkingScore": ["2", "3"],
    "diagnoseCodelijst": ["1", "2"], "diagnoseSubCodelijst": ["10", "11"], "ziektebeeldStoornis": ["0301", "0410"],
    "prognose": ["1", "2"], "stoornisVraag": ["201", "202"], "stoornisScore": ["1", "2"], "geheimeClient": ["N", "J"],
    "geboortedatumGebruik": ["00", "01"], "geboortedatumgebruik": ["00", "01"], "geslacht": ["1", "2"],
    "burgerlijkeStaat": ["1", "2"], "naamGebruik": ["1", "2"], "naamgebruik": ["1", "2"], "leefeenheid": ["1", "2"],
    "communicatieVorm": ["1", "2"], "communicatievorm": ["1", "2"], "soortRelatie": ["01", "02"], "rol": ["1", "2"],
    "relatie": ["02", "05"], "relatieNummer": ["1", "2"], "relatienummer": ["1", "2"], "adresSoort": ["01", "02"],
    "adressoort": ["01", "02"], "landCode": ["NL", "BE"], "land": ["NL", "BE"], "aanduidingWoonadres": ["BY", "TO"],
    "wzdVerklaring": ["1", "2"], "leveringsvorm": ["1", "2"], "opname": ["J", "N"], "redenIntrekking": ["01", "02"],
    "etmalen": ["7", "3"], "soortToewijzing": ["1", "2"], "regierol": ["1", "2"], "leveringsstatus": ["1", "2"],
    "leveringsstatusClassificatie": ["01", "02"], "beeindigingReden": ["01", "02"], "reden": ["01", "02"],
    "product": ["6VV", "4VG"], "toewijzingSoort": ["1", "2"], "eenheid": ["14", "16"], "frequentie": ["2", "4"],
    "doelmatig": ["J", "N"], "toeslagreden": ["01", "02"], "verantwoord": ["J", "N"], "regiehouder": ["J", "N"],
    "huisletter": ["A", "B"], "huisnummerToevoeging": ["bis", "2"], "huisnummertoevoeging": ["bis", "2"],
    "taal": ["Nederlands", "Engels"], "instellingVoorkeur": ["Zorgcentrum De Verzonnen Hof", "Woonzorg Denkbeeld"],
}
AGB_FIELDS = {"instelling", "instellingBestemming", "aanbieder", "aanbiederBestemming", "agbcodeHuisarts", "huisarts"}
UZOVI_FIELDS = {"initieelVerantwoordelijkZorgkantoor", "verantwoordelijkZorgkantoor", "uitvoerendZorgkantoor"}


class Generator:
    def __init__(self, seed):
        self.random = random.Random(seed)
        self.counters = {}
        self.sequence = 0

    def count(self, path):
        n = self.counters.get(path, 0)
        self.counters[path] = n + 1
        return n

    def uuid(self):
        b = bytearray(self.random.getrandbits(8) for _ in range(16))
        b[6] = (b[6] & 0x0F) | 0x40
        b[8] = (b[8] & 0x3F) | 0x80
        h = b.hex()
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"

    def pick(self, values):
        self.sequence += 1
        return values[self.sequence % len(values)]

    def date(self, name, siblings):
        lower = name.lower()
        if "geboorte" in lower:
            return datetime.date(1931 + self.random.randrange(40), 1 + self.random.randrange(12), 1 + self.random.randrange(28))
        start = siblings.setdefault("_start", datetime.date(2020 + self.random.randrange(4), 1 + self.random.randrange(12), 1 + self.random.randrange(28)))
        if "einddatum" in lower or lower in ("vervaldatum", "verhuisdatum"):
            return start + datetime.timedelta(days=365 + self.random.randrange(700))
        if lower in ("afgiftedatum", "verzoekdatum", "afsteldatum"):
            return start - datetime.timedelta(days=14 + self.random.randrange(30))
        if lower in ("sleuteldatum",):
            return start - datetime.timedelta(days=3)
        return start

    def scalar(self, type_name, name, siblings):
        if type_name == "UUID":
            return self.uuid()
        if type_name == "Date":
            return self.date(name, siblings).isoformat()
        if type_name == "DateTime":
            d = self.date("vaststelling", siblings)
            offset = self.pick(["+01:00", "+02:00", "Z"])
            return f"{d.isoformat()}T{8 + self.random.randrange(9):02d}:{self.random.randrange(60):02d}:{self.random.randrange(60):02d}.000{offset}"
        if type_name == "Int":
            return {"besluitnummer": 2024000 + self.random.randrange(9999), "huisnummer": 1 + self.random.randrange(180),
                    "percentage": self.pick([100, 50]), "pgbPercentage": self.pick([0, 40]),
                    "toewijzingPercentage": self.pick([100, 60])}.get(name, 1 + self.random.randrange(3))
        if type_name == "Float":
            return self.pick([4.5, 12.0, 2.25])
        if type_name == "Boolean":
            return self.pick([True, False])
        if type_name in ("String", "ID"):
            return self.text(name)
        raise ValueError(f"unknown scalar {type_name}")

    def text(self, name):
        if name.lower() == "bsn":
            return self.pick(BSNS)
        if name in UZOVI_FIELDS:
            return self.pick(UZOVI)
        if name in AGB_FIELDS:
            return self.pick(AGB)
        if name in CODES:
            return self.pick(CODES[name])
        if name in ("geslachtsnaam", "partnernaam"):
            return self.pick(SURNAMES)
        if name.startswith("voorvoegsel"):
            return self.pick(["van", "de", "van der"])
        if name == "voornamen":
            return self.pick(GIVEN)[0]
        if name == "roepnaam":
            return self.pick(GIVEN)[1]
        if name == "voorletters":
            return self.pick(GIVEN)[2]
        if name == "straatnaam":
            return self.pick(STREETS)
        if name == "plaatsnaam":
            return self.pick(TOWNS)
        if name == "postcode":
            return self.pick(["1234AB", "9999ZZ", "5678CD"])
        if name == "emailadres":
            return self.pick(["a.voorbeeld@example.org", "contact@voorbeeld.example", "j.proefpersoon@example.net"])
        if name.startswith("telefoonnummer"):
            return self.pick(["0612345678", "0201234567", "0301234567"])
        if name.startswith("landnummer"):
            return self.pick(["0031", "0032"])
        if name == "commentaar":
            return self.pick(["Fictieve testgegevens.", "Voorbeeldtekst zonder betekenis."])
        raise ValueError(f"no value rule for String field {name}")

    def value(self, gtype, name, selection, path, siblings, element=False):
        nullable = not isinstance(gtype, GraphQLNonNull)
        inner = gtype if nullable else gtype.of_type
        if nullable and not element:  # list elements are never null: registers do not send null elements
            n = self.count(path)
            structured = isinstance(inner, GraphQLList) or isinstance(inner, GraphQLObjectType)
            if (structured and n % 3 == 1) or (not structured and n % 2 == 1):
                return None
        if isinstance(inner, GraphQLList):
            size = 3 if path.count(".") == 1 else 2  # root fields have the path ".name"
            return [self.value(inner.of_type, name, selection, path + "[]", {}, element=True) for _ in range(size)]
        if isinstance(inner, GraphQLObjectType):
            return self.object(inner, selection, path)
        if isinstance(inner, GraphQLEnumType):
            return self.pick(list(inner.values))
        if isinstance(inner, GraphQLScalarType):
            return self.scalar(inner.name, name, siblings)
        raise ValueError(f"unsupported type {inner}")

    def object(self, otype, selection, path):
        result = {}
        siblings = {}
        for field in selection.selections:
            name = field.name.value
            if name in result:
                continue  # a field selected twice (QBR-0008-ZKn) appears once in the response
            ftype = otype.fields[name].type
            result[name] = self.value(ftype, name, field.selection_set, f"{path}.{name}", siblings)
        return result


def main():
    written = 0
    for client in sorted(os.listdir(SCHEMAS)):
        schema = build_schema(open(os.path.join(SCHEMAS, client, "schema.graphql"), encoding="utf-8").read())
        operations = os.path.join(SCHEMAS, client, "operations")
        for file in sorted(os.listdir(operations)):
            template_id = file[: -len(".graphql")]
            operation = parse(open(os.path.join(operations, file), encoding="utf-8").read()).definitions[0]
            root_type = schema.mutation_type if operation.operation.value == "mutation" else schema.query_type
            generator = Generator(template_id)
            data = generator.object(root_type, operation.selection_set, "")
            path = os.path.join(OUT, f"{template_id}.response.json")
            with open(path, "w", encoding="utf-8", newline="\n") as f:
                json.dump({"data": data}, f, indent=2, ensure_ascii=False)
                f.write("\n")
            written += 1
    print(f"wrote {written} fixtures to {os.path.relpath(OUT, ROOT)}")


if __name__ == "__main__":
    sys.exit(main())
