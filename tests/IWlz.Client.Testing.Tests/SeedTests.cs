using System.Text.Json;
using IWlz.Client.Privacy;
using IWlz.Client.Testing.Data.Bemiddelingsregister;
using IWlz.Client.Testing.Data.Indicatieregister;
using IWlz.Client.Testing.Data.Leveringsregister;
using Br = IWlz.Client.Testing.Data.Bemiddelingsregister;

namespace IWlz.Client.Testing.Tests;

public sealed class SeedTests
{
    private static readonly DateOnly Reference = new(2025, 3, 1);

    [Fact]
    public async Task The_same_seed_and_reference_date_give_the_same_data()
    {
        var first = await Dump(7);
        var second = await Dump(7);
        Assert.Equal(first, second);
    }

    [Fact]
    public async Task Another_seed_gives_other_ids_and_bsns()
    {
        var first = await Dump(7);
        var other = await Dump(8);
        Assert.NotEqual(first, other);
    }

    [Fact]
    public async Task Every_seeded_bsn_passes_the_11_proef_and_ids_are_version_4()
    {
        await using var sim = await IWlzNetworkSimulator.StartAsync(new SimulatorOptions { Seed = 3, ReferenceDate = Reference });
        var indicaties = sim.Data.GetAll<WlzIndicatieRecord>();
        Assert.NotEmpty(indicaties);
        Assert.All(indicaties, i => Assert.True(Bsn.IsValid(i.Bsn), i.Bsn));
        Assert.All(sim.Data.GetAll<Br.ClientRecord>(), c => Assert.True(Bsn.IsValid(c.Bsn), c.Bsn));
        Assert.All(sim.Data.GetAll<LeveringRecord>(), l => Assert.True(Bsn.IsValid(l.Bsn), l.Bsn));
        Assert.Equal(indicaties.Count, indicaties.Select(i => i.Bsn).Distinct().Count());
        Assert.All(sim.Data.GetAll<BemiddelingspecificatieRecord>(), s => Assert.Equal(4, s.BemiddelingspecificatieID.Version));

        // The registers agree with each other: every bemiddeling points at a seeded indicatie of the same person.
        foreach (var bemiddeling in sim.Data.GetAll<BemiddelingRecord>())
        {
            var indicatie = Assert.Single(indicaties, i => i.WlzindicatieID == bemiddeling.WlzIndicatieID);
            Assert.Equal(indicatie.Bsn, sim.Data.Find<Br.ClientRecord>(bemiddeling.ClientID)!.Bsn);
        }
    }

    [Fact]
    public async Task The_seed_covers_every_register_and_relation_the_templates_need()
    {
        await using var sim = await IWlzNetworkSimulator.StartAsync(new SimulatorOptions { ReferenceDate = Reference });
        Assert.NotEmpty(sim.Data.GetAll<RegiehouderRecord>());
        Assert.NotEmpty(sim.Data.GetAll<OverdrachtRecord>());
        Assert.NotEmpty(sim.Data.GetAll<OverdrachtspecificatieRecord>());
        Assert.NotEmpty(sim.Data.GetAll<ContactpersoonContactgegevensRecord>());
        Assert.Contains(sim.Data.GetAll<BemiddelingspecificatieRecord>(), s => s.ToewijzingEinddatum is not null);
        Assert.Contains(sim.Data.GetAll<BemiddelingspecificatieRecord>(), s => s.ToewijzingEinddatum is null);
        Assert.Contains(sim.Data.GetAll<BemiddelingspecificatieRecord>(), s => s.UitvoerendZorgkantoor != sim.Data.Find<BemiddelingRecord>(s.BemiddelingID)!.VerantwoordelijkZorgkantoor);
        Assert.NotEmpty(sim.Data.GetAll<LeveringperiodeRecord>());
        Assert.NotEmpty(sim.Data.GetAll<VerzoekAanbiederRecord>());
        Assert.NotEmpty(sim.Data.GetAll<AfstelRecord>());
    }

    [Fact]
    public async Task Records_must_refer_to_stored_records()
    {
        await using var sim = await IWlzNetworkSimulator.StartAsync(new SimulatorOptions { SeedData = false });
        var error = await Assert.ThrowsAsync<ArgumentException>(() => sim.Data.SaveAsync(new BemiddelingRecord
        {
            BemiddelingID = Guid.NewGuid(),
            ClientID = Guid.NewGuid(),
            WlzIndicatieID = Guid.NewGuid(),
            VerantwoordelijkZorgkantoor = "5555",
            VerantwoordelijkheidIngangsdatum = Reference,
        }));
        Assert.Contains("ClientID", error.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<ArgumentException>(() => sim.Data.SaveAsync(new object()));
    }

    [Fact]
    public async Task Every_reference_of_a_record_is_checked_and_the_error_names_the_missing_one()
    {
        await using var sim = await IWlzNetworkSimulator.StartAsync(new SimulatorOptions { ReferenceDate = Reference, SendNotifications = false });
        var stored = sim.Data.GetAll<OverdrachtspecificatieRecord>()[0];
        var missing = Guid.NewGuid();

        // The first reference (OverdrachtID) is stored; the second is not.
        var error = await Assert.ThrowsAsync<ArgumentException>(() => sim.Data.SaveAsync(stored with { OverdrachtspecificatieID = Guid.NewGuid(), BemiddelingspecificatieID = missing }));

        Assert.Contains($"The Overdrachtspecificatie record refers through BemiddelingspecificatieID to BemiddelingspecificatieRecord {missing}, which the simulator does not hold.", error.Message, StringComparison.Ordinal);
        Assert.Equal("record", error.ParamName);
        Assert.DoesNotContain(sim.Data.GetAll<OverdrachtspecificatieRecord>(), o => o.BemiddelingspecificatieID == missing);
    }

    private static async Task<string> Dump(int seed)
    {
        await using var sim = await IWlzNetworkSimulator.StartAsync(new SimulatorOptions { Seed = seed, ReferenceDate = Reference, SendNotifications = false });
        return JsonSerializer.Serialize(new object[]
        {
            sim.Data.GetAll<WlzIndicatieRecord>(),
            sim.Data.GetAll<Br.ClientRecord>(),
            sim.Data.GetAll<BemiddelingRecord>(),
            sim.Data.GetAll<BemiddelingspecificatieRecord>(),
            sim.Data.GetAll<RegiehouderRecord>(),
            sim.Data.GetAll<OverdrachtRecord>(),
            sim.Data.GetAll<ContactpersoonRecord>(),
            sim.Data.GetAll<LeveringRecord>(),
            sim.Data.GetAll<VerzoekRecord>(),
        });
    }
}
