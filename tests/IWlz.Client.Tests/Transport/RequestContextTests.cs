using IWlz.Client.Transport.Internal;

namespace IWlz.Client.Tests.Transport;

/// <summary>
/// The SDK's own requests carry their context as a field; a request made elsewhere (a host's own HttpClient call
/// through an SDK handler) carries it as an option. Both are found by the handlers, and neither is confused with
/// a request that has none.
/// </summary>
public sealed class RequestContextTests
{
    [Fact]
    public void The_SDK_s_own_request_keeps_its_context_as_a_field_and_leaves_the_options_empty()
    {
        using var request = new SdkRequestMessage(HttpMethod.Post, new Uri("https://pep.example.test/graphql"));
        var context = new RequestContext { OperationName = "Own" }.AttachTo(request);

        Assert.Same(context, RequestContext.Of(request));
        Assert.Same(context, request.Context);
        Assert.Empty(request.Options);
    }

    [Fact]
    public void A_request_made_elsewhere_carries_its_context_as_an_option()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("https://pep.example.test/graphql"));
        var context = new RequestContext { OperationName = "Foreign" }.AttachTo(request);

        Assert.Same(context, RequestContext.Of(request));
        Assert.True(request.Options.TryGetValue(RequestKeys.Context, out var stored));
        Assert.Same(context, stored);
    }

    [Fact]
    public void Requests_without_a_context_have_none()
    {
        using var own = new SdkRequestMessage(HttpMethod.Get, new Uri("https://pep.example.test/"));
        using var foreign = new HttpRequestMessage(HttpMethod.Get, new Uri("https://pep.example.test/"));

        Assert.Null(RequestContext.Of(own));
        Assert.Null(RequestContext.Of(foreign));
        Assert.Null(RequestContext.Of(null));
    }
}
