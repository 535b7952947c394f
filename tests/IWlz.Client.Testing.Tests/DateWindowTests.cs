using System.Globalization;
using System.Text.Json.Nodes;
using IWlz.Client.Testing.Data.Bemiddelingsregister;
using Microsoft.Extensions.Time.Testing;

namespace IWlz.Client.Testing.Tests;

/// <summary>QBR-0002-ZA: contact data until toewijzingEinddatum + 2 years, overlapping specificaties until 31 May of the next year.</summary>
public sealed class DateWindowTests : IAsyncLifetime
{
    private const string Query = """
        query($id: UUID!, $agb: String!, $start: Date!, $end: Date!, $twoYears: Date!, $may31: Date!) {
          bemiddelingspecificatie(where: {
            bemiddelingspecificatieID: { eq: $id }, instelling: { eq: $agb },
            toewijzingIngangsdatum: { eq: $start }, toewijzingEinddatum: { eq: $end } }) {
            bemiddelingspecificatieID
            bemiddeling {
              client {
                contactgegevens(where: { and: [{ or: [{ einddatum: { eq: null } }, { einddatum: { gte: $start } }] }, { ingangsdatum: { ngt: $twoYears } }] }) { straatnaam }
              }
              bemiddelingspecificatie(where: { and: [{ or: [{ toewijzingEinddatum: { eq: null } }, { toewijzingEinddatum: { gte: $start } }] }, { toewijzingIngangsdatum: { ngt: $may31 } }] }) { zzpCode }
            }
          }
        }
        """;

    private static readonly DateTimeOffset Start = new(2025, 1, 10, 10, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider clock = new(Start);
    private IWlzNetworkSimulator sim = null!;

    public async Task InitializeAsync() => sim = await IWlzNetworkSimulator.StartAsync(new SimulatorOptions { TimeProvider = clock, SendNotifications = false });

    public async Task DisposeAsync() => await sim.DisposeAsync();

    [Fact]
    public async Task The_windows_open_and_close_with_the_derived_dates()
    {
        var spec = sim.Data.GetAll<BemiddelingspecificatieRecord>().First(s => s.ToewijzingEinddatum is not null);
        var zk = sim.Data.Find<BemiddelingRecord>(spec.BemiddelingID)!.VerantwoordelijkZorgkantoor;
        var end = spec.ToewijzingEinddatum!.Value;
        var may31 = new DateOnly(end.Year + 1, 5, 31);
        using var raw = new RawNetwork(sim, sim.Zorgaanbieder(spec.Instelling!));
        object Vars(DateOnly twoYears, DateOnly may) => new
        {
            id = spec.BemiddelingspecificatieID,
            agb = spec.Instelling,
            start = Text(spec.ToewijzingIngangsdatum),
            end = Text(end),
            twoYears = Text(twoYears),
            may31 = Text(may),
        };

        // Seeded end dates lie about seven months before the reference day (here 2025-01-10), so both windows are open.
        var open = await raw.QueryAsync(RawNetwork.BrRead, sim.Zorgkantoor(zk).RegisterUri, Query, Vars(end.AddYears(2), may31));
        Assert.True(open.Status == 200, open.Body);
        var overlapping = open.Data!["bemiddelingspecificatie"]![0]!["bemiddeling"]!["bemiddelingspecificatie"]!.AsArray();
        Assert.Contains(overlapping, s => s!["zzpCode"]!.GetValue<string>() == spec.ZzpCode);

        var widened = await raw.QueryAsync(RawNetwork.BrRead, sim.Zorgkantoor(zk).RegisterUri, Query, Vars(end.AddYears(3), may31));
        Assert.Equal(403, widened.Status);
        Assert.Contains("$ToewijzingEinddatum2Jaar must be $ToewijzingEinddatum plus 2 years", widened.FirstErrorMessage, StringComparison.Ordinal);

        clock.SetUtcNow(new DateTimeOffset(may31.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));
        var token = await raw.GetTokenAsync(RawNetwork.BrRead, sim.Zorgkantoor(zk).RegisterUri);
        var closed = await raw.QueryAsync(token, Query, Vars(end.AddYears(2), may31));
        Assert.Equal(403, closed.Status);
        Assert.Contains("overlapping specificaties are only available until 31 May", closed.FirstErrorMessage, StringComparison.Ordinal);

        // Without the overlapping specificaties the contact data stays available until the 2-year window closes.
        var contactOnly = Query.Replace(
            "bemiddelingspecificatie(where: { and: [{ or: [{ toewijzingEinddatum: { eq: null } }, { toewijzingEinddatum: { gte: $start } }] }, { toewijzingIngangsdatum: { ngt: $may31 } }] }) { zzpCode }",
            string.Empty,
            StringComparison.Ordinal).Replace(", $may31: Date!", string.Empty, StringComparison.Ordinal);
        var stillOpen = await raw.QueryAsync(token, contactOnly, JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(Vars(end.AddYears(2), may31)))!.AsObject().Also(o => o.Remove("may31")));
        Assert.Equal(200, stillOpen.Status);

        clock.SetUtcNow(new DateTimeOffset(end.AddYears(2).AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));
        var lateToken = await raw.GetTokenAsync(RawNetwork.BrRead, sim.Zorgkantoor(zk).RegisterUri);
        var tooLate = await raw.QueryAsync(lateToken, contactOnly, JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(Vars(end.AddYears(2), may31)))!.AsObject().Also(o => o.Remove("may31")));
        Assert.Equal(403, tooLate.Status);
        Assert.Contains("contact data is only available until toewijzingEinddatum + 2 years", tooLate.FirstErrorMessage, StringComparison.Ordinal);
    }

    private static string Text(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

internal static class JsonObjectExtensions
{
    public static JsonObject Also(this JsonObject obj, Action<JsonObject> change)
    {
        change(obj);
        return obj;
    }
}
