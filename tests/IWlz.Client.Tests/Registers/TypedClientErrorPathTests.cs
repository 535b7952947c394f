using IWlz.Client.Bemiddelingsregister;
using IWlz.Client.GraphQL;
using IWlz.Client.Tests.Infrastructure;
using IWlz.Client.Tests.Registers.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static IWlz.Client.Tests.Registers.Infrastructure.Parties;

namespace IWlz.Client.Tests.Registers;

/// <summary>
/// The typed register clients have no async frame of their own: over the SDK's transport the executor takes the
/// root list from the response, so a failed call faults one task. What a caller sees must not change.
/// </summary>
public sealed class TypedClientErrorPathTests : IDisposable
{
    private const string AccessDenied = """{"errors":[{"message":"bemiddelingspecificatie: Policy: Access Denied","locations":[{"line":1,"column":97}],"path":["bemiddelingspecificatie"],"extensions":{"code":"FORBIDDEN"}}],"data":null}""";

    private readonly FakeNetwork _network = FakeNetwork.Start();

    [Fact]
    public async Task A_refused_typed_call_carries_everything_and_is_thrown_only_where_it_is_awaited()
    {
        _network.WithToken().WithPep(403, AccessDenied);
        using var sdk = SdkHarness.Create(_network.PepEndpoint, _network.TokenEndpoint);
        var client = sdk.Provider.GetRequiredService<IBemiddelingsregisterClient>();

        var error = await Assert.ThrowsAsync<IWlzException>(() => client.GetBemiddelingspecificatieVoorZorgaanbiederAsync(Guid.NewGuid()));

        Assert.Equal(IWlzErrorKind.AccessDenied, error.Kind);
        Assert.Equal(403, error.StatusCode);
        Assert.Equal("FORBIDDEN", error.ErrorCode);
        Assert.Equal("bemiddelingspecificatie: Policy: Access Denied", error.ServerMessage);
        Assert.Equal(BemiddelingspecificatieVoorZorgaanbiederOperation.Name, error.OperationName);
        Assert.Equal(IWlz.Client.Registers.IWlzTemplates.QBR0001ZA, error.TemplateId);
        Assert.Matches("^[0-9a-f]{32}$", error.TraceId);
        var graphQLError = Assert.Single(error.GraphQLErrors);
        Assert.Equal("bemiddelingspecificatie", Assert.Single(graphQLError.Path).GetString());
        Assert.Equal(new GraphQLErrorLocation(1, 97), Assert.Single(graphQLError.Locations));

        // Handed back as a faulted task and thrown once, where it is awaited: no SDK frame threw or rethrew it on the way
        // (a throw in an async frame leaves that frame and a "previous location" marker in the trace).
        Assert.DoesNotContain(nameof(IWlz.Client.Transport.Internal.PepGraphQLExecutor), error.StackTrace, StringComparison.Ordinal);
        Assert.DoesNotContain(nameof(BemiddelingsregisterClient), error.StackTrace, StringComparison.Ordinal);
        Assert.DoesNotContain("previous location", error.StackTrace, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Over_the_sdk_transport_a_typed_call_returns_the_root_list_and_partial_data_is_still_an_exception()
    {
        var fixture = File.ReadAllText(RecordingExecutor.FixturePath(IWlz.Client.Registers.IWlzTemplates.QBR0001ZA)).Trim();
        _network.WithToken().WithPep(200, fixture);
        using var sdk = SdkHarness.Create(_network.PepEndpoint, _network.TokenEndpoint);
        var client = sdk.Provider.GetRequiredService<IBemiddelingsregisterClient>();

        var list = await client.GetBemiddelingspecificatieVoorZorgaanbiederAsync(Guid.NewGuid());
        Assert.Equal(3, list.Count);
        Assert.Equal(Guid.Parse("9d0dd084-aff3-49e2-b426-49c6957360ec"), list[0].BemiddelingspecificatieID);

        _network.WithPep(200, """{"errors":[{"message":"part missing","path":["bemiddelingspecificatie",0]}],""" + fixture[1..]);
        var partial = await Assert.ThrowsAsync<GraphQLResponseException>(() => client.GetBemiddelingspecificatieVoorZorgaanbiederAsync(Guid.NewGuid()));
        Assert.True(partial.HasPartialData);
        Assert.Equal("part missing", Assert.Single(partial.Errors).Message);
    }

    [Fact]
    public void What_fails_while_the_variables_are_built_comes_through_the_returned_task()
    {
        var client = new BemiddelingsregisterClient(RecordingExecutor.AnsweringWithFixtures(), Zorgaanbieder);
        var noParty = new BemiddelingsregisterClient(RecordingExecutor.AnsweringWithFixtures(), new ThrowingIdentity());

        var outOfRange = client.GetBemiddelingspecificatieOverzichtVoorZorgaanbiederMetEinddatumAsync(Guid.NewGuid(), new DateOnly(2024, 1, 1), DateOnly.MaxValue);
        var unconfigured = noParty.GetBemiddelingspecificatieVoorZorgaanbiederAsync(Guid.NewGuid());

        Assert.True(outOfRange.IsFaulted);
        Assert.IsType<ArgumentOutOfRangeException>(outOfRange.Exception!.InnerException);
        Assert.True(unconfigured.IsFaulted);
        Assert.Equal(IWlzErrorKind.Configuration, Assert.IsType<IWlzException>(unconfigured.Exception!.InnerException).Kind);
    }

    public void Dispose() => _network.Dispose();

    private sealed class ThrowingIdentity : IWlzPartyIdentity
    {
        public PartyIdentity GetIdentity() => throw new IWlzException(IWlzErrorKind.Configuration, IWlzErrorSource.Client, "No party is configured.");
    }
}
