using System.Text;
using System.Text.Json;
using IWlz.Client.GraphQL;
using IWlz.Client.Transport.Internal;

namespace IWlz.Client.Tests.Transport;

public sealed class GraphQLErrorReaderTests
{
    [Fact]
    public void Every_member_of_every_error_is_read()
    {
        var errors = Read("""
            [
              {"message":"first","locations":[{"line":2,"column":9},{"column":4,"line":3}],"path":["bemiddelingspecificatie",0,"instelling"],"extensions":{"code":"FORBIDDEN","detail":{"n":1}}},
              {"message":"second","path":["wlzIndicatie"]}
            ]
            """);

        Assert.Equal(2, errors.Count);
        Assert.Equal("first", errors[0].Message);
        Assert.Equal([new GraphQLErrorLocation(2, 9), new GraphQLErrorLocation(3, 4)], errors[0].Locations);
        Assert.Equal(["bemiddelingspecificatie", "0", "instelling"], errors[0].Path.Select(p => p.ToString()));
        Assert.Equal(JsonValueKind.Number, errors[0].Path[1].ValueKind);
        Assert.Equal(0, errors[0].Path[1].GetInt32());
        Assert.Equal("FORBIDDEN", errors[0].Code);
        Assert.Equal(1, errors[0].Extensions!.Value.GetProperty("detail").GetProperty("n").GetInt32());
        Assert.Equal("second", errors[1].Message);
        Assert.Equal("wlzIndicatie", Assert.Single(errors[1].Path).GetString());
        Assert.Empty(errors[1].Locations);
        Assert.Null(errors[1].Extensions);
        Assert.Null(errors[1].Code);
    }

    [Fact]
    public void Malformed_entries_and_members_are_skipped_not_thrown_on()
    {
        var errors = Read("""
            ["not an object", 7, null,
             {"message":42,"locations":"nowhere","path":{"not":"an array"},"unknown":[1,{"a":2}]},
             {"message":"kept","locations":[5,{"line":"x","column":3},{"line":1.5,"column":2}],"extensions":null}]
            """);

        Assert.Equal(2, errors.Count);
        Assert.Equal(string.Empty, errors[0].Message);
        Assert.Empty(errors[0].Locations);
        Assert.Empty(errors[0].Path);
        Assert.Null(errors[0].Extensions);
        Assert.Equal("kept", errors[1].Message);
        Assert.Equal([new GraphQLErrorLocation(0, 3), new GraphQLErrorLocation(0, 2)], errors[1].Locations);
        Assert.Equal(JsonValueKind.Null, errors[1].Extensions!.Value.ValueKind);
        Assert.Null(errors[1].Code);
    }

    [Fact]
    public void A_repeated_member_counts_as_its_last_occurrence()
    {
        var error = Assert.Single(Read("""[{"message":"old","message":"new","path":["a"],"path":["b","c"]}]"""));

        Assert.Equal("new", error.Message);
        Assert.Equal(["b", "c"], error.Path.Select(p => p.GetString()));
    }

    [Fact]
    public void A_single_string_is_one_error_and_anything_else_is_none()
    {
        Assert.Equal("Policy: Access Denied", Assert.Single(Read("\"Policy: Access Denied\"")).Message);
        Assert.Empty(Read("""{"message":"an object, not a list"}"""));
        Assert.Empty(Read("[]"));
    }

    [Fact]
    public void The_reader_ends_on_the_errors_value_so_the_envelope_reads_on()
    {
        var json = Encoding.UTF8.GetBytes("""{"errors":[{"message":"m","path":["x"]}],"after":true}""");
        var reader = new Utf8JsonReader(json);
        reader.Read();
        reader.Read();
        reader.Read();

        var errors = GraphQLErrorReader.ReadErrors(ref reader);

        Assert.Single(errors);
        Assert.Equal(JsonTokenType.EndArray, reader.TokenType);
        Assert.True(reader.Read());
        Assert.True(reader.ValueTextEquals("after"u8));
    }

    [Fact]
    public void Path_and_extensions_outlive_the_buffer_they_were_read_from()
    {
        var json = Encoding.UTF8.GetBytes("""[{"message":"m","path":["bemiddelingspecificatie",3],"extensions":{"code":"FORBIDDEN"}}]""");
        var errors = Read(json);
        Array.Clear(json);

        var error = Assert.Single(errors);
        Assert.Equal("bemiddelingspecificatie", error.Path[0].GetString());
        Assert.Equal(3, error.Path[1].GetInt32());
        Assert.Equal("FORBIDDEN", error.Code);
    }

    private static List<GraphQLError> Read(string json) => Read(Encoding.UTF8.GetBytes(json));

    private static List<GraphQLError> Read(byte[] json)
    {
        var reader = new Utf8JsonReader(json);
        reader.Read();
        return GraphQLErrorReader.ReadErrors(ref reader);
    }
}
