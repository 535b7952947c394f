using System.Globalization;
using System.Text.Json.Nodes;
using IWlz.Client.Testing.Data.Bemiddelingsregister;
using Microsoft.Extensions.Time.Testing;

namespace IWlz.Client.Testing.Tests;

/// <summary>QBR-0002-ZA: contact data until toewijzingEinddatum + 2 years, overlapping specificaties until 31 May of the next year.</summary>
public sealed class DateWindowTests : IAsyncLifetime
{
    private const string Query = """
        query Overzicht($BemiddelingspecificatieID: UUID!, $Instelling: String!, $ToewijzingIngangsdatum: Date!, $ToewijzingEinddatum: Date!, $ToewijzingEinddatum2Jaar: Date!, $ToewijzingEinddatum31Mei: Date!) {
          bemiddelingspecificatie(where: {
            bemiddelingspecificatieID: { eq: $BemiddelingspecificatieID }, instelling: { eq: $Instelling },
            toewijzingIngangsdatum: { eq: $ToewijzingIngangsdatum }, toewijzingEinddatum: { eq: $ToewijzingEinddatum } }) {
            bemiddelingspecificatieID
            bemiddeling {
              client {
                contactgegevens(where: { and: [{ or: [{ einddatum: { eq: null } }, { einddatum: { gte: $ToewijzingIngangsdatum } }] }, { ingangsdatum: { ngt: $ToewijzingEinddatum2Jaar } }] }) { straatnaam }
              }
              bemiddelingspecificatie(where: { and: [{ or: [{ toewijzingEinddatum: { eq: null } }, { toewijzingEinddatum: { gte: $ToewijzingIngangsdatum } }] }, { toewijzingIngangsdatum: { ngt: $ToewijzingEinddatum31Mei } }] }) { zzpCode }
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
        // The template's variable names: the PEP reads them by name.
        object Vars(DateOnly twoYears, DateOnly may) => new
        {
            spec.BemiddelingspecificatieID,
            spec.Instelling,
            ToewijzingIngangsdatum = Text(spec.ToewijzingIngangsdatum),
            ToewijzingEinddatum = Text(end),
            ToewijzingEinddatum2Jaar = Text(twoYears),
            ToewijzingEinddatum31Mei = Text(may),
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
            "bemiddelingspecificatie(where: { and: [{ or: [{ toewijzingEinddatum: { eq: null } }, { toewijzingEinddatum: { gte: $ToewijzingIngangsdatum } }] }, { toewijzingIngangsdatum: { ngt: $ToewijzingEinddatum31Mei } }] }) { zzpCode }",
            string.Empty,
            StringComparison.Ordinal).Replace(", $ToewijzingEinddatum31Mei: Date!", string.Empty, StringComparison.Ordinal);
        var stillOpen = await raw.QueryAsync(token, contactOnly, JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(Vars(end.AddYears(2), may31)))!.AsObject().Also(o => o.Remove("ToewijzingEinddatum31Mei")));
        Assert.Equal(200, stillOpen.Status);

        clock.SetUtcNow(new DateTimeOffset(end.AddYears(2).AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));
        var lateToken = await raw.GetTokenAsync(RawNetwork.BrRead, sim.Zorgkantoor(zk).RegisterUri);
        var tooLate = await raw.QueryAsync(lateToken, contactOnly, JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(Vars(end.AddYears(2), may31)))!.AsObject().Also(o => o.Remove("ToewijzingEinddatum31Mei")));
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
