// Runs one typed register query against the simulated network and prints, as JSON, the headers each SDK
// request carried when it reached the socket handler, the trace ID the SDK reported, and how many
// System.Net.Http activities HttpClient started (none when activity propagation is switched off).
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using IWlz.Client;
using IWlz.Client.Bemiddelingsregister;
using IWlz.Client.GraphQL;
using IWlz.Client.Testing;
using IWlz.Client.Testing.Data.Bemiddelingsregister;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http;

const string Agb = "99000011";
var seen = new ConcurrentQueue<SeenRequest>();
var httpActivities = 0;
using var listener = new ActivityListener
{
    ShouldListenTo = _ => true,
    Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
    ActivityStarted = a =>
    {
        if (a.Source.Name == "System.Net.Http")
        {
            Interlocked.Increment(ref httpActivities);
        }
    },
};
ActivitySource.AddActivityListener(listener);

await using var simulator = await IWlzNetworkSimulator.StartAsync(new SimulatorOptions { Seed = 3 });
var party = simulator.Zorgaanbieder(Agb);
var specificatie = simulator.Data.GetAll<BemiddelingspecificatieRecord>().First(s => s.Instelling == Agb);
var bemiddeling = simulator.Data.Find<BemiddelingRecord>(specificatie.BemiddelingID)!;

var services = new ServiceCollection();
services.AddLogging();
services.AddIWlzClient(o => o.Services[IWlzServiceNames.Bemiddelingsregister] = new ServiceOptions { GegevensdienstId = $"{bemiddeling.VerantwoordelijkZorgkantoor}-register-tst" })
    .UseSimulator(simulator, party);
services.AddSingleton<IHttpMessageHandlerBuilderFilter>(new RecordingFilter(seen));
await using var provider = services.BuildServiceProvider();
var executor = provider.GetRequiredService<IGraphQLExecutor>();

using var caller = new ActivitySource("IWlz.Client.TracingProbe").StartActivity("vendor work");
var response = await executor.ExecuteAsync(
    BemiddelingspecificatieVoorZorgaanbiederOperation.Descriptor,
    new BemiddelingspecificatieVoorZorgaanbiederVariables { BemiddelingspecificatieID = specificatie.BemiddelingspecificatieID, Instelling = Agb },
    null,
    CancellationToken.None);

Console.WriteLine(JsonSerializer.Serialize(new
{
    success = response.IsSuccess,
    traceId = response.TraceId,
    spanId = response.SpanId,
    httpActivities,
    requests = seen.ToArray(),
}));

internal sealed record SeenRequest(string Client, Dictionary<string, string[]> Headers);

/// <summary>Puts a recorder at the bottom of each SDK client's handler chain, right above the socket handler.</summary>
internal sealed class RecordingFilter(ConcurrentQueue<SeenRequest> seen) : IHttpMessageHandlerBuilderFilter
{
    public Action<HttpMessageHandlerBuilder> Configure(Action<HttpMessageHandlerBuilder> next) => builder =>
    {
        next(builder);
        if (builder.Name?.StartsWith("IWlz.Client.", StringComparison.Ordinal) == true)
        {
            builder.AdditionalHandlers.Add(new Recorder(builder.Name[..builder.Name.IndexOf(':', StringComparison.Ordinal)], seen));
        }
    };

    private sealed class Recorder(string client, ConcurrentQueue<SeenRequest> seen) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            // Names only for Authorization: the test needs no token.
            seen.Enqueue(new SeenRequest(client, request.Headers.Where(h => h.Key != "Authorization").ToDictionary(h => h.Key, h => h.Value.ToArray())));
            return base.SendAsync(request, cancellationToken);
        }
    }
}
