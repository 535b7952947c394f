using System.Text;
using System.Text.Json;
using IWlz.Client.Generator.Tests.Bookshop;
using IWlz.Client.GraphQL;

namespace IWlz.Client.Generator.Tests;

/// <summary>
/// Uses the client that the real build generated from GraphQL/Bookshop (AdditionalFiles of this project,
/// generator as analyzer, IWlzGraphQLScalars=Money=decimal), through a recording executor.
/// </summary>
public sealed class BuildIntegrationTests
{
    [Fact]
    public async Task Generated_client_sends_the_exact_request_body_with_explicit_null_and_without_unset_fields()
    {
        var executor = new RecordingExecutor("""{"products":[{"sku":"A-1","name":"Kettle","price":24.95}]}""");
        var client = new BookshopClient(executor);

        var response = await client.AvailableProductsAsync(new AvailableProductsVariables
        {
            Filter = new ProductFilter { DiscontinuedAt = new DateTimeFilter { Eq = null } },
        });

        var request = Assert.Single(executor.Requests);
        Assert.Equal(
            """{"query":"query AvailableProducts($filter:ProductFilter$first:Int){products(filter:$filter first:$first){sku name price}}","operationName":"AvailableProducts","variables":{"filter":{"discontinuedAt":{"eq":null}}}}""",
            request);
        var product = Assert.Single(response.GetDataOrThrow().Products);
        Assert.Equal("Kettle", product.Name);
        Assert.Equal(24.95m, product.Price);
    }

    [Fact]
    public async Task Mutation_with_nested_input_lists_is_sent_and_its_typed_result_read()
    {
        var executor = new RecordingExecutor("""
            {"placeOrder":{"id":"2b1e5c7a-9d4f-4a3b-8c6e-1f0a2d3e4b5c","placedAt":"2024-11-29T14:05:00.5+01:00","status":"OPEN",
              "lines":[{"quantity":2,"product":{"sku":"A-1"}}]}}
            """);
        IBookshopClient client = new BookshopClient(executor);

        var response = await client.PlaceOrderAsync(new PlaceOrderVariables
        {
            Input = new OrderInput
            {
                CustomerId = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e"),
                Lines = [new OrderLineInput { Sku = "A-1", Quantity = 2 }, new OrderLineInput { Sku = "B-7" }],
                Note = null,
            },
        });

        Assert.Equal(
            """{"query":"mutation PlaceOrder($input:OrderInput!){placeOrder(input:$input){id placedAt status lines{quantity product{sku}}}}","operationName":"PlaceOrder","variables":{"input":{"customerId":"0f8fad5b-d9cb-469f-a165-70867728950e","lines":[{"sku":"A-1","quantity":2},{"sku":"B-7"}],"note":null}}}""",
            Assert.Single(executor.Requests));
        Assert.Equal(GraphQLOperationKind.Mutation, executor.Kinds.Single());
        var order = response.GetDataOrThrow().PlaceOrder;
        Assert.Equal(OrderStatus.OPEN, order.Status);
        Assert.Equal(new DateTimeOffset(2024, 11, 29, 14, 5, 0, 500, TimeSpan.FromHours(1)), order.PlacedAt);
        Assert.Equal(2, Assert.Single(order.Lines).Quantity);
    }

    [Fact]
    public async Task Options_and_cancellation_token_reach_the_executor()
    {
        var executor = new RecordingExecutor("""{"products":[]}""");
        var options = new GraphQLRequestOptions { ResourceUri = new Uri("https://shop.example/graphql") };
        using var cancellation = new CancellationTokenSource();

        var response = await new BookshopClient(executor).AvailableProductsAsync(new AvailableProductsVariables(), options, cancellation.Token);

        Assert.Same(options, executor.Options.Single());
        Assert.Equal(cancellation.Token, executor.Tokens.Single());
        Assert.Empty(response.GetDataOrThrow().Products);
        Assert.EndsWith("\"variables\":{}}", executor.Requests.Single(), StringComparison.Ordinal);
    }

    [Fact]
    public void Results_can_be_constructed_in_consumer_tests()
    {
        var result = new AvailableProductsResult
        {
            Products = [new AvailableProductsResult.ProductsData { Sku = "A-1", Name = "Kettle", Price = 1m }],
        };
        var json = JsonSerializer.Serialize(result, AvailableProductsOperation.Descriptor.DataTypeInfo);
        Assert.Equal("""{"products":[{"sku":"A-1","name":"Kettle","price":1}]}""", json);
    }

    [Fact]
    public void Null_variables_are_rejected_by_the_client()
    {
        var client = new BookshopClient(new RecordingExecutor("{}"));
        Assert.Throws<ArgumentNullException>(() => { _ = client.PlaceOrderAsync(null!); });
        Assert.Throws<ArgumentNullException>(() => new BookshopClient(null!));
    }

    /// <summary>Writes the request body the way a transport would and answers with canned data.</summary>
    private sealed class RecordingExecutor(string dataJson) : IGraphQLExecutor
    {
        public List<string> Requests { get; } = [];

        public List<GraphQLOperationKind> Kinds { get; } = [];

        public List<GraphQLRequestOptions?> Options { get; } = [];

        public List<CancellationToken> Tokens { get; } = [];

        public Task<GraphQLResponse<TData>> ExecuteAsync<TVariables, TData>(
            GraphQLOperation<TVariables, TData> operation,
            TVariables variables,
            GraphQLRequestOptions? options,
            CancellationToken cancellationToken)
        {
            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                writer.WriteStartObject();
                writer.WriteString("query", operation.Document);
                writer.WriteString("operationName", operation.Name);
                writer.WritePropertyName("variables");
                JsonSerializer.Serialize(writer, variables, operation.VariablesTypeInfo);
                writer.WriteEndObject();
            }

            Requests.Add(Encoding.UTF8.GetString(buffer.ToArray()));
            Kinds.Add(operation.Kind);
            Options.Add(options);
            Tokens.Add(cancellationToken);
            var data = JsonSerializer.Deserialize(dataJson, operation.DataTypeInfo);
            return Task.FromResult(new GraphQLResponse<TData>(data, null));
        }
    }
}
