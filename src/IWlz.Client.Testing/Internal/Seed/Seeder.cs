using IWlz.Client.Testing.Data.Bemiddelingsregister;
using IWlz.Client.Testing.Data.Indicatieregister;
using IWlz.Client.Testing.Data.Leveringsregister;
using IWlz.Client.Testing.Internal.Data;
using IWlz.Client.Testing.Internal.Hosting;
using IWlz.Client.Testing.Parties;
using Br = IWlz.Client.Testing.Data.Bemiddelingsregister;
using Ir = IWlz.Client.Testing.Data.Indicatieregister;

namespace IWlz.Client.Testing.Internal.Seed;

/// <summary>
/// Fills a simulator with a small, deterministic, obviously fictional network: the CIZ, two
/// zorgkantoren, three zorgaanbieders and six clients with indicaties, bemiddelingen (current and
/// ended specificaties, regiehouders, contact data, one overdracht) and a little Leveringsregister data.
/// </summary>
internal sealed class Seeder
{
    public const string CizKvk = "62253778";
    public static readonly string[] Zorgkantoren = ["5555", "5556"];
    public static readonly string[] Zorgaanbieders = ["99000011", "99000022", "99000033"];

    private static readonly string[] Surnames = ["Proefpersoon", "Testhuis", "Voorbeeldhof", "Fictiefveld", "Namaakdijk", "Oefenbeek"];
    private static readonly string[] FirstNames = ["Anna Testje", "Bram Proef", "Cato Demo", "Daan Oefen", "Eva Nepper", "Fer Schijn"];
    private static readonly string[] ZzpCodes = ["4VV", "5VV", "6VV", "7VV", "8VV"];

    private readonly Random random;
    private readonly DateOnly today;
    private readonly HashSet<string> bsns = new(StringComparer.Ordinal);

    public Seeder(int seed, DateOnly referenceDate)
    {
        random = new Random(seed);
        today = referenceDate;
    }

    public static void AddParties(PartyDirectory parties)
    {
        parties.GetOrAdd(PartyRole.Ciz, CizKvk, "CIZ (simulated)");
        parties.GetOrAdd(PartyRole.Zorgkantoor, Zorgkantoren[0], "Zorgkantoor Testregio Noord");
        parties.GetOrAdd(PartyRole.Zorgkantoor, Zorgkantoren[1], "Zorgkantoor Testregio Zuid");
        parties.GetOrAdd(PartyRole.Zorgaanbieder, Zorgaanbieders[0], "Zorgaanbieder De Proeftuin");
        parties.GetOrAdd(PartyRole.Zorgaanbieder, Zorgaanbieders[1], "Zorggroep Voorbeeldhof");
        parties.GetOrAdd(PartyRole.Zorgaanbieder, Zorgaanbieders[2], "Thuiszorg Fictief");
    }

    public void Fill(DataStore store)
    {
        for (var i = 0; i < 6; i++)
        {
            AddClient(store, i);
        }
    }

    /// <summary>A BSN that passes the 11-proef: 9·d1 + 8·d2 + … + 2·d8 − d9 is a positive multiple of 11.</summary>
    public string NextBsn()
    {
        while (true)
        {
            var digits = new int[9];
            var sum = 0;
            digits[0] = random.Next(1, 10);
            for (var i = 0; i < 8; i++)
            {
                if (i > 0)
                {
                    digits[i] = random.Next(0, 10);
                }

                sum += (9 - i) * digits[i];
            }

            var last = sum % 11;
            if (last == 10)
            {
                continue;
            }

            digits[8] = last;
            var bsn = string.Concat(digits);
            if (bsns.Add(bsn))
            {
                return bsn;
            }
        }
    }

    private Guid NextId()
    {
        var bytes = new byte[16];
        random.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40); // version 4
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80); // RFC 4122 variant
        return new Guid(bytes);
    }

    private DateTimeOffset Moment(DateOnly date) =>
        new(date.ToDateTime(new TimeOnly(9 + random.Next(0, 8), random.Next(0, 60), 0)), TimeSpan.Zero);

    private void AddClient(DataStore store, int i)
    {
        var zk = Zorgkantoren[i % 2];
        var otherZk = Zorgkantoren[(i + 1) % 2];
        var za = Zorgaanbieders[i % 3];
        var otherZa = Zorgaanbieders[(i + 1) % 3];
        var bsn = NextBsn();
        var surname = Surnames[i];
        var firstNames = FirstNames[i];
        var birth = today.AddYears(-(72 + (i * 3))).AddDays(-random.Next(0, 300));
        var afgifte = today.AddDays(-420 - (i * 15));
        var indicatieId = NextId();
        var irClientId = NextId();

        store.Upsert(new WlzIndicatieRecord
        {
            WlzindicatieID = indicatieId,
            Bsn = bsn,
            Besluitnummer = 240000 + random.Next(1000, 9999),
            SoortWlzindicatie = "1",
            Afgiftedatum = afgifte,
            Ingangsdatum = afgifte.AddDays(7),
            Meerzorg = i == 3 ? "J" : "N",
            InitieelVerantwoordelijkZorgkantoor = zk,
            Grondslag = [new GrondslagRecord { GrondslagID = NextId(), Grondslag = i % 2 == 0 ? "SOM" : "PG", Volgorde = 1 }],
            GeindiceerdZorgzwaartepakket =
            [
                new GeindiceerdZorgzwaartepakketRecord
                {
                    GeindiceerdZorgzwaartepakketID = NextId(),
                    ZzpCode = ZzpCodes[i % ZzpCodes.Length],
                    Ingangsdatum = afgifte.AddDays(7),
                    Financiering = "1",
                    VoorkeurClient = "1",
                },
            ],
            Beperking =
            [
                new BeperkingRecord
                {
                    BeperkingID = NextId(),
                    Categorie = "01",
                    Duur = "2",
                    BeperkingScore = [new BeperkingScoreRecord { BeperkingScoreID = NextId(), BeperkingVraag = "01", BeperkingScore = "2" }],
                },
            ],
            Stoornis = [new StoornisRecord { StoornisID = NextId(), Grondslag = "SOM", DiagnoseCodelijst = "01", ZiektebeeldStoornis = "1101", Prognose = "1" }],
            StoornisScore = [new StoornisScoreRecord { StoornisScoreID = NextId(), StoornisVraag = "01", StoornisScore = "1" }],
            Wzd = i == 2 ? new WzdRecord { WzdID = NextId(), WzdVerklaring = "1", Ingangsdatum = afgifte.AddDays(7) } : null,
            Client = new Ir.ClientRecord
            {
                ClientID = irClientId,
                Bsn = bsn,
                GeheimeClient = "N",
                GeboorteDatum = birth,
                Geslacht = i % 2 == 0 ? "2" : "1",
                Geslachtsnaam = surname,
                Voornamen = firstNames,
                Voorletters = string.Concat(firstNames.Split(' ').Select(n => n[0] + ".")),
                NaamGebruik = "1",
                Taal = "NL",
                ContactGegevens =
                [
                    new ContactGegevensRecord
                    {
                        ContactGegevensID = NextId(),
                        Adres = new AdresRecord
                        {
                            AdresID = NextId(),
                            AdresSoort = "01",
                            Straatnaam = "Proefstraat",
                            Huisnummer = 10 + i,
                            Postcode = "9999 ZZ",
                            Plaatsnaam = "Testdorp",
                            LandCode = "NL",
                            Ingangsdatum = afgifte.AddYears(-3),
                        },
                        Telefoon = new TelefoonRecord { TelefoonID = NextId(), Telefoonnummer = $"0999-00000{i}", Ingangsdatum = afgifte.AddYears(-3) },
                    },
                ],
                ContactPersoon =
                [
                    new Ir.ContactPersoonRecord
                    {
                        ContactPersoonID = NextId(),
                        RelatieNummer = "1",
                        Volgorde = 1,
                        SoortRelatie = "01",
                        Rol = "1",
                        Relatie = "02",
                        Geslachtsnaam = surname,
                        Voornamen = "Contact Proef",
                        Ingangsdatum = afgifte.AddYears(-1),
                        ContactGegevens =
                        [
                            new ContactGegevensRecord
                            {
                                ContactGegevensID = NextId(),
                                Email = new EmailRecord { EmailID = NextId(), Emailadres = $"contact{i}@voorbeeld.invalid", Ingangsdatum = afgifte.AddYears(-1) },
                            },
                        ],
                    },
                ],
            },
        });

        // Bemiddelingsregister of the responsible zorgkantoor.
        var clientId = NextId();
        store.Upsert(new Br.ClientRecord { ClientID = clientId, Bsn = bsn, Leefeenheid = "1", Huisarts = "01999999", Communicatievorm = "01", Taal = "NL" });
        var bemiddelingId = NextId();
        store.Upsert(new BemiddelingRecord
        {
            BemiddelingID = bemiddelingId,
            ClientID = clientId,
            WlzIndicatieID = indicatieId,
            VerantwoordelijkZorgkantoor = zk,
            VerantwoordelijkheidIngangsdatum = afgifte.AddDays(7),
        });

        var currentStart = today.AddDays(-200 + (i * 3));
        var current = new BemiddelingspecificatieRecord
        {
            BemiddelingspecificatieID = NextId(),
            BemiddelingID = bemiddelingId,
            Leveringsvorm = "1",
            ZzpCode = ZzpCodes[i % ZzpCodes.Length],
            ToewijzingIngangsdatum = currentStart,
            Instelling = za,
            UitvoerendZorgkantoor = i == 4 ? otherZk : zk,
            VaststellingMoment = Moment(currentStart.AddDays(-5)),
            Percentage = 100,
            PgbPercentage = i == 1 ? 40 : null,
            Opname = "J",
            Etmalen = "7",
            SoortToewijzing = "01",
        };
        store.Upsert(current);
        var endedEnd = today.AddDays(-210 - (i * 7));
        var ended = new BemiddelingspecificatieRecord
        {
            BemiddelingspecificatieID = NextId(),
            BemiddelingID = bemiddelingId,
            Leveringsvorm = "2",
            ZzpCode = ZzpCodes[(i + 1) % ZzpCodes.Length],
            ToewijzingIngangsdatum = endedEnd.AddDays(-300),
            ToewijzingEinddatum = endedEnd,
            Instelling = otherZa,
            UitvoerendZorgkantoor = zk,
            VaststellingMoment = Moment(endedEnd.AddDays(-305)),
            Percentage = 100,
            RedenIntrekking = "01",
            SoortToewijzing = "01",
        };
        store.Upsert(ended);
        store.Upsert(new RegiehouderRecord { RegiehouderID = NextId(), BemiddelingID = bemiddelingId, Instelling = za, Ingangsdatum = currentStart, Regierol = "01" });
        store.Upsert(new RegiehouderRecord { RegiehouderID = NextId(), BemiddelingID = bemiddelingId, Instelling = otherZa, Ingangsdatum = ended.ToewijzingIngangsdatum, Einddatum = endedEnd, Regierol = "01" });

        store.Upsert(Address(new ClientContactgegevensRecord { ClientContactgegevensID = NextId(), ClientID = clientId, Adressoort = "01", Ingangsdatum = afgifte.AddYears(-3) }, i, "Proefstraat"));
        store.Upsert(Address(new ClientContactgegevensRecord { ClientContactgegevensID = NextId(), ClientID = clientId, Adressoort = "01", Ingangsdatum = afgifte.AddYears(-8), Einddatum = afgifte.AddYears(-3).AddDays(-1) }, i, "Oudelaan"));
        var contactpersoonId = NextId();
        store.Upsert(new ContactpersoonRecord
        {
            ContactpersoonID = contactpersoonId,
            ClientID = clientId,
            Relatienummer = "1",
            Volgorde = 1,
            SoortRelatie = "01",
            Rol = "1",
            Relatie = "02",
            Geslachtsnaam = surname,
            Voornamen = "Contact Proef",
            Geslacht = "1",
            Ingangsdatum = afgifte.AddYears(-1),
        });
        store.Upsert(new ContactpersoonContactgegevensRecord
        {
            ContactpersoonContactgegevensID = NextId(),
            ContactpersoonID = contactpersoonId,
            Adressoort = "02",
            Emailadres = $"contact{i}@voorbeeld.invalid",
            Ingangsdatum = afgifte.AddYears(-1),
        });

        if (i == 5)
        {
            var overdrachtId = NextId();
            store.Upsert(new OverdrachtRecord
            {
                OverdrachtID = overdrachtId,
                BemiddelingID = bemiddelingId,
                VerantwoordelijkZorgkantoor = otherZk,
                OverdrachtDatum = today.AddDays(30),
                VerhuisDatum = today.AddDays(20),
                VaststellingMoment = Moment(today.AddDays(-3)),
            });
            store.Upsert(new OverdrachtspecificatieRecord
            {
                OverdrachtspecificatieID = NextId(),
                OverdrachtID = overdrachtId,
                BemiddelingspecificatieID = current.BemiddelingspecificatieID,
                Leveringsstatus = "1",
            });
        }

        // Leveringsregister of the zorgaanbieder that delivers the current specificatie.
        var leveringId = NextId();
        store.Upsert(new LeveringRecord { LeveringID = leveringId, Aanbieder = za, ClientID = clientId, Bsn = bsn, BemiddelingspecificatieID = current.BemiddelingspecificatieID });
        store.Upsert(new LeveringperiodeRecord
        {
            LeveringperiodeID = NextId(),
            LeveringID = leveringId,
            Ingangsdatum = currentStart.AddDays(3),
            VaststellingMoment = Moment(currentStart.AddDays(3)),
            Behandelingperiodes = [new BehandelingPeriodeRecord { BehandelingperiodeID = NextId(), Ingangsdatum = currentStart.AddDays(3) }],
        });
        if (i == 1)
        {
            store.Upsert(new UitstelperiodeRecord
            {
                UitstelperiodeID = NextId(),
                LeveringID = leveringId,
                Ingangsdatum = currentStart,
                Einddatum = currentStart.AddDays(2),
                VaststellingMoment = Moment(currentStart),
                Reden = "01",
                Leveringsstatus = "1",
                LeveringsstatusClassificatie = "1",
            });
        }

        if (i == 0)
        {
            var verzoekId = NextId();
            store.Upsert(new VerzoekRecord
            {
                VerzoekID = verzoekId,
                LeveringID = leveringId,
                Verzoekdatum = today.AddDays(-10),
                Product = ZzpCodes[(i + 2) % ZzpCodes.Length],
                ToewijzingSoort = "01",
                Leveringsvorm = "1",
                Volume = 1,
                Eenheid = "14",
                Frequentie = "4",
            });
            store.Upsert(new VerzoekAanbiederRecord
            {
                VerzoekAanbiederID = NextId(),
                VerzoekID = verzoekId,
                Aanbieder = otherZa,
                ToewijzingIngangsdatum = today.AddDays(14),
                ToewijzingPercentage = 100,
                Opname = "J",
                Regiehouder = "N",
            });
        }

        if (i == 2)
        {
            var endedLevering = NextId();
            store.Upsert(new LeveringRecord { LeveringID = endedLevering, Aanbieder = otherZa, ClientID = clientId, Bsn = bsn, BemiddelingspecificatieID = ended.BemiddelingspecificatieID });
            store.Upsert(new AfstelRecord { AfstelID = NextId(), LeveringID = endedLevering, Afsteldatum = ended.ToewijzingIngangsdatum.AddDays(5), VaststellingMoment = Moment(ended.ToewijzingIngangsdatum.AddDays(5)), Reden = "01" });
        }
    }

    private static ClientContactgegevensRecord Address(ClientContactgegevensRecord record, int i, string street) => record with
    {
        Straatnaam = street,
        Huisnummer = 10 + i,
        Postcode = "9999 ZZ",
        Plaatsnaam = "Testdorp",
        Land = "NL",
        Telefoonnummer01 = $"0999-00000{i}",
    };
}
