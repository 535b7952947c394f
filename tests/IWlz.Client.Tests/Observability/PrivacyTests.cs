using System.Collections.Concurrent;
using System.Net;
using System.Reflection;
using System.Runtime.ExceptionServices;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using IWlz.Client.AspNetCore.Netwerkpunt;
using IWlz.Client.Audit;
using TypedBemiddelingsregisterClient = IWlz.Client.Bemiddelingsregister.IBemiddelingsregisterClient;
using IWlz.Client.Bemiddelingsregister;
using IWlz.Client.Notifications;
using IWlz.Client.Sending;
using IWlz.Client.GraphQL;
using IWlz.Client.Inbox;
using IWlz.Client.Testing;
using IWlz.Client.Testing.Data.Bemiddelingsregister;
using IWlz.Client.Testing.Parties;
using IWlz.Client.Tests.Infrastructure;
using IWlz.Client.Tests.Transport;
using IWlz.Client.Tokens;
using IWlz.Client.Tokens.Internal;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IWlz.Client.Tests.Observability;

/// <summary>
/// logging.md §6.11: a full flow through the simulated iWlz network and a real netwerkpunt, with a canary
/// BSN that passes the 11-proef. Everything the SDK emits is captured and searched for the canary, the
/// wlzIndicatieID, the other identifiers, every token and every GraphQL variable value.
/// It listens process-wide, so it runs in the collection that runs alone.
/// </summary>
[Collection(nameof(GlobalTracingState))]
public sealed class PrivacyTests
{
    private const string Canary = "999993653";
    private const string OwnAgb = "99000011";
    private const string Uzovi = "5555";

    [Fact]
    public async Task A_full_flow_leaks_no_canary_into_logs_traces_metrics_or_exceptions()
    {
        Assert.True(IWlz.Client.Privacy.Bsn.IsValid(Canary));
        var logs = new CapturingLoggerProvider();
        using var activities = new ActivityCapture();
        using var metrics = new MetricCapture();
        using var exceptions = new ExceptionCapture();
        var tokens = new ConcurrentQueue<string>();
        var audit = new RecordingAuditSink();
        var received = new Received();

        await using var network = await IWlzNetworkSimulator.StartAsync(new SimulatorOptions { Seed = 8 });
        var me = network.Zorgaanbieder(OwnAgb);
        var zorgkantoor = network.Zorgkantoor(Uzovi);
        await using var netwerkpunt = await StartNetwerkpuntAsync(network, logs, audit, received);
        me.NetwerkpuntUri = netwerkpunt.Uri;
        var addressBook = Path.Combine(Directory.CreateTempSubdirectory("iwlz-privacy-").FullName, "adresboek.json");
        network.WriteAddressBook(addressBook); // after NetwerkpuntUri is set, so notifications reach our netwerkpunt
        await using var sdk = CreateClient(network, me, zorgkantoor, addressBook, logs, audit, tokens);
        var executor = sdk.GetRequiredService<IGraphQLExecutor>();

        // The canary's records. Saving the specificatie makes the zorgkantoor notify us: "notification in".
        var clientId = Guid.NewGuid();
        var bemiddelingId = Guid.NewGuid();
        var wlzIndicatieId = Guid.NewGuid();
        var specificatieId = Guid.NewGuid();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await network.Data.SaveAsync(new ClientRecord { ClientID = clientId, Bsn = Canary, Taal = "NL" });
        await network.Data.SaveAsync(new BemiddelingRecord
        {
            BemiddelingID = bemiddelingId,
            ClientID = clientId,
            WlzIndicatieID = wlzIndicatieId,
            VerantwoordelijkZorgkantoor = Uzovi,
            VerantwoordelijkheidIngangsdatum = today.AddMonths(-2),
        });
        var deliveries = await network.Data.SaveAsync(new BemiddelingspecificatieRecord
        {
            BemiddelingspecificatieID = specificatieId,
            BemiddelingID = bemiddelingId,
            Leveringsvorm = "1",
            ZzpCode = "5VV",
            ToewijzingIngangsdatum = today.AddMonths(-1),
            Instelling = OwnAgb,
            UitvoerendZorgkantoor = Uzovi,
            VaststellingMoment = DateTimeOffset.UtcNow.AddMonths(-1),
            SoortToewijzing = "01",
        });
        Assert.Contains(deliveries, d => d.Delivered && d.Ontvanger.Contains(OwnAgb, StringComparison.Ordinal));
        var notification = await received.WaitAsync();
        var recordId = notification.SubjectList.Select(s => s.RecordID).First(r => r.Contains(specificatieId.ToString(), StringComparison.OrdinalIgnoreCase));

        // Query through the typed client: QBR-0001-ZA returns the client's BSN and the wlzIndicatieID.
        var register = sdk.GetRequiredService<TypedBemiddelingsregisterClient>();
        var found = await register.GetBemiddelingspecificatieVoorZorgaanbiederAsync(specificatieId);
        Assert.Equal(Canary, Assert.Single(found).Bemiddeling.Client.Bsn); // the canary did pass through the SDK
        Assert.Equal(wlzIndicatieId, found[0].Bemiddeling.WlzIndicatieID);

        // Refusals: a blocked certificate (PEP 403), a scope nID refuses (400), another instelling (refused
        // by the SDK's template guard or the PEP policy), and partial-data errors that quote identifiers.
        me.IsBlocked = true;
        exceptions.Caught(await Assert.ThrowsAsync<IWlzException>(() => register.GetBemiddelingspecificatieVoorZorgaanbiederAsync(specificatieId)));
        me.IsBlocked = false;
        var query = BemiddelingspecificatieVoorZorgaanbiederOperation.Descriptor;
        var variables = new BemiddelingspecificatieVoorZorgaanbiederVariables { BemiddelingspecificatieID = specificatieId, Instelling = OwnAgb };
        var wrongScope = new GraphQLRequestOptions { Scopes = [IWlzScopes.BemiddelingsregisterCreate] };
        exceptions.Caught(await Assert.ThrowsAsync<IWlzException>(() => executor.ExecuteAsync(query, variables, wrongScope, CancellationToken.None)));
        var foreign = new BemiddelingspecificatieVoorZorgaanbiederVariables { BemiddelingspecificatieID = specificatieId, Instelling = "99000022" };
        exceptions.Caught(await Assert.ThrowsAnyAsync<Exception>(() => executor.ExecuteAsync(query, foreign, null, CancellationToken.None)));
        exceptions.Caught(Assert.Throws<GraphQLResponseException>(() => new GraphQLResponse<JsonElement>(default, [new GraphQLError($"client {Canary} / {wlzIndicatieId}")]).GetDataOrThrow()));

        // Melding out: a foutmelding about the canary's specificatie through the SDK's melding sender.
        var melding = new FoutmeldingBuilder(new NotificationParty(IDType.UZOVI, Uzovi)).Add("BR0123", recordId).Build();
        var sent = await sdk.GetRequiredService<IMeldingSender>().SendAsync(melding, CancellationToken.None);
        Assert.True(sent.IsDelivered, sent.ToString());
        Assert.Matches("^[0-9a-f]{32}$", sent.TraceId);
        Assert.Contains(zorgkantoor.ReceivedMeldingen, m => m.SubjectList.Any(s => s.RecordId == recordId));

        // Positive controls: the identifiers did pass through the SDK, and went to the audit sink only.
        Assert.Contains(audit.Records, r => r.Event.Code == IWlzAuditEventCodes.NotificatieReceived && r.Objects.Any(o => o.Identifier == recordId));
        Assert.Contains(audit.Records, r => r.Event.Code == IWlzAuditEventCodes.Query && r.Objects.Any(o => o.Identifier == specificatieId.ToString()));
        Assert.Contains(audit.Records, r => r.Event.Code == IWlzAuditEventCodes.MeldingSent && r.Objects.Any(o => o.Identifier == recordId));
        Assert.Contains(audit.Records, r => r.Event.Result == AuditResult.Refused);
        Assert.NotEmpty(tokens);

        var forbidden = new List<string> { Canary, wlzIndicatieId.ToString(), wlzIndicatieId.ToString("N"), specificatieId.ToString(), clientId.ToString(), bemiddelingId.ToString(), recordId };
        forbidden.AddRange(tokens.Distinct());
        forbidden.AddRange(tokens.Distinct().Select(t => t.Split('.')[1])); // a JWT payload on its own
        forbidden.Add(melding.Timestamp.ToString("O")); // the other variable values are the identifiers above or party codes


        var haystack = new Haystack();
        foreach (var record in logs.Records)
        {
            haystack.Add($"log {record.Category} {record.EventId.Id}", record.Message);
            haystack.Add($"log {record.Category} {record.EventId.Id} exception", record.Exception?.ToString());
            foreach (var value in record.State)
            {
                haystack.Add($"log {record.Category} {record.EventId.Id} state {value.Key}", value.Value?.ToString());
            }
        }

        foreach (var activity in activities.Stopped)
        {
            haystack.Add($"span {activity.Source.Name}", activity.DisplayName);
            haystack.Add($"span {activity.Source.Name} {activity.DisplayName} status", activity.StatusDescription);
            foreach (var tag in activity.TagObjects)
            {
                haystack.Add($"span {activity.DisplayName} tag {tag.Key}", tag.Value?.ToString());
            }

            foreach (var item in activity.Baggage)
            {
                haystack.Add($"span {activity.DisplayName} baggage {item.Key}", item.Value);
            }

            foreach (var evt in activity.Events)
            {
                haystack.Add($"span {activity.DisplayName} event", evt.Name);
                foreach (var tag in evt.Tags)
                {
                    haystack.Add($"span {activity.DisplayName} event {evt.Name} tag {tag.Key}", tag.Value?.ToString());
                }
            }
        }

        foreach (var measurement in metrics.Measurements)
        {
            foreach (var tag in measurement.Tags)
            {
                haystack.Add($"metric {measurement.Instrument} tag {tag.Key}", tag.Value?.ToString());
            }
        }

        foreach (var (source, message) in exceptions.Messages)
        {
            haystack.Add($"exception {source}", message);
        }

        // Sanity: each channel was really captured.
        Assert.Contains(logs.Records, r => r.Category.StartsWith("System.Net.Http", StringComparison.Ordinal));
        Assert.Contains(logs.Records, r => r.Category.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
        Assert.Contains(logs.Records, r => r.Category.StartsWith("IWlz.Client", StringComparison.Ordinal));
        Assert.Contains(activities.Stopped, a => a.DisplayName == "query BemiddelingspecificatieVoorZorgaanbieder");
        Assert.Contains(activities.Stopped, a => a.DisplayName == "mutation zendNotificatie");
        Assert.Contains(activities.Stopped, a => a.DisplayName == "mutation zendMelding" && a.Source.Name == "IWlz.Client");
        Assert.Contains(audit.Records, r => r.Event.Code == IWlzAuditEventCodes.TokenRequest);
        Assert.Contains(metrics.Measurements, m => m.Instrument == "iwlz.netwerkpunt.messages.received");
        Assert.Contains(metrics.Measurements, m => m.Instrument == "http.client.request.duration");
        Assert.True(exceptions.Messages.Count >= 4, "the refusals were captured");

        var leaks = haystack.Find(forbidden);
        Directory.Delete(Path.GetDirectoryName(addressBook)!, recursive: true);
        Assert.True(leaks.Count == 0, "Leaked:\n" + string.Join('\n', leaks));
    }

    private static ServiceProvider CreateClient(IWlzNetworkSimulator network, SimulatedParty me, SimulatedParty zorgkantoor, string addressBook, CapturingLoggerProvider logs, RecordingAuditSink audit, ConcurrentQueue<string> tokens)
    {
        var services = new ServiceCollection();
        services.AddLogging(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
        services.AddSingleton<ITokenProvider>(sp => new RecordingTokenProvider(ActivatorUtilities.CreateInstance<DefaultTokenProvider>(sp), tokens));
        services.AddIWlzClient(o =>
            {
                o.Environment = IWlzEnvironment.Test;
                o.Party.Role = IWlzPartyRole.Zorgaanbieder;
                o.Party.Code = OwnAgb;
                o.Endpoints.PepEndpoint = network.PepEndpoint;
                o.Endpoints.TokenEndpoint = network.TokenEndpoint;
                o.Services[IWlzServiceNames.Bemiddelingsregister] = new ServiceOptions { ResourceUri = zorgkantoor.RegisterUri };
                o.AddressBook.Path = addressBook;
                o.ServerTrust.RevocationMode = X509RevocationMode.NoCheck;
                o.Resilience.MaxRetryAttempts = 0;
            })
            .UseCertificate(me.Certificate, IWlzEnvironment.Test)
            .AddTrustedRootCertificate(network.RootCertificate);
        services.AddIWlzAuditing(o => o.SystemUserRoleCode = "03");
        services.AddSingleton<IIWlzAuditSink>(audit);
        return services.BuildServiceProvider();
    }

    private static async Task<Netwerkpunt> StartNetwerkpuntAsync(IWlzNetworkSimulator network, CapturingLoggerProvider logs, RecordingAuditSink audit, Received received)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders().AddProvider(logs).SetMinimumLevel(LogLevel.Trace);
        var serverCertificate = network.CertificateAuthority.IssueServer();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0, l => l.UseHttps(h =>
        {
            h.ServerCertificate = serverCertificate;
            h.RequirePepClientCertificate([network.RootCertificate]);
        })));
        builder.Services.AddIWlzNetwerkpunt(o => o.ClientCertificateRoots.Add(network.RootCertificate))
            .UseInMemory()
            .ConfigureDispatcher(o => o.PollInterval = TimeSpan.FromMilliseconds(20));
        builder.Services.AddSingleton<INotificatieMessageHandler>(received);
        builder.Services.AddIWlzAuditing(o => o.SystemUserRoleCode = "03");
        builder.Services.AddSingleton<IIWlzAuditSink>(audit);
        var app = builder.Build();
        app.MapIWlzNetwerkpunt("/netwerkpunt");
        await app.StartAsync();
        return new Netwerkpunt(app, new Uri(app.Urls.First().TrimEnd('/') + "/netwerkpunt"));
    }

    private sealed class Netwerkpunt(WebApplication app, Uri uri) : IAsyncDisposable
    {
        internal Uri Uri { get; } = uri;

        public async ValueTask DisposeAsync()
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    /// <summary>The host's notification handler: hands the first notification to the test.</summary>
    private sealed class Received : INotificatieMessageHandler
    {
        private readonly TaskCompletionSource<InboundMessage> _first = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task HandleAsync(InboundMessage notificatie, CancellationToken cancellationToken)
        {
            _first.TrySetResult(notificatie);
            return Task.CompletedTask;
        }

        internal Task<InboundMessage> WaitAsync() => _first.Task.WaitAsync(TimeSpan.FromSeconds(30));
    }

    /// <summary>Remembers every token the SDK used, so the search can look for them.</summary>
    private sealed class RecordingTokenProvider(ITokenProvider inner, ConcurrentQueue<string> tokens) : ITokenProvider
    {
        public async ValueTask<NidAccessToken> GetTokenAsync(NidTokenRequest request, CancellationToken cancellationToken)
        {
            var token = await inner.GetTokenAsync(request, cancellationToken);
            tokens.Enqueue(token.Value);
            return token;
        }

        public void Invalidate(NidTokenRequest request, NidAccessToken token) => inner.Invalidate(request, token);
    }

    /// <summary>
    /// Every exception the SDK's assemblies throw (first chance, also those handled inside the SDK) and every
    /// exception a call surfaced to the test, with its inner exceptions.
    /// </summary>
    private sealed class ExceptionCapture : IDisposable
    {
        private static readonly Assembly[] Ours = [typeof(IWlzException).Assembly, typeof(IWlz.Client.AspNetCore.Diagnostics.IWlzAspNetCoreDiagnostics).Assembly];

        internal ExceptionCapture() => AppDomain.CurrentDomain.FirstChanceException += OnFirstChance;

        internal ConcurrentQueue<(string Source, string Message)> Messages { get; } = new();

        internal void Caught(Exception exception)
        {
            for (var e = exception; e is not null; e = e.InnerException)
            {
                Messages.Enqueue(("caught " + e.GetType().Name, e.Message));
            }
        }

        public void Dispose() => AppDomain.CurrentDomain.FirstChanceException -= OnFirstChance;

        private void OnFirstChance(object? sender, FirstChanceExceptionEventArgs args)
        {
            var exception = args.Exception;
            if (Ours.Contains(exception.GetType().Assembly) || Ours.Contains(exception.TargetSite?.DeclaringType?.Assembly))
            {
                Messages.Enqueue(("thrown " + exception.GetType().Name, exception.Message));
            }
        }
    }

    /// <summary>Everything captured, with where it came from, searched for the forbidden values.</summary>
    private sealed class Haystack
    {
        private readonly List<(string Where, string Text)> _items = [];

        internal void Add(string where, string? text)
        {
            if (!string.IsNullOrEmpty(text))
            {
                _items.Add((where, text));
            }
        }

        internal List<string> Find(IEnumerable<string> needles)
        {
            var leaks = new List<string>();
            foreach (var needle in needles.Where(n => n.Length >= 8).Distinct())
            {
                foreach (var (where, text) in _items)
                {
                    if (text.Contains(needle, StringComparison.OrdinalIgnoreCase))
                    {
                        leaks.Add($"{where}: …{Excerpt(text, needle)}…");
                    }
                }
            }

            return leaks;
        }

        private static string Excerpt(string text, string needle)
        {
            var at = text.IndexOf(needle, StringComparison.OrdinalIgnoreCase);
            var start = Math.Max(0, at - 60);
            return text.Substring(start, Math.Min(text.Length - start, needle.Length + 120));
        }
    }
}
