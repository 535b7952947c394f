using System.Text.Json;
using IWlz.Client.Generator.Tests.Infrastructure;
using static IWlz.Client.Generator.Tests.Infrastructure.GeneratedAssembly;

namespace IWlz.Client.Generator.Tests;

/// <summary>JSON behaviour of the generated converters: set-tracking, explicit nulls, scalar formats, errors.</summary>
public sealed class JsonSerializationTests
{
    private static readonly GeneratedAssembly Generated = GeneratedAssembly.Library;

    [Fact]
    public void Unset_variables_are_omitted_and_explicit_null_is_written()
    {
        Assert.Equal("{}", Generated.Serialize(Generated.New("FindBooksVariables")));
        Assert.Equal("""{"where":null}""", Generated.Serialize(Generated.New("FindBooksVariables", ("Where", null))));
        Assert.Equal("""{"first":7}""", Generated.Serialize(Generated.New("FindBooksVariables", ("First", 7))));
    }

    [Fact]
    public void Explicit_null_inside_a_nested_input_survives_serialisation()
    {
        // The shape of an iWlz filter such as `einddatum: {eq: null}`.
        var filter = Generated.New("BookFilter", ("PublishedOn", Generated.New("DateFilter", ("Eq", null))));
        var variables = Generated.New("FindBooksVariables", ("Where", filter));
        Assert.Equal("""{"where":{"publishedOn":{"eq":null}}}""", Generated.Serialize(variables));
    }

    [Fact]
    public void Lists_and_nested_inputs_are_written_in_declaration_order()
    {
        var fantasy = Generated.Enum("Genre", "FANTASY");
        var genres = Array.CreateInstance(Generated.Type("Genre"), 2);
        genres.SetValue(fantasy, 0);
        genres.SetValue(Generated.Enum("Genre", "SCIENCE_FICTION"), 1);
        var filters = Array.CreateInstance(Generated.Type("BookFilter"), 2);
        filters.SetValue(Generated.New("BookFilter", ("Title", Generated.New("StringFilter", ("Contains", "dune")))), 0);
        filters.SetValue(Generated.New("BookFilter", ("Genre", genres)), 1);
        var where = Generated.New(
            "BookFilter",
            ("Or", filters),
            ("PublishedOn", Generated.New("DateFilter", ("Gte", new DateOnly(1965, 8, 1)), ("Lte", new DateOnly(2024, 2, 29)))));

        Assert.Equal(
            """{"publishedOn":{"gte":"1965-08-01","lte":"2024-02-29"},"or":[{"title":{"contains":"dune"}},{"genre":["FANTASY","SCIENCE_FICTION"]}]}""",
            Generated.Serialize(where));
    }

    [Fact]
    public void Required_input_fields_are_always_written_and_optional_ones_only_when_set()
    {
        var input = Generated.New(
            "LoanInput",
            ("MemberId", Guid.Parse("6f1c2a8e-2b7d-4d1e-9a51-0c3e8f4b7a21")),
            ("BookId", "b-42"),
            ("LentAt", new DateTimeOffset(2024, 5, 1, 9, 30, 0, TimeSpan.FromHours(2))),
            ("DueOn", new DateOnly(2024, 5, 22)));
        Assert.Equal(
            """{"memberId":"6f1c2a8e-2b7d-4d1e-9a51-0c3e8f4b7a21","bookId":"b-42","lentAt":"2024-05-01T09:30:00+02:00","dueOn":"2024-05-22"}""",
            Generated.Serialize(input));

        input.GetType().GetProperty("Note")!.SetValue(input, null);
        input.GetType().GetProperty("ReminderDays")!.SetValue(input, 7);
        Assert.EndsWith(""","note":null,"reminderDays":7}""", Generated.Serialize(input), StringComparison.Ordinal);
    }

    [Fact]
    public void Variables_round_trip_keeps_explicit_null_and_keeps_unset_fields_unset()
    {
        const string json = """{"where":{"title":null,"publishedOn":{"eq":null,"gte":"2020-01-01"}},"first":3}""";
        var variables = Generated.Deserialize(json, "FindBooksVariables")!;
        Assert.Equal(json, Generated.Serialize(variables));
        Assert.Equal(new DateOnly(2020, 1, 1), Path(variables, "Where", "PublishedOn", "Gte"));
    }

    [Fact]
    public void Result_is_read_with_nested_objects_lists_enums_and_scalars()
    {
        const string json = """
            {"book":{"id":"b1","title":"Dune","publishedOn":"1965-08-01","genre":"SCIENCE_FICTION","pages":412,
             "price":12.5,"coverUrl":"https://covers.example/dune.jpg","rating":4.25,"tags":["classic",null],
             "extra":{"shelf":[1,2]},"unknownField":{"ignored":[true]},
             "authors":[{"id":"0f8fad5b-d9cb-469f-a165-70867728950e","name":"Frank Herbert","born":null}]}}
            """;
        var result = Generated.Deserialize(json, "GetBookResult")!;
        var book = Get(result, "Book")!;
        Assert.Equal("Dune", Get(book, "Title"));
        Assert.Equal(new DateOnly(1965, 8, 1), Get(book, "PublishedOn"));
        Assert.Equal(Generated.Enum("Genre", "SCIENCE_FICTION"), Get(book, "Genre"));
        Assert.Equal(412, Get(book, "Pages"));
        Assert.Equal(4.25, Get(book, "Rating"));
        Assert.Equal(12.5m, ((JsonElement)Get(book, "Price")!).GetDecimal());
        Assert.Equal("""{"shelf":[1,2]}""", ((JsonElement)Get(book, "Extra")!).GetRawText());
        Assert.Equal(["classic", null], (IEnumerable<string?>)Get(book, "Tags")!);
        var author = Assert.Single((IEnumerable<object>)Get(book, "Authors")!);
        Assert.Equal(Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e"), Get(author, "Id"));
        Assert.Null(Get(author, "Born"));
    }

    [Fact]
    public void Result_properties_are_found_in_any_order_escaped_or_repeated()
    {
        // The converters try the property after the last one read first (servers answer in selection order);
        // reversed order, an escaped name, an unknown name in between and a repeat must read the same.
        const string json = """
            {"book":{"authors":[],"genre":"FANTASY","unknown":{"id":"not-this-one"},"t\u0069tle":"Dune",
             "id":"b1","pages":9,"pages":412}}
            """;
        var book = Get(Generated.Deserialize(json, "GetBookResult")!, "Book")!;
        Assert.Equal("b1", Get(book, "Id"));
        Assert.Equal("Dune", Get(book, "Title"));
        Assert.Equal(Generated.Enum("Genre", "FANTASY"), Get(book, "Genre"));
        Assert.Equal(412, Get(book, "Pages"));
        Assert.Empty((IEnumerable<object>)Get(book, "Authors")!);
    }

    [Fact]
    public void Result_written_back_is_the_same_json()
    {
        const string json = """{"lendBook":{"id":"0f8fad5b-d9cb-469f-a165-70867728950e","lentAt":"2024-05-01T09:30:00.123456+05:30","dueOn":"2024-05-22","returnedAt":null,"book":{"title":"Dune"}}}""";
        Assert.Equal(json, Generated.Serialize(Generated.Deserialize(json, "LendBookResult")!));
    }

    [Theory]
    [InlineData("2024-05-01T09:30:00Z", 2024, 5, 1, 9, 30, 0, 0L, 0)]
    [InlineData("2024-05-01T09:30:00+05:30", 2024, 5, 1, 9, 30, 0, 0L, 330)]
    [InlineData("2024-05-01T09:30:00.123456-02:00", 2024, 5, 1, 9, 30, 0, 1234560L, -120)]
    [InlineData("2024-05-01T09:30:00.1234567Z", 2024, 5, 1, 9, 30, 0, 1234567L, 0)]
    public void DateTime_accepts_Z_offsets_and_fractions_up_to_seven_digits(string text, int year, int month, int day, int hour, int minute, int second, long fractionTicks, int offsetMinutes)
    {
        var json = $$"""{"now":"{{text}}"}""";
        var value = (DateTimeOffset)Get(Generated.Deserialize(json, "NowResult")!, "Now")!;
        var expected = new DateTimeOffset(year, month, day, hour, minute, second, TimeSpan.FromMinutes(offsetMinutes)).AddTicks(fractionTicks);
        Assert.Equal(expected, value);
        Assert.Equal(expected.Offset, value.Offset);
    }

    [Theory]
    [InlineData("2024-05-01T09:30:00")]
    [InlineData("2024-05-01")]
    [InlineData("2024-05-01T09:30:00.12345678Z")]
    [InlineData("yesterday")]
    public void DateTime_without_offset_or_with_too_many_fraction_digits_is_rejected_without_echoing_the_value(string text)
    {
        var exception = Assert.Throws<JsonException>(() => Generated.Deserialize($$"""{"now":"{{text}}"}""", "NowResult"));
        Assert.Contains("RFC 3339", exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(text, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DateTime_is_written_in_rfc3339_with_its_offset()
    {
        var input = Generated.New(
            "LoanInput",
            ("MemberId", Guid.Empty),
            ("BookId", "1"),
            ("LentAt", new DateTimeOffset(2024, 12, 31, 23, 59, 59, TimeSpan.Zero).AddTicks(1234560)),
            ("DueOn", new DateOnly(2025, 1, 1)));
        Assert.Contains(""""lentAt":"2024-12-31T23:59:59.123456+00:00"""", Generated.Serialize(input), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2024-5-1")]
    [InlineData("01-05-2024")]
    [InlineData("2024-02-30")]
    [InlineData("2023-02-29")]
    [InlineData("2024-13-01")]
    [InlineData("2024-00-10")]
    [InlineData("0000-01-01")]
    [InlineData("2024-1a-01")]
    [InlineData("2024-05-01T00:00:00Z")]
    public void Date_must_be_yyyy_MM_dd(string text)
    {
        var json = """{"lendBook":{"id":"0f8fad5b-d9cb-469f-a165-70867728950e","lentAt":"2024-05-01T09:30:00Z","dueOn":""" + "\"" + text + "\"" + ""","returnedAt":null,"book":{"title":"x"}}}""";
        var exception = Assert.Throws<JsonException>(() => Generated.Deserialize(json, "LendBookResult"));
        Assert.Contains("yyyy-MM-dd", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2024-02-29", 2024, 2, 29)]
    [InlineData("0001-01-01", 1, 1, 1)]
    [InlineData("9999-12-31", 9999, 12, 31)]
    [InlineData("\\u0032024-05-22", 2024, 5, 22)] // escaped in the JSON: read through the exact-format parse
    public void Date_in_yyyy_MM_dd_is_read_exactly(string text, int year, int month, int day)
    {
        var json = """{"lendBook":{"id":"0f8fad5b-d9cb-469f-a165-70867728950e","lentAt":"2024-05-01T09:30:00Z","dueOn":""" + "\"" + text + "\"" + ""","returnedAt":null,"book":{"title":"x"}}}""";
        var lendBook = Get(Generated.Deserialize(json, "LendBookResult")!, "LendBook")!;
        Assert.Equal(new DateOnly(year, month, day), Get(lendBook, "DueOn"));
    }

    [Theory]
    [InlineData("2024-05-01T09:30:00\\u002B02:00")]
    [InlineData("2024-05-01T09:30:00+02:00")]
    public void DateTime_is_read_the_same_escaped_or_not(string text)
    {
        var value = (DateTimeOffset)Get(Generated.Deserialize($$"""{"now":"{{text}}"}""", "NowResult")!, "Now")!;
        Assert.Equal(new DateTimeOffset(2024, 5, 1, 9, 30, 0, TimeSpan.FromHours(2)), value);
        Assert.Equal(TimeSpan.FromHours(2), value.Offset);
    }

    [Fact]
    public void Uuid_is_read_and_written_in_canonical_form()
    {
        var variables = Generated.New("LendBookVariables", ("Input", Generated.New(
            "LoanInput",
            ("MemberId", Guid.Parse("{6F1C2A8E-2B7D-4D1E-9A51-0C3E8F4B7A21}")),
            ("BookId", "1"),
            ("LentAt", DateTimeOffset.UnixEpoch),
            ("DueOn", DateOnly.MinValue))));
        Assert.Contains(""""memberId":"6f1c2a8e-2b7d-4d1e-9a51-0c3e8f4b7a21"""", Generated.Serialize(variables), StringComparison.Ordinal);
        Assert.Throws<JsonException>(() => Generated.Deserialize("""{"lendBook":{"id":"not-a-uuid","lentAt":"2024-05-01T09:30:00Z","dueOn":"2024-05-01","returnedAt":null,"book":{"title":"x"}}}""", "LendBookResult"));
    }

    [Fact]
    public void Unknown_enum_value_names_the_enum_and_the_value_only()
    {
        const string json = """{"books":[{"id":"1","bookTitle":"secret title 123456782","genre":"CHILDREN"}]}""";
        var exception = Assert.Throws<JsonException>(() => Generated.Deserialize(json, "FindBooksResult"));
        Assert.Contains("'CHILDREN' is not a value of GraphQL enum Genre", exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_or_null_non_null_field_is_a_JsonException_naming_the_type_and_field_but_not_the_payload()
    {
        var missing = Assert.Throws<JsonException>(() => Generated.Deserialize("""{"book":{"id":"b1","genre":"FANTASY","authors":[]}}""", "GetBookResult"));
        Assert.Contains("GetBookResult.BookData.title", missing.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("b1", missing.Message, StringComparison.Ordinal);

        var nulled = Assert.Throws<JsonException>(() => Generated.Deserialize("""{"book":{"id":"b1","title":null,"genre":"FANTASY","authors":[]}}""", "GetBookResult"));
        Assert.Contains("GetBookResult.BookData.title", nulled.Message, StringComparison.Ordinal);
        Assert.Contains("non-null", nulled.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_nullable_result_list_that_is_null_or_absent_reads_as_an_empty_list()
    {
        var nulled = Get(Generated.Deserialize("""{"book":{"id":"b1","title":"Dune","genre":"FANTASY","authors":[],"tags":null}}""", "GetBookResult")!, "Book")!;
        var absent = Get(Generated.Deserialize("""{"book":{"id":"b1","title":"Dune","genre":"FANTASY","authors":[]}}""", "GetBookResult")!, "Book")!;

        Assert.Empty((IEnumerable<string?>)Get(nulled, "Tags")!);
        Assert.Empty((IEnumerable<string?>)Get(absent, "Tags")!);
    }

    [Fact]
    public void Null_item_in_a_list_of_non_null_items_is_rejected()
    {
        var exception = Assert.Throws<JsonException>(() => Generated.Deserialize("""{"search":[null]}""", "SearchResult"));
        Assert.Contains("SearchResult.search[]", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Wrong_token_type_is_a_JsonException()
    {
        Assert.Throws<JsonException>(() => Generated.Deserialize("""{"book":[]}""", "GetBookResult"));
        Assert.Throws<JsonException>(() => Generated.Deserialize("""{"book":{"id":"1","title":"x","genre":"FANTASY","authors":{}}}""", "GetBookResult"));
        Assert.Throws<JsonException>(() => Generated.Deserialize("""{"book":{"id":"1","title":"x","genre":"FANTASY","authors":[],"pages":"many"}}""", "GetBookResult"));
    }

    [Fact]
    public void Id_accepts_an_integer()
    {
        var result = Generated.Deserialize("""{"book":{"id":42,"title":"x","genre":"FICTION","authors":[]}}""", "GetBookResult")!;
        Assert.Equal("42", Path(result, "Book", "Id"));
    }

    [Fact]
    public void Partial_result_with_null_root_field_is_read()
    {
        var result = Generated.Deserialize("""{"book":null}""", "GetBookResult")!;
        Assert.Null(Get(result, "Book"));
    }

    [Fact]
    public void Resolver_hands_out_metadata_for_every_generated_type_and_nothing_else()
    {
        var resolver = Generated.Options.TypeInfoResolver!;
        foreach (var type in Generated.Assembly.GetTypes().Where(t => t.IsPublic || t.IsNestedPublic).Where(t => t.Namespace == "Acme.Library" && !t.IsInterface && !t.IsAbstract))
        {
            if (type.Name is "LibraryClient" or "LibraryJsonResolver")
            {
                continue;
            }

            Assert.True(resolver.GetTypeInfo(type, Generated.Options) is not null, $"No metadata for {type}");
        }

        Assert.Null(resolver.GetTypeInfo(typeof(string), new JsonSerializerOptions()));
    }
}
