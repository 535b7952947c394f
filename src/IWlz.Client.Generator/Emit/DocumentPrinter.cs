using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using IWlz.Client.Generator.Model;

namespace IWlz.Client.Generator.Emit;

/// <summary>
/// Prints an operation and the fragments it uses as a minified document: no comments, no commas, and a
/// space only where two names or numbers would otherwise run together. Printing from the syntax model
/// (not the source text) makes the output deterministic whatever the file's layout.
/// </summary>
internal sealed class DocumentPrinter
{
    private readonly StringBuilder _builder = new();

    public static string Print(OperationDef operation, IEnumerable<FragmentDef> fragments)
    {
        var printer = new DocumentPrinter();
        printer.Operation(operation);
        foreach (var fragment in fragments)
        {
            printer.Fragment(fragment);
        }

        return printer._builder.ToString();
    }

    /// <summary>A canonical text of a value; object fields are sorted so that field order does not matter.</summary>
    public static string Canonical(ValueNode value)
    {
        var printer = new DocumentPrinter();
        printer.Value(value, sortFields: true);
        return printer._builder.ToString();
    }

    public static string CanonicalArguments(IEnumerable<ArgumentNode> arguments)
    {
        var printer = new DocumentPrinter();
        foreach (var argument in arguments.OrderBy(a => a.Name, System.StringComparer.Ordinal))
        {
            printer.Token(argument.Name);
            printer.Token(":");
            printer.Value(argument.Value, sortFields: true);
        }

        return printer._builder.ToString();
    }

    public static string Sha256Hex(string document)
    {
        using var sha = SHA256.Create();
        var hash = sha.ComputeHash(Encoding.UTF8.GetBytes(document));
        var builder = new StringBuilder(hash.Length * 2);
        foreach (var b in hash)
        {
            builder.Append(b.ToString("x2", CultureInfo.InvariantCulture));
        }

        return builder.ToString();
    }

    private void Operation(OperationDef operation)
    {
        Token(operation.Kind.Keyword());
        if (operation.Name is not null)
        {
            Token(operation.Name);
        }

        if (operation.Variables.Count > 0)
        {
            Token("(");
            foreach (var variable in operation.Variables)
            {
                Token("$");
                Token(variable.Name);
                Token(":");
                Type(variable.Type);
                if (variable.DefaultValue is not null)
                {
                    Token("=");
                    Value(variable.DefaultValue, sortFields: false);
                }

                Directives(variable.Directives);
            }

            Token(")");
        }

        Directives(operation.Directives);
        SelectionSet(operation.Selections);
    }

    private void Fragment(FragmentDef fragment)
    {
        Token("fragment");
        Token(fragment.Name);
        Token("on");
        Token(fragment.TypeCondition.Name);
        Directives(fragment.Directives);
        SelectionSet(fragment.Selections);
    }

    private void SelectionSet(IEnumerable<SelectionNode> selections)
    {
        Token("{");
        foreach (var selection in selections)
        {
            switch (selection.Kind)
            {
                case SelectionKind.Field:
                    if (selection.Alias is not null)
                    {
                        Token(selection.Alias);
                        Token(":");
                    }

                    Token(selection.Name);
                    Arguments(selection.Arguments);
                    Directives(selection.Directives);
                    if (selection.HasSelectionSet)
                    {
                        SelectionSet(selection.Selections);
                    }

                    break;
                case SelectionKind.FragmentSpread:
                    Token("...");
                    Token(selection.Name);
                    Directives(selection.Directives);
                    break;
                case SelectionKind.InlineFragment:
                    Token("...");
                    if (selection.TypeCondition is not null)
                    {
                        Token("on");
                        Token(selection.TypeCondition.Name);
                    }

                    Directives(selection.Directives);
                    SelectionSet(selection.Selections);
                    break;
            }
        }

        Token("}");
    }

    private void Arguments(IReadOnlyCollection<ArgumentNode> arguments)
    {
        if (arguments.Count == 0)
        {
            return;
        }

        Token("(");
        foreach (var argument in arguments)
        {
            Token(argument.Name);
            Token(":");
            Value(argument.Value, sortFields: false);
        }

        Token(")");
    }

    private void Directives(IEnumerable<DirectiveNode> directives)
    {
        foreach (var directive in directives)
        {
            Token("@");
            Token(directive.Name);
            Arguments(directive.Arguments);
        }
    }

    private void Type(TypeRef type)
    {
        switch (type.Kind)
        {
            case TypeRefKind.NonNull:
                Type(type.OfType!);
                Token("!");
                break;
            case TypeRefKind.List:
                Token("[");
                Type(type.OfType!);
                Token("]");
                break;
            default:
                Token(type.Name);
                break;
        }
    }

    private void Value(ValueNode value, bool sortFields)
    {
        switch (value.Kind)
        {
            case ValueKind.Variable:
                Token("$");
                Token(value.Text);
                break;
            case ValueKind.String:
                Token(Quote(value.Text));
                break;
            case ValueKind.List:
                Token("[");
                foreach (var item in value.Items)
                {
                    Value(item, sortFields);
                }

                Token("]");
                break;
            case ValueKind.Object:
                Token("{");
                var fields = sortFields ? value.Fields.OrderBy(f => f.Name, System.StringComparer.Ordinal) : value.Fields.AsEnumerable();
                foreach (var field in fields)
                {
                    Token(field.Name);
                    Token(":");
                    Value(field.Value, sortFields);
                }

                Token("}");
                break;
            default:
                Token(value.Text);
                break;
        }
    }

    /// <summary>Appends a token, with a space only when the previous token would otherwise merge with it.</summary>
    private void Token(string token)
    {
        if (_builder.Length > 0 && token.Length > 0)
        {
            var last = _builder[_builder.Length - 1];
            var first = token[0];
            if (IsWordChar(last) && (IsWordChar(first) || first == '-'))
            {
                _builder.Append(' ');
            }
        }

        _builder.Append(token);
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_';

    private static string Quote(string text)
    {
        var builder = new StringBuilder(text.Length + 2);
        builder.Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\b': builder.Append("\\b"); break;
                case '\f': builder.Append("\\f"); break;
                default:
                    if (c < 32)
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        builder.Append('"');
        return builder.ToString();
    }
}
