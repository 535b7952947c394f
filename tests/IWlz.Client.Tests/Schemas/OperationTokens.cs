using System.Security.Cryptography;
using System.Text;
using GraphQLParser;

namespace IWlz.Client.Tests.Schemas;

/// <summary>
/// Reduces an executable document to its significant tokens: whitespace, commas and comments are
/// dropped, and the name of every operation is replaced by <c>_</c>. Two documents with the same
/// token stream send the same selection, arguments and variables; only their layout, comments and
/// operation names may differ.
/// </summary>
internal static class OperationTokens
{
    public static string Canonical(string documentText)
    {
        var tokens = new List<string>();
        var position = 0;
        var previousWasOperationKeyword = false;
        var depth = 0;
        while (true)
        {
            var token = Lexer.Lex(documentText, position);
            if (token.Kind == TokenKind.EOF)
            {
                break;
            }

            position = token.End;
            if (token.Kind == TokenKind.COMMENT)
            {
                continue;
            }

            var value = token.Value.ToString();
            var isName = token.Kind == TokenKind.NAME;
            tokens.Add(previousWasOperationKeyword && isName ? "NAME:_" : $"{token.Kind}:{value}");
            depth += token.Kind switch
            {
                TokenKind.BRACE_L or TokenKind.PAREN_L => 1,
                TokenKind.BRACE_R or TokenKind.PAREN_R => -1,
                _ => 0,
            };
            previousWasOperationKeyword = depth == 0 && isName && value is "query" or "mutation" or "subscription";
        }

        return string.Join(' ', tokens);
    }

    public static string Hash(string documentText) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Canonical(documentText))));
}
