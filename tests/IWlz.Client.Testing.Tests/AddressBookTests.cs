using System.Text.Json.Nodes;

namespace IWlz.Client.Testing.Tests;

[Collection(SharedNetworkCollection.Name)]
public sealed class AddressBookTests(SharedNetwork network)
{
    [Fact]
    public void The_address_book_describes_every_service_in_the_adresboek_format()
    {
        var sim = network.Simulator;
        using var stream = new MemoryStream();
        sim.WriteAddressBook(stream);
        var services = JsonNode.Parse(stream.ToArray())!["electronicServices"]!.AsArray();

        foreach (var service in services)
        {
            Assert.False(string.IsNullOrEmpty(service!["description"]?.GetValue<string>()));
            Assert.False(string.IsNullOrEmpty(service["weergavenaam"]?.GetValue<string>()));
            Assert.Equal(sim.PepEndpoint.AbsoluteUri, service["authorizationEndpoint"]!["authorizationEndpointuri"]!.GetValue<string>());
            Assert.Equal(sim.TokenEndpoint.AbsoluteUri, service["tokenEndpoint"]!["tokenEndpointuri"]!.GetValue<string>());
            Assert.NotEmpty(service["systeemrollen"]!.AsArray());
        }

        string ResourceOf(string id, string role) => services
            .Single(s => s!["gegevensdienstId"]!.GetValue<string>() == id)!["systeemrollen"]!.AsArray()
            .Single(r => r!["systeemrolcode"]!.GetValue<string>() == role)!["resourceEndpoint"]!["resourceEndpointuri"]!.GetValue<string>();

        Assert.Equal(sim.Ciz.RegisterUri.AbsoluteUri, ResourceOf("CIZ_REGISTER_TST", "REGISTER"));
        Assert.Equal(sim.Zorgkantoor("5555").RegisterUri.AbsoluteUri, ResourceOf("5555_REGISTER_TST", "REGISTER"));
        Assert.Equal(sim.Zorgkantoor("5555").EffectiveNetwerkpuntUri.AbsoluteUri, ResourceOf("5555_NOTIFICATIE_TST", "NOTIFICATIE_BEMIDDELING"));
        Assert.Equal(sim.Zorgaanbieder("99000011").RegisterUri.AbsoluteUri, ResourceOf("99000011_REGISTER_TST", "REGISTER"));
        Assert.Equal(sim.Ciz.EffectiveNetwerkpuntUri.AbsoluteUri, ResourceOf("CIZ_MELDING_TST", "MELDING"));
    }

    [Fact]
    public void A_party_netwerkpunt_must_be_https()
    {
        var party = network.Simulator.Zorgaanbieder("99000099");
        Assert.Throws<ArgumentException>(() => party.NetwerkpuntUri = new Uri("http://127.0.0.1:5000/netwerkpunt"));
        Assert.Throws<ArgumentException>(() => network.Simulator.Zorgaanbieder("123"));
    }
}
