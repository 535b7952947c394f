using IWlz.Client.AspNetCore.Tests.Infrastructure;
using IWlz.Client.Inbox;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace IWlz.Client.AspNetCore.Tests;

public sealed class NetwerkpuntConfigurationTests
{
    [Fact]
    public async Task Invalid_options_stop_the_start_and_name_each_setting()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Services.AddIWlzNetwerkpunt(o =>
        {
            o.MaxDepth = 2;
            o.MaxRequestBodySize = 10;
            o.AcknowledgementTimeout = TimeSpan.FromMinutes(5);
            o.AllowedClientCertificateThumbprints.Add("not-a-thumbprint");
        }).UseInMemory();
        await using var app = builder.Build();
        app.MapIWlzNetwerkpunt("/netwerkpunt");

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        var all = string.Join("\n", error.Failures);
        Assert.Contains("NetwerkpuntOptions.MaxDepth", all, StringComparison.Ordinal);
        Assert.Contains("NetwerkpuntOptions.MaxRequestBodySize", all, StringComparison.Ordinal);
        Assert.Contains("NetwerkpuntOptions.AcknowledgementTimeout", all, StringComparison.Ordinal);
        Assert.Contains("NetwerkpuntOptions.AllowedClientCertificateThumbprints", all, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mapping_without_the_services_fails_with_a_clear_message()
    {
        await using var app = WebApplication.CreateSlimBuilder().Build();
        var error = Assert.Throws<InvalidOperationException>(() => app.MapIWlzNetwerkpunt("/netwerkpunt"));
        Assert.Contains("AddIWlzNetwerkpunt", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_store_slower_than_the_acknowledgement_budget_gets_503_and_no_acknowledgement()
    {
        await using var server = await NetwerkpuntTestServer.StartAsync(
            SharedCertificates.Ca,
            inbox: b => b.UseInbox<SlowInbox>(),
            options: o => o.AcknowledgementTimeout = TimeSpan.FromMilliseconds(200));
        using var client = server.CreateClient(SharedCertificates.Pep);

        var (status, body, _) = await Requests.PostAsync(client, Requests.Notificatie());

        Assert.Equal(503, status);
        Assert.Contains("NOT acknowledged", body!.RootElement.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains(server.Logs.Entries, e => e.EventId.Id == 5005);
    }

    /// <summary>An inbox that never finishes storing within a short budget.</summary>
    private sealed class SlowInbox : DelegatingInbox
    {
        public override async Task<InboxAcceptResult> AcceptAsync(InboundMessage message, CancellationToken cancellationToken)
        {
            await Task.Delay(TimeSpan.FromSeconds(30), cancellationToken);
            return await Inner.AcceptAsync(message, cancellationToken);
        }
    }
}
