namespace IWlz.Client.Registers.Internal;

/// <summary>
/// The selection of an operation as a tree of fields keyed by name and canonical arguments: aliases are
/// dropped and fragments expanded, so two documents that ask for the same data have the same shape.
/// Type conditions are not kept: the register schemas have no interfaces or unions, and the netwerkpunt's
/// only interface (<c>Message</c>) is implemented by each mutation's own result type.
/// </summary>
internal sealed class SelectionShape
{
    private const int MaxDepth = 64;

    private SelectionShape(string fieldName, string arguments)
    {
        FieldName = fieldName;
        Arguments = arguments;
    }

    public string FieldName { get; }

    public string Arguments { get; }

    public Dictionary<string, SelectionShape> Children { get; } = new(StringComparer.Ordinal);

    /// <summary>The response names selected directly at this level (after expanding fragments): the keys of the answer's object.</summary>
    public HashSet<string> ResponseNames { get; } = new(StringComparer.Ordinal);

    /// <summary>On the root: the first directive in the selection (after expanding fragments) and the path it is on; otherwise <see langword="null"/>.</summary>
    public (string Name, string Path)? FirstDirective { get; private set; }

    /// <summary>Builds the shape of one operation.</summary>
    /// <exception cref="DocumentSyntaxException">A fragment is unknown or spreads itself.</exception>
    public static SelectionShape Build(OperationNode operation, IReadOnlyDictionary<string, FragmentNode> fragments)
    {
        var root = new SelectionShape(string.Empty, string.Empty);
        Add(root, root, string.Empty, operation.Selections, fragments, [], 0);
        return root;
    }

    /// <summary>
    /// Compares this (the request) with a template. Returns <see langword="null"/> when every field of the
    /// request exists in the template at the same path with the same arguments; otherwise the first offence.
    /// </summary>
    public (string Path, string Problem)? FindExcess(SelectionShape template) => FindExcess(this, template, string.Empty);

    private static (string Path, string Problem)? FindExcess(SelectionShape request, SelectionShape template, string path)
    {
        foreach (var (key, child) in request.Children)
        {
            var childPath = path.Length == 0 ? child.FieldName : path + "." + child.FieldName;
            if (!template.Children.TryGetValue(key, out var match))
            {
                var sameName = template.Children.Values.Any(c => c.FieldName == child.FieldName);
                return (childPath, sameName ? "has arguments that differ from" : "is not in");
            }

            if (FindExcess(child, match, childPath) is { } excess)
            {
                return excess;
            }
        }

        return null;
    }

    private static void Add(SelectionShape root, SelectionShape target, string path, IReadOnlyList<SelectionNode> selections, IReadOnlyDictionary<string, FragmentNode> fragments, HashSet<string> spreading, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new DocumentSyntaxException($"The selection nests deeper than {MaxDepth} levels", 0, 0);
        }

        foreach (var selection in selections)
        {
            var selectionPath = selection.Kind == SelectionKind.Field ? (path.Length == 0 ? selection.Name : path + "." + selection.Name) : path;
            if (selection.Directive is { } directive && root.FirstDirective is null)
            {
                root.FirstDirective = (directive, selectionPath.Length == 0 ? "(root)" : selectionPath);
            }

            switch (selection.Kind)
            {
                case SelectionKind.Field:
                    target.ResponseNames.Add(selection.ResponseName);
                    var key = selection.Name + "(" + selection.Arguments + ")";
                    if (!target.Children.TryGetValue(key, out var child))
                    {
                        child = new SelectionShape(selection.Name, selection.Arguments);
                        target.Children[key] = child;
                    }

                    Add(root, child, selectionPath, selection.Selections, fragments, spreading, depth + 1);
                    break;
                case SelectionKind.InlineFragment:
                    Add(root, target, path, selection.Selections, fragments, spreading, depth + 1);
                    break;
                case SelectionKind.FragmentSpread:
                    if (!fragments.TryGetValue(selection.Name, out var fragment))
                    {
                        throw new DocumentSyntaxException($"Fragment '{selection.Name}' is not defined", selection.Line, selection.Column);
                    }

                    if (!spreading.Add(fragment.Name))
                    {
                        throw new DocumentSyntaxException($"Fragment '{fragment.Name}' spreads itself", selection.Line, selection.Column);
                    }

                    Add(root, target, path, fragment.Selections, fragments, spreading, depth + 1);
                    spreading.Remove(fragment.Name);
                    break;
            }
        }
    }
}
