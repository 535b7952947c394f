// TEMPORARY: hand-built operations until the typed register clients (branch `clients`) land on main.
// The documents are copied from src/IWlz.Client/Schemas/*/operations (QBR-0001-ZA, QIR-0001-ZKi, QIR-0004-ZKu) and the
// result types are written by hand with System.Text.Json source generation, the same contract the generated
// clients use. When the typed clients arrive, the tests call them and this folder goes away.
using System.Security.Cryptography;
using System.Text;
using IWlz.Client.GraphQL;

namespace IWlz.Client.IntegrationTests.Operations;

/// <summary>The published templates the integration tests run, as <see cref="GraphQLOperation{TVariables, TData}"/>s.</summary>
internal static class TemplateOperations
{
    /// <summary>QBR-0001-ZA: the zorgaanbieder reads one bemiddelingspecificatie allocated to it (copied from the template file).</summary>
    internal const string Qbr0001ZaDocument = """
        query BemiddelingspecificatieVoorZorgaanbieder(
          $BemiddelingspecificatieID: UUID!
          $Instelling: String!
        ) {
          bemiddelingspecificatie(
            where: {
              bemiddelingspecificatieID: { eq: $BemiddelingspecificatieID }
              instelling: { eq: $Instelling }
            }
          ) {
            bemiddelingspecificatieID
            leveringsvorm
            zzpCode
            toewijzingIngangsdatum
            toewijzingEinddatum
            instelling
            uitvoerendZorgkantoor
            vaststellingMoment
            percentage
            opname
            redenIntrekking
            etmalen
            instellingBestemming
            soortToewijzing
            bemiddeling {
              bemiddelingID
              wlzIndicatieID
              verantwoordelijkZorgkantoor
              verantwoordelijkheidIngangsdatum
              verantwoordelijkheidEinddatum
              client {
                bsn
                clientID
                taal
                communicatievorm
                huisarts
                leefeenheid
              }
            }
          }
        }
        """;

    /// <summary>QIR-0001-ZKi: the initieel verantwoordelijk zorgkantoor reads a whole WlzIndicatie (copied from the template file).</summary>
    internal const string Qir0001ZkiDocument = """
        query WlzIndicatieVoorInitieelVerantwoordelijkZorgkantoor(
            $wlzIndicatieID: UUID!
            $initieelVerantwoordelijkZorgkantoor: String!
        ) {
            wlzIndicatie(
                where: {
                    wlzindicatieID: {eq: $wlzIndicatieID}
                    initieelVerantwoordelijkZorgkantoor: {eq: $initieelVerantwoordelijkZorgkantoor}
                }
            ) {
                wlzindicatieID
                bsn
                besluitnummer
                soortWlzindicatie
                afgiftedatum
                ingangsdatum
                einddatum
                meerzorg
                initieelVerantwoordelijkZorgkantoor
                vervaldatum
                commentaar
                grondslag {
                    grondslagID
                    grondslag
                    volgorde
                }
                geindiceerdZorgzwaartepakket {
                    geindiceerdZorgzwaartepakketID
                    zzpCode
                    ingangsdatum
                    einddatum
                    voorkeurClient
                    instellingVoorkeur
                    financiering
                    commentaar
                }
                beperking {
                    beperkingID
                    categorie
                    duur
                    commentaar
                    beperkingScore {
                        beperkingScoreID
                        beperkingVraag
                        beperkingScore
                        commentaar
                    }
                }
                stoornis {
                    stoornisID
                    grondslag
                    diagnoseCodelijst
                    diagnoseSubCodelijst
                    ziektebeeldStoornis
                    prognose
                    commentaar
                }
                stoornisScore {
                    stoornisScoreID
                    stoornisVraag
                    stoornisScore
                    commentaar
                }
                wzd {
                    wzdID
                    wzdVerklaring
                    ingangsdatum
                    einddatum
                }
                client {
                    clientID
                    bsn
                    geheimeClient
                    geboorteDatum
                    geboortedatumGebruik
                    geslacht
                    burgerlijkeStaat
                    geslachtsnaam
                    voorvoegselGeslachtsnaam
                    partnernaam
                    voorvoegselPartnernaam
                    voornamen
                    roepnaam
                    voorletters
                    naamGebruik
                    leefeenheid
                    agbcodeHuisarts
                    communicatieVorm
                    taal
                    commentaar
                    contactGegevens {
                        contactGegevensID
                        adres {
                            adresID
                            adresSoort
                            straatnaam
                            huisnummer
                            huisnummerToevoeging
                            postcode
                            plaatsnaam
                            landCode
                            aanduidingWoonadres
                            ingangsdatum
                            einddatum
                        }
                        email {
                            emailID
                            emailadres
                            ingangsdatum
                            einddatum
                        }
                        telefoon {
                            telefoonID
                            telefoonnummer
                            landnummer
                            ingangsdatum
                            einddatum
                        }
                    }
                    contactPersoon {
                        contactPersoonID
                        relatieNummer
                        volgorde
                        soortRelatie
                        rol
                        relatie
                        voornamen
                        roepnaam
                        voorletters
                        geslachtsnaam
                        voorvoegselGeslachtsnaam
                        partnernaam
                        voorvoegselPartnernaam
                        naamGebruik
                        geslacht
                        geboorteDatum
                        geboortedatumGebruik
                        ingangsdatum
                        einddatum
                        contactGegevens {
                            contactGegevensID
                            adres {
                                adresID
                                adresSoort
                                straatnaam
                                huisnummer
                                huisnummerToevoeging
                                postcode
                                plaatsnaam
                                landCode
                                aanduidingWoonadres
                                ingangsdatum
                                einddatum
                            }
                            email {
                                emailID
                                emailadres
                                ingangsdatum
                                einddatum
                            }
                            telefoon {
                                telefoonID
                                telefoonnummer
                                landnummer
                                ingangsdatum
                                einddatum
                            }
                        }
                    }
                }
            }
        }
        """;

    /// <summary>QIR-0004-ZKu: an uitvoerend zorgkantoor reads a WlzIndicatie; the PDP asks the PIP whether it executes a specificatie of it (copied from the template file).</summary>
    internal const string Qir0004ZkuDocument = """
        query WlzIndicatieVoorUitvoerendZorgkantoor(
            $wlzIndicatieID: UUID!
        ) {
            wlzIndicatie(
                where: {
                    wlzindicatieID: {eq: $wlzIndicatieID}
                }
            ) {
                wlzindicatieID
                bsn
                besluitnummer
                soortWlzindicatie
                afgiftedatum
                ingangsdatum
                einddatum
                meerzorg
                initieelVerantwoordelijkZorgkantoor
                vervaldatum
                commentaar
                grondslag {
                    grondslagID
                    grondslag
                    volgorde
                }
                geindiceerdZorgzwaartepakket {
                    geindiceerdZorgzwaartepakketID
                    zzpCode
                    ingangsdatum
                    einddatum
                    voorkeurClient
                    instellingVoorkeur
                    financiering
                    commentaar
                }
                beperking {
                    beperkingID
                    categorie
                    duur
                    commentaar
                    beperkingScore {
                        beperkingScoreID
                        beperkingVraag
                        beperkingScore
                        commentaar
                    }
                }
                stoornis {
                    stoornisID
                    grondslag
                    diagnoseCodelijst
                    diagnoseSubCodelijst
                    ziektebeeldStoornis
                    prognose
                    commentaar
                }
                stoornisScore {
                    stoornisScoreID
                    stoornisVraag
                    stoornisScore
                    commentaar
                }
                wzd {
                    wzdID
                    wzdVerklaring
                    ingangsdatum
                    einddatum
                }
                client {
                    clientID
                    bsn
                    geheimeClient
                    geboorteDatum
                    geboortedatumGebruik
                    geslacht
                    burgerlijkeStaat
                    geslachtsnaam
                    voorvoegselGeslachtsnaam
                    partnernaam
                    voorvoegselPartnernaam
                    voornamen
                    roepnaam
                    voorletters
                    naamGebruik
                    leefeenheid
                    agbcodeHuisarts
                    communicatieVorm
                    taal
                    commentaar
                    contactGegevens {
                        contactGegevensID
                        adres {
                            adresID
                            adresSoort
                            straatnaam
                            huisnummer
                            huisnummerToevoeging
                            postcode
                            plaatsnaam
                            landCode
                            aanduidingWoonadres
                            ingangsdatum
                            einddatum
                        }
                        email {
                            emailID
                            emailadres
                            ingangsdatum
                            einddatum
                        }
                        telefoon {
                            telefoonID
                            telefoonnummer
                            landnummer
                            ingangsdatum
                            einddatum
                        }
                    }
                    contactPersoon {
                        contactPersoonID
                        relatieNummer
                        volgorde
                        soortRelatie
                        rol
                        relatie
                        voornamen
                        roepnaam
                        voorletters
                        geslachtsnaam
                        voorvoegselGeslachtsnaam
                        partnernaam
                        voorvoegselPartnernaam
                        naamGebruik
                        geslacht
                        geboorteDatum
                        geboortedatumGebruik
                        ingangsdatum
                        einddatum
                        contactGegevens {
                            contactGegevensID
                            adres {
                                adresID
                                adresSoort
                                straatnaam
                                huisnummer
                                huisnummerToevoeging
                                postcode
                                plaatsnaam
                                landCode
                                aanduidingWoonadres
                                ingangsdatum
                                einddatum
                            }
                            email {
                                emailID
                                emailadres
                                ingangsdatum
                                einddatum
                            }
                            telefoon {
                                telefoonID
                                telefoonnummer
                                landnummer
                                ingangsdatum
                                einddatum
                            }
                        }
                    }
                }
            }
        }
        """;

    internal static readonly GraphQLOperation<Qbr0001ZaVariables, Qbr0001ZaData> Qbr0001Za = new(
        "BemiddelingspecificatieVoorZorgaanbieder",
        GraphQLOperationKind.Query,
        Qbr0001ZaDocument,
        Sha256(Qbr0001ZaDocument),
        IWlzServiceNames.Bemiddelingsregister,
        ["bemiddelingspecificatie"],
        IntegrationJsonContext.Default.Qbr0001ZaVariables,
        IntegrationJsonContext.Default.Qbr0001ZaData)
    {
        TemplateId = "QBR-0001-ZA",
    };

    internal static readonly GraphQLOperation<Qir0001ZkiVariables, WlzIndicatieData> Qir0001Zki = new(
        "WlzIndicatieVoorInitieelVerantwoordelijkZorgkantoor",
        GraphQLOperationKind.Query,
        Qir0001ZkiDocument,
        Sha256(Qir0001ZkiDocument),
        IWlzServiceNames.Indicatieregister,
        ["wlzIndicatie"],
        IntegrationJsonContext.Default.Qir0001ZkiVariables,
        IntegrationJsonContext.Default.WlzIndicatieData)
    {
        TemplateId = "QIR-0001-ZKi",
    };

    internal static readonly GraphQLOperation<Qir0004ZkuVariables, WlzIndicatieData> Qir0004Zku = new(
        "WlzIndicatieVoorUitvoerendZorgkantoor",
        GraphQLOperationKind.Query,
        Qir0004ZkuDocument,
        Sha256(Qir0004ZkuDocument),
        IWlzServiceNames.Indicatieregister,
        ["wlzIndicatie"],
        IntegrationJsonContext.Default.Qir0004ZkuVariables,
        IntegrationJsonContext.Default.WlzIndicatieData)
    {
        TemplateId = "QIR-0004-ZKu",
    };

    private static string Sha256(string document) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(document)));
}
