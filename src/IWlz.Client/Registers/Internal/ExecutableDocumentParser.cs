using System.Text;
using System.Text.Json;

namespace IWlz.Client.Registers.Internal;

/// <summary>
/// A small recursive-descent parser for GraphQL executable documents (operations and fragments only). It
/// keeps what the template rules compare: operations, variables with their types, and selections with
/// canonical argument text (object fields and arguments sorted, strings decoded). Nesting is limited so
/// that a hostile document cannot exhaust the stack.
/// </summary>
internal sealed class ExecutableDocumentParser
{
    private const int MaxDepth = 64;
    private readonly GraphQLLexer _lexer;
    private Token _current;
    private int _depth;

    private ExecutableDocumentParser(string text)
    {
        _lexer = new GraphQLLexer(text);
        _current = _lexer.Next();
    }

    /// <summary>Parses a document.</summary>
    /// <exception cref="DocumentSyntaxException">The document is not a valid executable document.</exception>
    public static ExecutableDocument Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new ExecutableDocumentParser(text).Document();
    }

    private ExecutableDocument Document()
    {
        var operations = new List<OperationNode>();
        var fragments = new Dictionary<string, FragmentNode>(StringComparer.Ordinal);
        if (_current.Kind == TokenKind.End)
        {
            throw Error("The document is empty");
        }

        while (_current.Kind != TokenKind.End)
        {
            if (Is("{"))
            {
                operations.Add(new OperationNode("query", null, [], SelectionSet(), _current.Line, _current.Column));
            }
            else if (_current.Kind == TokenKind.Name && _current.Value is "query" or "mutation" or "subscription")
            {
                operations.Add(Operation());
            }
            else if (_current.Kind == TokenKind.Name && _current.Value == "fragment")
            {
                var fragment = Fragment();
                if (!fragments.TryAdd(fragment.Name, fragment))
                {
                    throw Error($"Fragment '{fragment.Name}' is defined twice");
                }
            }
            else
            {
                throw Error("Expected an operation or a fragment; a document sent to the network holds no type definitions");
            }
        }

        return new ExecutableDocument(operations, fragments);
    }

    private OperationNode Operation()
    {
        var line = _current.Line;
        var column = _current.Column;
        var kind = Advance().Value;
        string? name = _current.Kind == TokenKind.Name ? Advance().Value : null;
        var variables = new List<VariableNode>();
        if (Accept("("))
        {
            do
            {
                Expect("$");
                var variable = Name();
                Expect(":");
                var type = Type();
                string? defaultValue = Accept("=") ? Value() : null;
                Directives();
                variables.Add(new VariableNode(variable, type, defaultValue));
            }
            while (!Accept(")"));
        }

        Directives();
        return new OperationNode(kind, name, variables, SelectionSet(), line, column);
    }

    private FragmentNode Fragment()
    {
        Advance();
        var name = Name();
        if (name == "on")
        {
            throw Error("A fragment cannot be named 'on'");
        }

        ExpectName("on");
        var type = Name();
        Directives();
        return new FragmentNode(name, type, SelectionSet());
    }

    private List<SelectionNode> SelectionSet()
    {
        Enter();
        Expect("{");
        var selections = new List<SelectionNode>();
        do
        {
            selections.Add(Selection());
        }
        while (!Accept("}"));
        _depth--;
        return selections;
    }

    private SelectionNode Selection()
    {
        var line = _current.Line;
        var column = _current.Column;
        if (Accept("..."))
        {
            if (_current.Kind == TokenKind.Name && _current.Value != "on")
            {
                var fragment = Advance().Value;
                var spreadDirective = Directives();
                return new SelectionNode(SelectionKind.FragmentSpread, fragment, string.Empty, [], line, column) { Directive = spreadDirective };
            }

            var typeCondition = string.Empty;
            if (_current.Kind == TokenKind.Name && _current.Value == "on")
            {
                Advance();
                typeCondition = Name();
            }

            var inlineDirective = Directives();
            return new SelectionNode(SelectionKind.InlineFragment, typeCondition, string.Empty, SelectionSet(), line, column) { Directive = inlineDirective };
        }

        var name = Name();
        string? alias = null;
        if (Accept(":"))
        {
            alias = name;
            name = Name();
        }

        var arguments = Arguments();
        var directive = Directives();
        var selections = Is("{") ? SelectionSet() : [];
        return new SelectionNode(SelectionKind.Field, name, arguments, selections, line, column, alias) { Directive = directive };
    }

    private string Arguments()
    {
        if (!Accept("("))
        {
            return string.Empty;
        }

        var arguments = new SortedDictionary<string, string>(StringComparer.Ordinal);
        do
        {
            var name = Name();
            Expect(":");
            if (!arguments.TryAdd(name, Value()))
            {
                throw Error($"Argument '{name}' is given twice");
            }
        }
        while (!Accept(")"));
        return string.Join(",", arguments.Select(a => a.Key + ":" + a.Value));
    }

    /// <summary>Reads the directives at this position; returns the first one's name, or <see langword="null"/> when there are none.</summary>
    private string? Directives()
    {
        string? first = null;
        while (Accept("@"))
        {
            first ??= Name();
            Arguments();
        }

        return first;
    }

    /// <summary>Reads a value and returns its canonical text.</summary>
    private string Value()
    {
        Enter();
        string text;
        switch (_current.Kind)
        {
            case TokenKind.Int or TokenKind.Float:
                text = Advance().Value;
                break;
            case TokenKind.String:
                text = JsonSerializer.Serialize(Advance().Value);
                break;
            case TokenKind.Name:
                text = Advance().Value; // true, false, null or an enum value
                break;
            case TokenKind.Punctuator when _current.Value == "$":
                Advance();
                text = "$" + Name();
                break;
            case TokenKind.Punctuator when _current.Value == "[":
                Advance();
                var items = new List<string>();
                while (!Accept("]"))
                {
                    items.Add(Value());
                }

                text = "[" + string.Join(",", items) + "]";
                break;
            case TokenKind.Punctuator when _current.Value == "{":
                Advance();
                var fields = new SortedDictionary<string, string>(StringComparer.Ordinal);
                while (!Accept("}"))
                {
                    var name = Name();
                    Expect(":");
                    if (!fields.TryAdd(name, Value()))
                    {
                        throw Error($"Input field '{name}' is given twice");
                    }
                }

                text = "{" + string.Join(",", fields.Select(f => f.Key + ":" + f.Value)) + "}";
                break;
            default:
                throw Error("Expected a value");
        }

        _depth--;
        return text;
    }

    private string Type()
    {
        Enter();
        var builder = new StringBuilder();
        if (Accept("["))
        {
            builder.Append('[').Append(Type());
            Expect("]");
            builder.Append(']');
        }
        else
        {
            builder.Append(Name());
        }

        if (Accept("!"))
        {
            builder.Append('!');
        }

        _depth--;
        return builder.ToString();
    }

    private void Enter()
    {
        if (++_depth > MaxDepth)
        {
            throw Error($"The document nests deeper than {MaxDepth} levels");
        }
    }

    private string Name()
    {
        if (_current.Kind != TokenKind.Name)
        {
            throw Error("Expected a name");
        }

        return Advance().Value;
    }

    private void ExpectName(string name)
    {
        if (_current.Kind != TokenKind.Name || _current.Value != name)
        {
            throw Error($"Expected '{name}'");
        }

        Advance();
    }

    private bool Is(string punctuator) => _current.Kind == TokenKind.Punctuator && _current.Value == punctuator;

    private bool Accept(string punctuator)
    {
        if (!Is(punctuator))
        {
            if (_current.Kind == TokenKind.End)
            {
                throw Error("The document ends too early");
            }

            return false;
        }

        Advance();
        return true;
    }

    private void Expect(string punctuator)
    {
        if (!Accept(punctuator))
        {
            throw Error($"Expected '{punctuator}'");
        }
    }

    private Token Advance()
    {
        var token = _current;
        _current = _lexer.Next();
        return token;
    }

    private DocumentSyntaxException Error(string message) => new(message, _current.Line, _current.Column);
}
