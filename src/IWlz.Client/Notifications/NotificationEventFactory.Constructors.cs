using System.Collections.Frozen;

namespace IWlz.Client.Notifications;

public static partial class NotificationEventFactory
{
    private delegate NotificationEvent Constructor(NotificationMessage message, NotificationCatalogueEntry definition, SubjectRef subject, SubjectRef recordId);

    private static readonly FrozenDictionary<string, Constructor> Constructors = new Dictionary<string, Constructor>(StringComparer.OrdinalIgnoreCase)
    {
        [NieuweIndicatieZorgkantoor.EventTypeName] = static (m, d, s, r) => new NieuweIndicatieZorgkantoor(m, d, s, r),
        [VervallenIndicatieZorgkantoor.EventTypeName] = static (m, d, s, r) => new VervallenIndicatieZorgkantoor(m, d, s, r),
        [GewijzigdeIndicatieZorgkantoor.EventTypeName] = static (m, d, s, r) => new GewijzigdeIndicatieZorgkantoor(m, d, s, r),
        [VerwijderdeIndicatieZorgkantoor.EventTypeName] = static (m, d, s, r) => new VerwijderdeIndicatieZorgkantoor(m, d, s, r),
        [NieuweVervallengeldigheidZorgkantoor.EventTypeName] = static (m, d, s, r) => new NieuweVervallengeldigheidZorgkantoor(m, d, s, r),
        [GewijzigdeVervallengeldigheidZorgkantoor.EventTypeName] = static (m, d, s, r) => new GewijzigdeVervallengeldigheidZorgkantoor(m, d, s, r),
        [VerwijderdeVervallengeldigheidZorgkantoor.EventTypeName] = static (m, d, s, r) => new VerwijderdeVervallengeldigheidZorgkantoor(m, d, s, r),
        [NieuweBemiddelingspecificatieZorgaanbieder.EventTypeName] = static (m, d, s, r) => new NieuweBemiddelingspecificatieZorgaanbieder(m, d, s, r),
        [GewijzigdeBemiddelingspecificatieZorgaanbieder.EventTypeName] = static (m, d, s, r) => new GewijzigdeBemiddelingspecificatieZorgaanbieder(m, d, s, r),
        [VerwijderdeBemiddelingspecificatieZorgaanbieder.EventTypeName] = static (m, d, s, r) => new VerwijderdeBemiddelingspecificatieZorgaanbieder(m, d, s, r),
        [NieuweRegiehouderZorgaanbieder.EventTypeName] = static (m, d, s, r) => new NieuweRegiehouderZorgaanbieder(m, d, s, r),
        [GewijzigdeRegiehouderZorgaanbieder.EventTypeName] = static (m, d, s, r) => new GewijzigdeRegiehouderZorgaanbieder(m, d, s, r),
        [VerwijderdeRegiehouderZorgaanbieder.EventTypeName] = static (m, d, s, r) => new VerwijderdeRegiehouderZorgaanbieder(m, d, s, r),
        [NieuweBemiddelingspecificatieZorgkantoor.EventTypeName] = static (m, d, s, r) => new NieuweBemiddelingspecificatieZorgkantoor(m, d, s, r),
        [GewijzigdeBemiddelingspecificatieZorgkantoor.EventTypeName] = static (m, d, s, r) => new GewijzigdeBemiddelingspecificatieZorgkantoor(m, d, s, r),
        [VerwijderdeBemiddelingspecificatieZorgkantoor.EventTypeName] = static (m, d, s, r) => new VerwijderdeBemiddelingspecificatieZorgkantoor(m, d, s, r),
        [NieuweOverdrachtZorgkantoor.EventTypeName] = static (m, d, s, r) => new NieuweOverdrachtZorgkantoor(m, d, s, r),
        [GewijzigdeOverdrachtZorgkantoor.EventTypeName] = static (m, d, s, r) => new GewijzigdeOverdrachtZorgkantoor(m, d, s, r),
        [VerwijderdeOverdrachtZorgkantoor.EventTypeName] = static (m, d, s, r) => new VerwijderdeOverdrachtZorgkantoor(m, d, s, r),
        [InformatieveBemiddelingspecificatieZorgaanbieder.EventTypeName] = static (m, d, s, r) => new InformatieveBemiddelingspecificatieZorgaanbieder(m, d, s, r),
        [InformatieveNieuweBemiddelingspecificatieZorgkantoor.EventTypeName] = static (m, d, s, r) => new InformatieveNieuweBemiddelingspecificatieZorgkantoor(m, d, s, r),
        [InformatieveGewijzigdeBemiddelingspecificatieZorgkantoor.EventTypeName] = static (m, d, s, r) => new InformatieveGewijzigdeBemiddelingspecificatieZorgkantoor(m, d, s, r),
        [InformatieveVerwijderdeBemiddelingspecificatieZorgkantoor.EventTypeName] = static (m, d, s, r) => new InformatieveVerwijderdeBemiddelingspecificatieZorgkantoor(m, d, s, r),
        [NieuweRegiehouderZorgkantoor.EventTypeName] = static (m, d, s, r) => new NieuweRegiehouderZorgkantoor(m, d, s, r),
        [GewijzigdeRegiehouderZorgkantoor.EventTypeName] = static (m, d, s, r) => new GewijzigdeRegiehouderZorgkantoor(m, d, s, r),
        [VerwijderdeRegiehouderZorgkantoor.EventTypeName] = static (m, d, s, r) => new VerwijderdeRegiehouderZorgkantoor(m, d, s, r),
        [NieuwVerzoekAanbiederAanbieder.EventTypeName] = static (m, d, s, r) => new NieuwVerzoekAanbiederAanbieder(m, d, s, r),
        [NieuwVerzoekZorgkantoor.EventTypeName] = static (m, d, s, r) => new NieuwVerzoekZorgkantoor(m, d, s, r),
        [NieuweLeveringperiodeZorgkantoor.EventTypeName] = static (m, d, s, r) => new NieuweLeveringperiodeZorgkantoor(m, d, s, r),
        [GewijzigdeLeveringperiodeZorgkantoor.EventTypeName] = static (m, d, s, r) => new GewijzigdeLeveringperiodeZorgkantoor(m, d, s, r),
        [VerwijderdeLeveringperiodeZorgkantoor.EventTypeName] = static (m, d, s, r) => new VerwijderdeLeveringperiodeZorgkantoor(m, d, s, r),
        [NieuweBehandelingperiodeZorgkantoor.EventTypeName] = static (m, d, s, r) => new NieuweBehandelingperiodeZorgkantoor(m, d, s, r),
        [GewijzigdeBehandelingperiodeZorgkantoor.EventTypeName] = static (m, d, s, r) => new GewijzigdeBehandelingperiodeZorgkantoor(m, d, s, r),
        [VerwijderdeBehandelingperiodeZorgkantoor.EventTypeName] = static (m, d, s, r) => new VerwijderdeBehandelingperiodeZorgkantoor(m, d, s, r),
        [NieuweUitstelperiodeZorgkantoor.EventTypeName] = static (m, d, s, r) => new NieuweUitstelperiodeZorgkantoor(m, d, s, r),
        [GewijzigdeUitstelperiodeZorgkantoor.EventTypeName] = static (m, d, s, r) => new GewijzigdeUitstelperiodeZorgkantoor(m, d, s, r),
        [VerwijderdeUitstelperiodeZorgkantoor.EventTypeName] = static (m, d, s, r) => new VerwijderdeUitstelperiodeZorgkantoor(m, d, s, r),
        [NieuwAfstelZorgkantoor.EventTypeName] = static (m, d, s, r) => new NieuwAfstelZorgkantoor(m, d, s, r),
        [GewijzigdAfstelZorgkantoor.EventTypeName] = static (m, d, s, r) => new GewijzigdAfstelZorgkantoor(m, d, s, r),
        [VerwijderdAfstelZorgkantoor.EventTypeName] = static (m, d, s, r) => new VerwijderdAfstelZorgkantoor(m, d, s, r),
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
}
