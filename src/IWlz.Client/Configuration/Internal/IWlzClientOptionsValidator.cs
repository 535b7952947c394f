using System.Globalization;
using System.Text.RegularExpressions;
using IWlz.Client.AddressBook;
using IWlz.Client.AddressBook.Internal;
using IWlz.Client.Certificates;
using IWlz.Client.Certificates.Internal;
using Microsoft.Extensions.Options;

namespace IWlz.Client.Configuration.Internal;

/// <summary>
/// Checks <see cref="IWlzClientOptions"/> on start. Every failure names the configuration key, and the
/// certificate and address book are loaded once so a wrong password or a broken file fails the start.
/// </summary>
internal sealed partial class IWlzClientOptionsValidator(
    OptionsKeyPrefix prefix,
    IServiceProvider services,
    AddressBookSource addressBookSource,
    TimeProvider time) : IValidateOptions<IWlzClientOptions>
{
    [GeneratedRegex("^[0-9]{8}$", RegexOptions.CultureInvariant)]
    private static partial Regex EightDigits();

    [GeneratedRegex("^[0-9]{4}$", RegexOptions.CultureInvariant)]
    private static partial Regex FourDigits();

    public ValidateOptionsResult Validate(string? name, IWlzClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        var p = prefix.Value;
        void Fail(string key, string message) => failures.Add($"{p}:{key} {message}");

        if (options.Environment is not (IWlzEnvironment.Test or IWlzEnvironment.Production))
        {
            Fail("Environment", "is missing: set it to Test or Production.");
        }

        ValidateParty(options, Fail);
        ValidateEndpoints(options, Fail);
        ValidateTiming(options, Fail);
        ValidateServices(options, Fail);
        if (options.Tracing is null || !Enum.IsDefined(options.Tracing.Mode))
        {
            Fail("Tracing:Mode", "must be NewTrace or ContinueAmbient.");
        }

        foreach (var (path, index) in options.ServerTrust.AdditionalRootCertificatePaths.Select((path, index) => (path, index)))
        {
            if (!File.Exists(path))
            {
                Fail($"ServerTrust:AdditionalRootCertificatePaths:{index}", $"names a file that does not exist: {path}.");
            }
        }

        if (failures.Count == 0)
        {
            ValidateCertificate(options, Fail);
            ValidateAddressBook(options, Fail);
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void ValidateParty(IWlzClientOptions options, Action<string, string> fail)
    {
        var party = options.Party;
        var code = party.Code?.Trim();
        switch (party.Role)
        {
            case IWlzPartyRole.Zorgaanbieder when code is null || !EightDigits().IsMatch(code):
                fail("Party:Code", "must be the zorgaanbieder's AGB code: 8 digits.");
                break;
            case IWlzPartyRole.Zorgkantoor when code is null || !FourDigits().IsMatch(code):
                fail("Party:Code", "must be the zorgkantoor's UZOVI code: 4 digits.");
                break;
            case IWlzPartyRole.Indicatieorgaan when code is null || !EightDigits().IsMatch(code):
                fail("Party:Code", "must be the indicatieorgaan's KVK number: 8 digits (the CIZ: 62253778).");
                break;
            case IWlzPartyRole.Unspecified:
                fail("Party:Role", "is missing: set it to Zorgaanbieder, Zorgkantoor or Indicatieorgaan.");
                break;
        }

        if (options.ActingOnBehalfOf is { } actor)
        {
            if (!Tokens.Internal.TokenRequestRules.ActorPattern().IsMatch(actor))
            {
                fail("ActingOnBehalfOf", "must be 'agbcode:' followed by 8 digits or 'uzovi:' followed by 4 digits.");
            }
            else if ((party.Role == IWlzPartyRole.Zorgaanbieder && actor == "agbcode:" + code)
                || (party.Role == IWlzPartyRole.Zorgkantoor && actor == "uzovi:" + code))
            {
                fail("ActingOnBehalfOf", "equals the own party (Party:Code); nID refuses that. Leave it empty to act as yourself.");
            }
        }
    }

    private static void ValidateEndpoints(IWlzClientOptions options, Action<string, string> fail)
    {
        RequireHttps(options.Endpoints.TokenEndpoint, "Endpoints:TokenEndpoint", fail);
        RequireHttps(options.Endpoints.PepEndpoint, "Endpoints:PepEndpoint", fail);
    }

    private static void ValidateServices(IWlzClientOptions options, Action<string, string> fail)
    {
        foreach (var (serviceName, service) in options.Services)
        {
            RequireHttps(service.ResourceUri, $"Services:{serviceName}:ResourceUri", fail);
            if (service.ResourceUri is not null && service.GegevensdienstId is not null)
            {
                fail($"Services:{serviceName}", "has both ResourceUri and GegevensdienstId; keep one.");
            }

            if (service.GegevensdienstId is { } id && !GegevensdienstIdParts.TryParse(id, out _))
            {
                fail($"Services:{serviceName}:GegevensdienstId", "must look like [OrganisatieID]_[Functionaliteit]_[Omgeving], such as 5555_REGISTER_TST.");
            }

            for (var i = 0; i < service.Scopes.Count; i++)
            {
                if (string.IsNullOrWhiteSpace(service.Scopes[i]))
                {
                    fail(string.Create(CultureInfo.InvariantCulture, $"Services:{serviceName}:Scopes:{i}"), "is empty.");
                }
            }
        }
    }

    private static void ValidateTiming(IWlzClientOptions options, Action<string, string> fail)
    {
        Range(options.HandlerLifetime, TimeSpan.FromSeconds(10), TimeSpan.FromHours(1), "HandlerLifetime", fail);
        Range(options.Tokens.RenewalSkew, TimeSpan.Zero, TimeSpan.FromMinutes(10), "Tokens:RenewalSkew", fail);
        Range(options.Tokens.FallbackLifetime, TimeSpan.FromSeconds(1), TimeSpan.FromHours(1), "Tokens:FallbackLifetime", fail);
        Range(options.Certificate.ReloadInterval, TimeSpan.FromSeconds(1), TimeSpan.FromDays(1), "Certificate:ReloadInterval", fail);
        Range(options.Certificate.ExpiryWarningPeriod, TimeSpan.Zero, TimeSpan.FromDays(365), "Certificate:ExpiryWarningPeriod", fail);
        var r = options.Resilience;
        Range(r.TotalTimeout, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(30), "Resilience:TotalTimeout", fail);
        Range(r.AttemptTimeout, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(10), "Resilience:AttemptTimeout", fail);
        if (r.AttemptTimeout > r.TotalTimeout)
        {
            fail("Resilience:AttemptTimeout", "must not be longer than Resilience:TotalTimeout.");
        }

        Range(r.ConnectTimeout, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(2), "Resilience:ConnectTimeout", fail);
        Range(r.BaseDelay, TimeSpan.Zero, TimeSpan.FromMinutes(1), "Resilience:BaseDelay", fail);
        Range(r.MaxDelay, TimeSpan.Zero, TimeSpan.FromMinutes(10), "Resilience:MaxDelay", fail);
        Range(r.CircuitBreakerSamplingDuration, TimeSpan.FromMilliseconds(500), TimeSpan.FromHours(1), "Resilience:CircuitBreakerSamplingDuration", fail);
        Range(r.CircuitBreakerBreakDuration, TimeSpan.FromMilliseconds(500), TimeSpan.FromHours(1), "Resilience:CircuitBreakerBreakDuration", fail);
        if (r.MaxRetryAttempts is < 0 or > 10)
        {
            fail("Resilience:MaxRetryAttempts", "must be between 0 and 10.");
        }

        if (r.CircuitBreakerFailureRatio is < 0.01 or > 1.0)
        {
            fail("Resilience:CircuitBreakerFailureRatio", "must be between 0.01 and 1.0.");
        }

        if (r.CircuitBreakerMinimumThroughput is < 2 or > 10_000)
        {
            fail("Resilience:CircuitBreakerMinimumThroughput", "must be between 2 and 10000.");
        }

        if (r.MaxConnectionsPerServer is < 1 or > 10_000)
        {
            fail("Resilience:MaxConnectionsPerServer", "must be between 1 and 10000.");
        }

        if (r.MaxResponseBodyBytes is < 1024 or > 1024 * 1024 * 1024)
        {
            fail("Resilience:MaxResponseBodyBytes", "must be between 1024 and 1073741824.");
        }
    }

    private void ValidateCertificate(IWlzClientOptions options, Action<string, string> fail)
    {
        var certificate = options.Certificate;

        // Resolved here, not injected: the default provider itself depends on these options. A custom provider
        // is checked on every call instead, since asking it here could re-enter the options being built.
        if (services.GetService(typeof(ICertificateProvider)) is DefaultCertificateProvider)
        {
            if (certificate.Environment is not (IWlzEnvironment.Test or IWlzEnvironment.Production))
            {
                fail("Certificate:Environment", "is missing: set it to the environment VECOZO issued the certificate for (Test or Production).");
                return;
            }

            if (certificate.Environment != options.Environment)
            {
                fail("Certificate:Environment", $"is {certificate.Environment}, but Environment is {options.Environment}. VECOZO issues separate TST and PRD certificates: configure the {options.Environment} certificate.");
                return;
            }

            try
            {
                var loaded = new ClientCertificate(CertificateLoader.Load(certificate, $"{prefix.Value}:Certificate"), certificate.Environment);
                CertificateGuard.EnsureUsable(loaded, options.Environment, time.GetUtcNow());
            }
            catch (IWlzException ex)
            {
                fail("Certificate", "cannot be used: " + ex.Message);
            }
        }
    }

    private void ValidateAddressBook(IWlzClientOptions options, Action<string, string> fail)
    {
        try
        {
            addressBookSource.Load(options.AddressBook);
        }
        catch (AddressBookException ex)
        {
            fail("AddressBook:Path", "cannot be used: " + ex.Message);
        }
    }

    private static void RequireHttps(Uri? uri, string key, Action<string, string> fail)
    {
        if (uri is not null && (!uri.IsAbsoluteUri || uri.Scheme != Uri.UriSchemeHttps))
        {
            fail(key, $"must be an absolute https URL, not '{uri}'.");
        }
    }

    private static void Range(TimeSpan value, TimeSpan min, TimeSpan max, string key, Action<string, string> fail)
    {
        if (value < min || value > max)
        {
            fail(key, string.Create(CultureInfo.InvariantCulture, $"is {value}; it must be between {min} and {max}."));
        }
    }
}
