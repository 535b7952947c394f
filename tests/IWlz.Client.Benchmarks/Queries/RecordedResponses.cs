using System.Text;
using System.Text.Json;
using IWlz.Client.Privacy;

namespace IWlz.Client.Benchmarks.Queries;

/// <summary>
/// The answers the stub replays, made once per setup from a fixed seed, so every run sends the same bytes.
/// All data is fictional; every BSN passes the 11-proef (checked with <see cref="Bsn.IsValid"/>).
/// </summary>
internal static class RecordedResponses
{
    internal const string Instelling = "98000044";
    internal const string Uzovi = "5555";

    private static readonly string[] Achternamen = ["Jansen", "de Vries", "van den Berg", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "Bos"];
    private static readonly string[] Voornamen = ["Anna", "Bram", "Cor", "Daan", "Eva", "Fenna", "Gijs", "Hanna", "Ilse", "Joris"];
    private static readonly string[] Plaatsen = ["Utrecht", "Zwolle", "Groningen", "Tilburg", "Delft", "Leiden", "Arnhem", "Breda"];

    /// <summary>QBR-0001-ZA: one bemiddelingspecificatie with its bemiddeling and client.</summary>
    internal static (byte[] Body, Guid Id) Qbr0001(int seed = 1)
    {
        var random = new Random(seed);
        var id = NextGuid(random);
        var data = new QbrData
        {
            Bemiddelingspecificatie =
            [
                new Bemiddelingspecificatie
                {
                    BemiddelingspecificatieID = id,
                    Leveringsvorm = "ZIN",
                    ZzpCode = "5VV",
                    ToewijzingIngangsdatum = new DateOnly(2025, 3, 1),
                    ToewijzingEinddatum = null,
                    Instelling = Instelling,
                    UitvoerendZorgkantoor = Uzovi,
                    VaststellingMoment = new DateTimeOffset(2025, 2, 20, 10, 15, 0, TimeSpan.FromHours(1)),
                    Percentage = 100,
                    Opname = "JA",
                    RedenIntrekking = null,
                    Etmalen = null,
                    InstellingBestemming = null,
                    SoortToewijzing = "TOEWIJZING",
                    Bemiddeling = new Bemiddeling
                    {
                        BemiddelingID = NextGuid(random),
                        WlzIndicatieID = NextGuid(random),
                        VerantwoordelijkZorgkantoor = Uzovi,
                        VerantwoordelijkheidIngangsdatum = new DateOnly(2025, 1, 15),
                        Client = new BemiddelingClient { Bsn = NextBsn(random), ClientID = NextGuid(random), Taal = "NLD", Communicatievorm = "SCHRIFTELIJK", Huisarts = "01123456", Leefeenheid = "ALLEENSTAAND" },
                    },
                },
            ],
        };
        return (Envelope(JsonSerializer.SerializeToUtf8Bytes(data, BaselineJsonContext.Default.QbrData)), id);
    }

    /// <summary>QIR-0001-ZKi: <paramref name="count"/> complete WlzIndicaties, each with client, contact persons and contact data.</summary>
    internal static (byte[] Body, Guid Id) Qir0001(int count, int seed = 2)
    {
        var random = new Random(seed);
        var id = NextGuid(random);
        var data = new QirData();
        for (var i = 0; i < count; i++)
        {
            data.WlzIndicatie.Add(Indicatie(random, i == 0 ? id : NextGuid(random), i));
        }

        return (Envelope(JsonSerializer.SerializeToUtf8Bytes(data, BaselineJsonContext.Default.QirData)), id);
    }

    /// <summary>The PEP's refusal of a query: HTTP 403 with a GraphQL error, as the policy decision point words it.</summary>
    internal static byte[] AccessDenied() => Encoding.UTF8.GetBytes(
        """{"errors":[{"message":"bemiddelingspecificatie: Policy: Access Denied","locations":[{"line":1,"column":97}],"path":["bemiddelingspecificatie"],"extensions":{"code":"FORBIDDEN"}}],"data":null}""");

    private static WlzIndicatie Indicatie(Random random, Guid id, int index)
    {
        var start = new DateOnly(2024, 1, 1).AddDays(random.Next(0, 400));
        return new WlzIndicatie
        {
            WlzindicatieID = id,
            Bsn = NextBsn(random),
            Besluitnummer = 100_000 + index,
            SoortWlzindicatie = "VV",
            Afgiftedatum = start.AddDays(-14),
            Ingangsdatum = start,
            Einddatum = null,
            Meerzorg = index % 3 == 0 ? "JA" : null,
            InitieelVerantwoordelijkZorgkantoor = Uzovi,
            Vervaldatum = null,
            Commentaar = "Fictieve indicatie voor de benchmark.",
            Grondslag =
            [
                new Grondslag { GrondslagID = NextGuid(random), Waarde = "SOM", Volgorde = 1 },
                new Grondslag { GrondslagID = NextGuid(random), Waarde = "PG", Volgorde = 2 },
            ],
            GeindiceerdZorgzwaartepakket =
            [
                new GeindiceerdZorgzwaartepakket { GeindiceerdZorgzwaartepakketID = NextGuid(random), ZzpCode = "6VV", Ingangsdatum = start, VoorkeurClient = "ZIN", InstellingVoorkeur = Instelling, Financiering = "ZIN" },
            ],
            Beperking = [Beperking(random, "MOBILITEIT"), Beperking(random, "ZELFZORG")],
            Stoornis =
            [
                new Stoornis { StoornisID = NextGuid(random), Grondslag = "SOM", DiagnoseCodelijst = "ICD10", DiagnoseSubCodelijst = "G30", ZiektebeeldStoornis = "DEMENTIE", Prognose = "BLIJVEND" },
                new Stoornis { StoornisID = NextGuid(random), Grondslag = "PG", DiagnoseCodelijst = "ICD10", ZiektebeeldStoornis = "ORIENTATIE" },
            ],
            StoornisScore =
            [
                new StoornisScore { StoornisScoreID = NextGuid(random), StoornisVraag = "GEHEUGEN", Score = "3" },
                new StoornisScore { StoornisScoreID = NextGuid(random), StoornisVraag = "ORIENTATIE", Score = "2" },
                new StoornisScore { StoornisScoreID = NextGuid(random), StoornisVraag = "STEMMING", Score = "1", Commentaar = "Wisselend." },
            ],
            Wzd = new Wzd { WzdID = NextGuid(random), WzdVerklaring = "RM", Ingangsdatum = start },
            Client = Client(random, start),
        };
    }

    private static Beperking Beperking(Random random, string categorie) => new()
    {
        BeperkingID = NextGuid(random),
        Categorie = categorie,
        Duur = "BLIJVEND",
        BeperkingScore =
        [
            new BeperkingScore { BeperkingScoreID = NextGuid(random), BeperkingVraag = categorie + "_1", Score = "2" },
            new BeperkingScore { BeperkingScoreID = NextGuid(random), BeperkingVraag = categorie + "_2", Score = "3" },
            new BeperkingScore { BeperkingScoreID = NextGuid(random), BeperkingVraag = categorie + "_3", Score = "1" },
        ],
    };

    private static IndicatieClient Client(Random random, DateOnly start)
    {
        var achternaam = Achternamen[random.Next(Achternamen.Length)];
        var voornaam = Voornamen[random.Next(Voornamen.Length)];
        return new IndicatieClient
        {
            ClientID = NextGuid(random),
            Bsn = NextBsn(random),
            GeheimeClient = "NEE",
            GeboorteDatum = new DateOnly(1930 + random.Next(0, 30), 1 + random.Next(0, 12), 1 + random.Next(0, 28)),
            GeboortedatumGebruik = "VOLLEDIG",
            Geslacht = random.Next(2) == 0 ? "V" : "M",
            BurgerlijkeStaat = "WEDUWE",
            Geslachtsnaam = achternaam,
            Voornamen = voornaam,
            Roepnaam = voornaam,
            Voorletters = voornaam[..1] + ".",
            NaamGebruik = "EIGEN",
            Leefeenheid = "ALLEENSTAAND",
            AgbcodeHuisarts = "01123456",
            CommunicatieVorm = "SCHRIFTELIJK",
            Taal = "NLD",
            ContactGegevens = [ContactGegevens(random, start, "WOONADRES")],
            ContactPersoon = [ContactPersoon(random, start, 1), ContactPersoon(random, start, 2)],
        };
    }

    private static ContactPersoon ContactPersoon(Random random, DateOnly start, int volgorde)
    {
        var voornaam = Voornamen[random.Next(Voornamen.Length)];
        return new ContactPersoon
        {
            ContactPersoonID = NextGuid(random),
            RelatieNummer = volgorde.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Volgorde = volgorde,
            SoortRelatie = "FAMILIE",
            Rol = volgorde == 1 ? "EERSTE_CONTACTPERSOON" : "TWEEDE_CONTACTPERSOON",
            Relatie = "KIND",
            Voornamen = voornaam,
            Roepnaam = voornaam,
            Voorletters = voornaam[..1] + ".",
            Geslachtsnaam = Achternamen[random.Next(Achternamen.Length)],
            NaamGebruik = "EIGEN",
            Geslacht = "V",
            Ingangsdatum = start,
            ContactGegevens = [ContactGegevens(random, start, "CORRESPONDENTIEADRES")],
        };
    }

    private static ContactGegevens ContactGegevens(Random random, DateOnly start, string adresSoort) => new()
    {
        ContactGegevensID = NextGuid(random),
        Adres = new Adres
        {
            AdresID = NextGuid(random),
            AdresSoort = adresSoort,
            Straatnaam = "Dorpsstraat",
            Huisnummer = 1 + random.Next(0, 200),
            Postcode = $"{1000 + random.Next(0, 8999)}AB",
            Plaatsnaam = Plaatsen[random.Next(Plaatsen.Length)],
            LandCode = "NL",
            AanduidingWoonadres = null,
            Ingangsdatum = start,
        },
        Email = new Email { EmailID = NextGuid(random), Emailadres = "contact@voorbeeld.invalid", Ingangsdatum = start },
        Telefoon = new Telefoon { TelefoonID = NextGuid(random), Telefoonnummer = "0612345678", Landnummer = "0031", Ingangsdatum = start },
    };

    private static byte[] Envelope(byte[] data)
    {
        var body = new byte[data.Length + 9];
        "{\"data\":"u8.CopyTo(body);
        data.CopyTo(body, 8);
        body[^1] = (byte)'}';
        return body;
    }

    private static Guid NextGuid(Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }

    /// <summary>A nine-digit number that passes the 11-proef, drawn from the fictional range 9xx xxx xxx.</summary>
    private static string NextBsn(Random random)
    {
        while (true)
        {
            var candidate = (900_000_000 + random.Next(0, 99_999_999)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (Bsn.IsValid(candidate))
            {
                return candidate;
            }
        }
    }
}
