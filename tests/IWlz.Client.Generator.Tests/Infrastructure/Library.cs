namespace IWlz.Client.Generator.Tests.Infrastructure;

/// <summary>A small, deliberately non-iWlz library schema with operations that use every generator feature.</summary>
internal static class Library
{
    public const string SchemaPath = "/src/Library/schema.graphql";
    public const string OperationsPath = "/src/Library/operations/library.graphql";

    public const string Schema = """
        "A small lending library."
        schema {
          query: Query
          mutation: Mutation
        }

        directive @specifiedBy(url: String!) on SCALAR

        "A version 4 UUID."
        scalar UUID @specifiedBy(url: "https://tools.ietf.org/html/rfc4122")
        "A calendar date, yyyy-MM-dd."
        scalar Date
        "An RFC 3339 date-time with offset."
        scalar DateTime
        "An amount of money in euros."
        scalar Money
        "An absolute URL."
        scalar Url
        "Arbitrary JSON."
        scalar Json

        "Something the library lends out."
        interface Publication {
          "The identifier."
          id: ID!
          "The title."
          title: String!
          "When it was published."
          publishedOn: Date
        }

        "A book. Titles may contain <angle brackets> & ampersands."
        type Book implements Publication {
          id: ID!
          title: String!
          publishedOn: Date
          "The ISBN-13."
          isbn: String!
          isbn10: String @deprecated(reason: "Use isbn.")
          pages: Int
          genre: Genre!
          authors: [Author!]!
          price: Money
          coverUrl: Url
          rating: Float
          tags: [String]
          extra: Json
        }

        "A magazine issue."
        type Magazine implements Publication {
          id: ID!
          title: String!
          publishedOn: Date
          issue: Int!
          editor: Author
        }

        "A person who writes."
        type Author {
          id: UUID!
          name: String!
          born: Date
          books(first: Int = 10): [Book!]!
        }

        "What a search can find."
        union SearchResult = Book | Magazine | Author

        "Genres."
        enum Genre {
          SCIENCE_FICTION
          FANTASY
          HISTORY
          POETRY @deprecated(reason: "Merged into FICTION.")
          FICTION
        }

        "A library member."
        type Member {
          id: UUID!
          name: String!
          email: String
          loans: [Loan!]!
        }

        "A book lent to a member."
        type Loan {
          id: UUID!
          book: Book!
          lentAt: DateTime!
          dueOn: Date!
          returnedAt: DateTime
        }

        "Compares dates; a null eq matches a missing date."
        input DateFilter {
          eq: Date
          gte: Date
          lte: Date
        }

        input StringFilter {
          eq: String
          contains: String
        }

        "Filters books."
        input BookFilter {
          title: StringFilter
          genre: [Genre!]
          publishedOn: DateFilter
          and: [BookFilter!]
          or: [BookFilter!]
        }

        "A new loan."
        input LoanInput {
          memberId: UUID!
          bookId: ID!
          lentAt: DateTime!
          dueOn: Date!
          note: String
          reminderDays: Int! = 3
        }

        type Query {
          book(id: ID!): Book
          books(where: BookFilter, first: Int = 20): [Book!]!
          search(text: String!): [SearchResult!]!
          publication(id: ID!): Publication
          member(id: UUID!): Member
          now: DateTime!
        }

        type Mutation {
          lendBook(input: LoanInput!): Loan!
          returnBook(loanId: UUID!, at: DateTime): Loan
        }
        """;

    public const string Operations = """
        # Operations used by the generator tests.
        query GetBook($id: ID!) {
          book(id: $id) {
            id
            title
            publishedOn
            genre
            pages
            price
            coverUrl
            rating
            tags
            extra
            authors { id name born }
          }
        }

        query FindBooks($where: BookFilter, $first: Int = 5) {
          books(where: $where, first: $first) {
            id
            bookTitle: title
            ...BookGenre
          }
        }

        fragment BookGenre on Book {
          genre
        }

        query Search($text: String!) {
          search(text: $text) {
            __typename
            ... on Publication { id title }
            ... on Book { isbn }
            ... on Author { name }
          }
        }

        query GetPublication($id: ID!, $withTitle: Boolean!) {
          publication(id: $id) {
            id
            title @include(if: $withTitle)
            ... on Magazine { issue }
          }
        }

        mutation LendBook($input: LoanInput!) {
          lendBook(input: $input) {
            id
            lentAt
            dueOn
            returnedAt
            book { title }
          }
        }

        query Now {
          now
        }
        """;

    public static GraphQLFile SchemaFile => new(SchemaPath, Schema);

    public static GraphQLFile OperationsFile => new(OperationsPath, Operations);

    public static GraphQLFile[] Files => [SchemaFile, OperationsFile];

    /// <summary>The library schema plus one operations document.</summary>
    public static GraphQLFile[] With(string operations, string path = OperationsPath) => [SchemaFile, new GraphQLFile(path, operations)];
}
