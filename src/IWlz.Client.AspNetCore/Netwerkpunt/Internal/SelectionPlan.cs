namespace IWlz.Client.AspNetCore.Netwerkpunt.Internal;

/// <summary>
/// The fields to answer for one object, in response order, after fragments, aliases and @skip/@include
/// were resolved. The response echoes exactly what the request selected.
/// </summary>
internal sealed class SelectionPlan
{
    private readonly List<PlannedField> _fields = [];

    public IReadOnlyList<PlannedField> Fields => _fields;

    public PlannedField? Find(string responseKey) => _fields.Find(f => f.ResponseKey == responseKey);

    public void Add(PlannedField field) => _fields.Add(field);
}

/// <summary>One response key: the field it comes from and, for objects, what to select in it.</summary>
internal sealed class PlannedField(string responseKey, string fieldName, string argumentsSignature, SelectionPlan? selection)
{
    public string ResponseKey { get; } = responseKey;

    public string FieldName { get; } = fieldName;

    public string ArgumentsSignature { get; } = argumentsSignature;

    public SelectionPlan? Selection { get; } = selection;
}

/// <summary>A validated zendNotificatie or zendMelding request.</summary>
internal sealed class ValidatedMutation
{
    public required string RootField { get; init; }

    public required SelectionPlan RootPlan { get; init; }

    public required IReadOnlyDictionary<string, object?> Input { get; init; }
}
