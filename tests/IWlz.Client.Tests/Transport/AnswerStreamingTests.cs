using System.Net;
using System.Text;
using IWlz.Client.Bemiddelingsregister;
using IWlz.Client.Tests.Infrastructure;
using IWlz.Client.Transport.Internal;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Https;
using Microsoft.Extensions.Logging;

namespace IWlz.Client.Tests.Transport;

/// <summary>
/// Reading a 2xx JSON answer while it arrives (data metadata that can be resumed, as source generation makes):
/// on Kestrel with real mutual TLS, answers written in small chunks without a <c>Content-Length</c>, too large,
/// broken off, or not fitting the type.
/// </summary>
public sealed class AnswerStreamingTests : IAsyncLifetime
{
    private const string Id = "6f1a7e4c-2b9d-4c61-9a8e-3d5b7f0c1a22";
    private const string LimitMessage = "larger than IWlz:Resilience:MaxResponseBodyBytes";

    private WebApplication _app = null!;
    private Uri _baseUri = null!;
    private Func<HttpContext, Task> _pep = _ => Task.CompletedTask;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(https =>
        {
            https.ServerCertificate = TestPki.Server;
            https.ClientCertificateMode = ClientCertificateMode.RequireCertificate;
            https.ClientCertificateValidation = (certificate, _, _) => TestPki.Ca.IsIssuedBy(certificate);
        })));
        _app = builder.Build();
        _app.MapPost("/token", () => Results.Text(NidJwt.Envelope(NidJwt.Create(DateTimeOffset.UtcNow, TimeSpan.FromMinutes(10)), 600), "application/json"));
        _app.MapPost("/pep", (HttpContext context) => _pep(context));
        await _app.StartAsync();
        _baseUri = new Uri(_app.Urls.First());
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public void Streaming_is_offered_for_resumable_data_metadata_and_not_for_the_generated_converters()
    {
        Assert.NotNull(ResponseEnvelope<SpecificatieData>.StreamingTypeInfo(TestJsonContext.Default.SpecificatieData));

        // The generator's types are read by converters of their own, which the serializer buffers whole anyway.
        var generated = Bemiddelingsregister.BemiddelingspecificatieVoorZorgaanbiederOperation.Descriptor.DataTypeInfo;
        Assert.Null(ResponseEnvelope<Bemiddelingsregister.BemiddelingspecificatieVoorZorgaanbiederResult>.StreamingTypeInfo(generated));
    }

    [Fact]
    public async Task Large_answer_in_many_small_chunks_without_Content_Length_is_read_whole()
    {
        var body = Answer(3000);
        _pep = context => WriteInChunksAsync(context, body, chunkSize: 500);
        using var sdk = Sdk();

        var response = await Execute(sdk);

        Assert.True(response.IsSuccess);
        Assert.Equal(3000, response.Data!.Items.Count);
        Assert.Equal("instelling-2999", response.Data.Items[^1].Instelling);
        Assert.All(response.Data.Items, item => Assert.Equal(Guid.Parse(Id), item.Id));
    }

    [Fact]
    public async Task Answer_without_Content_Length_over_the_limit_is_stopped_while_it_is_read()
    {
        var body = Answer(3000); // about 190 KB
        _pep = context => WriteInChunksAsync(context, body, chunkSize: 4096);
        using var sdk = Sdk(maxBodyBytes: 64 * 1024);

        var error = await Assert.ThrowsAsync<IWlzException>(() => Execute(sdk));

        Assert.Equal(IWlzErrorKind.InvalidResponse, error.Kind);
        Assert.Contains($"{LimitMessage} (65536 bytes)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Declared_Content_Length_over_the_limit_is_refused_before_the_body_is_read()
    {
        var body = Answer(3000);
        _pep = async context =>
        {
            context.Response.ContentType = "application/graphql-response+json";
            context.Response.ContentLength = body.Length;
            await context.Response.Body.WriteAsync(body);
        };
        using var sdk = Sdk(maxBodyBytes: 64 * 1024);

        var error = await Assert.ThrowsAsync<IWlzException>(() => Execute(sdk));

        Assert.Equal(IWlzErrorKind.InvalidResponse, error.Kind);
        Assert.Contains($"{LimitMessage} (65536 bytes)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Connection_that_breaks_off_in_the_middle_of_the_body_is_a_transport_error()
    {
        var body = Answer(3000);
        _pep = async context =>
        {
            context.Response.ContentType = "application/graphql-response+json";
            await context.Response.Body.WriteAsync(body.AsMemory(0, body.Length / 2));
            await context.Response.Body.FlushAsync();
            await Task.Delay(50);
            context.Abort();
        };
        using var sdk = Sdk();

        var error = await Assert.ThrowsAsync<IWlzException>(() => Execute(sdk));

        Assert.Equal(IWlzErrorKind.Transport, error.Kind);
        Assert.StartsWith("The connection broke off while the answer was read.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Data_that_does_not_fit_far_into_the_body_is_an_invalid_response_naming_the_place()
    {
        var text = Encoding.UTF8.GetString(Answer(2000));
        var broken = text.Replace($"{{\"id\":\"{Id}\",\"instelling\":\"instelling-1500\"}}", "{\"id\":\"not-a-guid\",\"instelling\":\"instelling-1500\"}", StringComparison.Ordinal);
        Assert.NotEqual(text, broken);
        _pep = context => WriteInChunksAsync(context, Encoding.UTF8.GetBytes(broken), chunkSize: 1000);
        using var sdk = Sdk();

        var error = await Assert.ThrowsAsync<IWlzException>(() => Execute(sdk));

        Assert.Equal(IWlzErrorKind.InvalidResponse, error.Kind);
        Assert.Contains("bemiddelingspecificatie[1500].id", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("not-a-guid", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Legacy_members_comments_and_unknown_members_are_read_as_the_buffered_reader_reads_them()
    {
        var body = """
            /* a gateway's comment */ {"extensions":{"cost":3},"data":null,"ErrorCode":{"nested":1},"errorCode":"AUTH-1",
            "Error":42,"message":"Toegang geweigerd"}
            """;
        _pep = context => WriteInChunksAsync(context, Encoding.UTF8.GetBytes(body), chunkSize: 7);
        using var sdk = Sdk();

        var error = await Assert.ThrowsAsync<IWlzException>(() => Execute(sdk));

        Assert.Equal(IWlzErrorKind.GraphQL, error.Kind);
        Assert.Equal(200, error.StatusCode);
        Assert.Equal("AUTH-1", error.ErrorCode);
        Assert.Equal("Toegang geweigerd", error.ServerMessage);
    }

    [Fact]
    public async Task Partial_data_with_errors_in_small_chunks_keeps_both()
    {
        var body = $$$"""{"errors":[{"message":"instelling not available","path":["bemiddelingspecificatie",0,"instelling"],"extensions":{"code":"FORBIDDEN"}}],"data":{"bemiddelingspecificatie":[{"id":"{{{Id}}}","instelling":null}]}}""";
        _pep = context => WriteInChunksAsync(context, Encoding.UTF8.GetBytes(body), chunkSize: 3);
        using var sdk = Sdk();

        var response = await Execute(sdk);

        Assert.True(response.IsPartial);
        Assert.Null(Assert.Single(response.Data!.Items).Instelling);
        Assert.Equal("FORBIDDEN", Assert.Single(response.Errors).Code);
    }

    [Fact]
    public async Task Error_answer_with_a_declared_length_that_arrives_in_pieces_is_read_whole()
    {
        // An error answer is read whole into a buffer sized from its Content-Length; this one comes in many writes.
        var errors = string.Join(",", Enumerable.Range(0, 400).Select(i => $$$"""{"message":"refused {{{i}}}","extensions":{"code":"FORBIDDEN"}}"""));
        var body = Encoding.UTF8.GetBytes($$"""{"errors":[{{errors}}],"data":null}""");
        _pep = async context =>
        {
            context.Response.StatusCode = 403;
            context.Response.ContentType = "application/graphql-response+json";
            context.Response.ContentLength = body.Length;
            for (var offset = 0; offset < body.Length; offset += 1000)
            {
                await context.Response.Body.WriteAsync(body.AsMemory(offset, Math.Min(1000, body.Length - offset)));
                await context.Response.Body.FlushAsync();
            }
        };
        using var sdk = Sdk();

        var error = await Assert.ThrowsAsync<IWlzException>(() => Execute(sdk));

        Assert.Equal(403, error.StatusCode);
        Assert.Equal("FORBIDDEN", error.ErrorCode);
        Assert.Equal(400, error.GraphQLErrors.Count);
        Assert.Equal("refused 399", error.GraphQLErrors[^1].Message);
    }

    [Fact]
    public async Task Empty_body_and_a_bare_null_are_invalid_responses()
    {
        _pep = context => WriteInChunksAsync(context, [], chunkSize: 1);
        using (var sdk = Sdk())
        {
            Assert.Equal(IWlzErrorKind.InvalidResponse, (await Assert.ThrowsAsync<IWlzException>(() => Execute(sdk))).Kind);
        }

        _pep = context => WriteInChunksAsync(context, "null"u8.ToArray(), chunkSize: 1);
        using (var sdk = Sdk())
        {
            var error = await Assert.ThrowsAsync<IWlzException>(() => Execute(sdk));
            Assert.Equal(IWlzErrorKind.InvalidResponse, error.Kind);
            Assert.Contains("not valid JSON", error.Message, StringComparison.Ordinal);
        }
    }

    private SdkHarness Sdk(int? maxBodyBytes = null) => SdkHarness.Create(
        new Uri(_baseUri, "/pep"),
        new Uri(_baseUri, "/token"),
        configure: o =>
        {
            if (maxBodyBytes is { } max)
            {
                o.Resilience.MaxResponseBodyBytes = max;
            }
        });

    private static Task<GraphQL.GraphQLResponse<SpecificatieData>> Execute(SdkHarness sdk) =>
        sdk.Executor.ExecuteAsync(TestOperations.Query, TestOperations.Variables(), null, CancellationToken.None);

    /// <summary>A success answer with <paramref name="count"/> items (about 64 bytes each).</summary>
    private static byte[] Answer(int count)
    {
        var text = new StringBuilder("""{"data":{"bemiddelingspecificatie":[""");
        for (var i = 0; i < count; i++)
        {
            text.Append(i == 0 ? string.Empty : ",").Append($$"""{"id":"{{Id}}","instelling":"instelling-{{i}}"}""");
        }

        return Encoding.UTF8.GetBytes(text.Append("]}}").ToString());
    }

    /// <summary>Writes the body in chunks of <paramref name="chunkSize"/> bytes, each flushed: chunked transfer, no Content-Length.</summary>
    private static async Task WriteInChunksAsync(HttpContext context, byte[] body, int chunkSize)
    {
        context.Response.ContentType = "application/graphql-response+json";
        await context.Response.StartAsync();
        for (var offset = 0; offset < body.Length; offset += chunkSize)
        {
            await context.Response.Body.WriteAsync(body.AsMemory(offset, Math.Min(chunkSize, body.Length - offset)));
            await context.Response.Body.FlushAsync();
        }
    }
}
