using IWlz.Client.Testing.Parties;
using Microsoft.AspNetCore.Http;

namespace IWlz.Client.Testing.Internal.Hosting;

internal enum CertificateFailure
{
    None,
    Invalid,
    NotAllowed,
}

/// <summary>
/// The certificate check of nID and the PEP: a certificate must be presented and chain to the
/// simulator's test CA (else 403 Invalid Client Certificate), and belong to a known, unblocked
/// party (else 403 Not Allowed).
/// </summary>
internal static class CertificateGate
{
    public static SimulatedParty? Check(HttpContext http, SimulatorContext context, out CertificateFailure failure)
    {
        var certificate = http.Connection.ClientCertificate;
        if (certificate is null || !context.CertificateAuthority.IsIssuedBy(certificate))
        {
            failure = CertificateFailure.Invalid;
            return null;
        }

        var party = context.Parties.FindByCertificate(certificate);
        if (party is null || party.IsBlocked)
        {
            failure = CertificateFailure.NotAllowed;
            return null;
        }

        failure = CertificateFailure.None;
        return party;
    }
}
