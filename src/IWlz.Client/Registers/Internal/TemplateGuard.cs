using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text.Json;
using IWlz.Client.GraphQL;
using IWlz.Client.GraphQL.Serialization;
using IWlz.Client.Notifications;

namespace IWlz.Client.Registers.Internal;

/// <summary>
/// Checks a request against the template rules before it is sent, the way the network's policies will:
/// one operation with one root field, a subset of a published template of the target register, called by
/// the template's role, with the caller's own code in the own-identity variable and derived dates as
/// <see cref="TemplateDates"/> computes them. Requests to services that are not iWlz registers or
/// netwerkpunten pass unchecked.
/// </summary>
internal sealed class TemplateGuard(IWlzPartyIdentity identity, bool leveringsregisterEnabled)
{
    private static readonly ConcurrentDictionary<MatchKey, IReadOnlyList<ShippedTemplate>> Matches = new();

    // What an operation's constant part decided (its register, and the template it conforms to for a claimed
    // ID and a party role), per operation instance: generated descriptors are static, so after the first call
    // only the variable checks run. Held weakly, like OperationProfile: a per-call operation is collected with it.
    private static readonly ConditionalWeakTable<object, OperationDecision> Decisions = [];

    public bool LeveringsregisterEnabled { get; } = leveringsregisterEnabled;

    /// <summary>Checks the request; returns the template it conforms to, or <see langword="null"/> for services without templates.</summary>
    /// <exception cref="TemplateViolationException">The request breaks a template rule.</exception>
    public TemplateDescriptor? Check<TVariables, TData>(GraphQLOperation<TVariables, TData> operation, TVariables variables, GraphQLRequestOptions? options)
    {
        ArgumentNullException.ThrowIfNull(operation);
        var decision = Decisions.TryGetValue(operation, out var known)
            ? known
            : Decisions.GetValue(operation, static o => new OperationDecision(RegisterOf(((GraphQLOperation<TVariables, TData>)o).ClientName)));
        if (decision.Register is not { } register)
        {
            return null;
        }

        var claimed = options?.TemplateId ?? operation.TemplateId;
        if (register == IWlzRegister.Leveringsregister && !LeveringsregisterEnabled)
        {
            throw Violation(TemplateViolation.ExperimentalRegisterNotEnabled, operation, claimed,
                "The Leveringsregister (LR-1) is a release candidate and is switched off. Switch it on explicitly with "
                + "services.AddIWlzClient(...).AddLeveringsregisterClient(), or construct LeveringsregisterClient, to send its templates.");
        }

        var party = identity.GetIdentity();
        if (decision.ChosenFor(claimed, party.Role) is not { } chosen)
        {
            chosen = Choose(operation, register, claimed, party);
            decision.Remember(claimed, party.Role, chosen);
        }

        CheckVariables(operation, variables, chosen, party);
        return chosen;
    }

    /// <summary>The first candidate template the party's role may send (the constant part of the check).</summary>
    private static TemplateDescriptor Choose<TVariables, TData>(GraphQLOperation<TVariables, TData> operation, IWlzRegister register, string? claimed, PartyIdentity party)
    {
        var candidates = Candidates(operation, register, claimed);
        foreach (var candidate in candidates)
        {
            if (RoleAllows(candidate.Descriptor.Role, party.Role))
            {
                return candidate.Descriptor;
            }
        }

        var template = candidates[0].Descriptor;
        throw Violation(TemplateViolation.RoleNotAllowed, operation, template.TemplateId,
            $"Template {template.TemplateId} is written for {Describe(template.Role)}, but the configured party is a {party.Role}. "
            + "The network refuses it for this role, so the SDK did not send it; use the template of your own role.");
    }

    /// <summary>The register a client name stands for (letter case ignored), or <see langword="null"/> for other services.</summary>
    internal static IWlzRegister? RegisterOf(string clientName) => clientName.ToUpperInvariant() switch
    {
        "INDICATIEREGISTER" => IWlzRegister.Indicatieregister,
        "BEMIDDELINGSREGISTER" => IWlzRegister.Bemiddelingsregister,
        "LEVERINGSREGISTER" => IWlzRegister.Leveringsregister,
        "NETWERKPUNT" => IWlzRegister.Netwerkpunt,
        _ => null,
    };

    internal static bool RoleAllows(TemplateRole templateRole, IWlzPartyRole partyRole) => templateRole switch
    {
        TemplateRole.Zorgaanbieder or TemplateRole.Regiehouder => partyRole == IWlzPartyRole.Zorgaanbieder,
        TemplateRole.InitieelVerantwoordelijkZorgkantoor or TemplateRole.UitvoerendZorgkantoor
            or TemplateRole.NieuwVerantwoordelijkZorgkantoor or TemplateRole.Zorgkantoor => partyRole == IWlzPartyRole.Zorgkantoor,
        TemplateRole.Ciz => partyRole == IWlzPartyRole.Indicatieorgaan,
        TemplateRole.Participant => partyRole is IWlzPartyRole.Zorgaanbieder or IWlzPartyRole.Zorgkantoor or IWlzPartyRole.Indicatieorgaan,
        _ => false,
    };

    private static string Describe(TemplateRole role) => role switch
    {
        TemplateRole.Zorgaanbieder => "a zorgaanbieder (ZA)",
        TemplateRole.Regiehouder => "a zorgaanbieder that is regiehouder (ZAr)",
        TemplateRole.InitieelVerantwoordelijkZorgkantoor => "the initially responsible zorgkantoor (ZKi)",
        TemplateRole.UitvoerendZorgkantoor => "the executing zorgkantoor (ZKu)",
        TemplateRole.NieuwVerantwoordelijkZorgkantoor => "the newly responsible zorgkantoor (ZKn)",
        TemplateRole.Zorgkantoor => "a zorgkantoor (ZK)",
        TemplateRole.Ciz => "the CIZ",
        _ => role.ToString(),
    };

    private static IReadOnlyList<ShippedTemplate> Candidates<TVariables, TData>(GraphQLOperation<TVariables, TData> operation, IWlzRegister register, string? claimed)
    {
        ShippedTemplate? template = null;
        if (claimed is not null)
        {
            template = ShippedTemplates.Find(claimed);
            if (template is null || template.Descriptor.Register != register)
            {
                throw Violation(TemplateViolation.UnknownTemplate, operation, claimed,
                    template is null
                        ? $"The operation claims template '{claimed}', which the SDK does not ship for the {register}. See IWlzTemplates for the shipped IDs."
                        : $"The operation claims template {template.Descriptor.TemplateId} of the {template.Descriptor.Register}, but is sent to the {register}.");
            }

            // The generated document of the template itself: nothing to parse.
            if (string.Equals(operation.Document, template.Document, StringComparison.Ordinal)
                && string.Equals(operation.Name, template.Descriptor.OperationName, StringComparison.Ordinal)
                && operation.Kind == template.Descriptor.Kind)
            {
                return [template];
            }
        }

        // Matching is as deterministic as parsing: remember the templates a document matched.
        var key = new MatchKey(operation.Document, operation.Name, operation.Kind, register, claimed);
        if (Matches.TryGetValue(key, out var known))
        {
            return known;
        }

        var matched = Match(operation, register, claimed, template);
        if (Matches.Count < DocumentAnalysis.MaxCached)
        {
            Matches.TryAdd(key, matched);
        }

        return matched;
    }

    private static List<ShippedTemplate> Match<TVariables, TData>(GraphQLOperation<TVariables, TData> operation, IWlzRegister register, string? claimed, ShippedTemplate? template)
    {
        var analysis = DocumentAnalysis.Of(operation.Document);
        if (analysis.Problem is { } problem)
        {
            throw Violation(problem, operation, claimed, analysis.ProblemText!);
        }

        var parsed = analysis.Operation!;
        if (!string.Equals(parsed.Name, operation.Name, StringComparison.Ordinal))
        {
            throw Violation(TemplateViolation.InvalidDocument, operation, claimed,
                $"The document's operation is named '{parsed.Name ?? "(anonymous)"}', but the request would send operationName '{operation.Name}'. Give the document the same name.");
        }

        if (!string.Equals(parsed.Kind, operation.Kind.ToString(), StringComparison.OrdinalIgnoreCase))
        {
            throw Violation(TemplateViolation.InvalidDocument, operation, claimed,
                $"The document holds a {parsed.Kind}, but the operation descriptor says {operation.Kind.ToString().ToLowerInvariant()}.");
        }

        if (template is not null)
        {
            if (FindExcess(parsed, analysis.Shape!, template) is { } excess)
            {
                throw excess.ToException(operation, template.Descriptor.TemplateId);
            }

            return [template];
        }

        var matches = new List<ShippedTemplate>();
        Excess? closest = null;
        ShippedTemplate? closestTemplate = null;
        foreach (var candidate in ShippedTemplates.ForRegister(register))
        {
            if (candidate.Descriptor.Kind != operation.Kind || !SameRoot(analysis.Shape!, candidate.Shape))
            {
                continue;
            }

            if (FindExcess(parsed, analysis.Shape!, candidate) is { } excess)
            {
                closest ??= excess;
                closestTemplate ??= candidate;
            }
            else
            {
                matches.Add(candidate);
            }
        }

        if (matches.Count > 0)
        {
            return matches;
        }

        if (closest is not null)
        {
            throw closest.ToException(operation, closestTemplate!.Descriptor.TemplateId, closestOnly: true);
        }

        var root = analysis.Shape!.Children.Values.First().FieldName;
        throw Violation(TemplateViolation.NotATemplateSubset, operation, null,
            $"No published template of the {register} is a {operation.Kind.ToString().ToLowerInvariant()} on '{root}'. "
            + "The network only admits its templates and subsets of them; start from a template in IWlzTemplates and only remove fields.");
    }

    private static bool SameRoot(SelectionShape request, SelectionShape template) => TemplateSubset.SameRoot(request, template);

    private static Excess? FindExcess(OperationNode request, SelectionShape shape, ShippedTemplate template) =>
        TemplateSubset.FindExcess(request, shape, template.Operation, template.Shape, template.Descriptor.TemplateId) is { } excess
            ? new Excess(excess.Variable, excess.FieldPath, excess.Text)
            : null;

    private static void CheckVariables<TVariables, TData>(GraphQLOperation<TVariables, TData> operation, TVariables variables, TemplateDescriptor template, PartyIdentity party)
    {
        if (template.OwnIdentityVariable is null && template.DerivedDateVariables.Count == 0)
        {
            return;
        }

        using var lease = VariablesJson.Write(variables, operation.VariablesTypeInfo);
        var json = lease.Json;
        if (template.OwnIdentityVariable is { } own)
        {
            var kind = template.OwnIdentityType is { } type ? IDTypes.ToWireValue(type) : "own";
            if (!VariablesJson.TryFind(json, own, out var value) || value.TokenType == JsonTokenType.Null)
            {
                throw Violation(TemplateViolation.OwnIdentityMissing, operation, template.TemplateId,
                    $"Template {template.TemplateId} needs the caller's {kind} code in ${own}, and the request does not set it. The typed register clients fill it from the configured party.",
                    own);
            }

            if (value.TokenType != JsonTokenType.String || !value.ValueTextEquals(party.Code))
            {
                throw Violation(TemplateViolation.OwnIdentityMismatch, operation, template.TemplateId,
                    $"Template {template.TemplateId}: ${own} must be the configured party's own {kind} code, and the request holds another value. "
                    + "The network refuses a request made in another party's name, so the SDK did not send it. Let the typed register client fill it, or take it from IWlzPartyIdentity.",
                    own);
            }

            if (template.Register == IWlzRegister.Netwerkpunt)
            {
                const string typeVariable = "afzenderIDType";
                var expected = IDTypes.ToWireValue(party.IdType);
                if (!VariablesJson.TryFind(json, typeVariable, out var idType) || idType.TokenType != JsonTokenType.String
                    || !idType.ValueTextEquals(expected))
                {
                    throw Violation(TemplateViolation.OwnIdentityMismatch, operation, template.TemplateId,
                        $"{template.TemplateId}: ${typeVariable} must be {expected}, the ID type of the configured {party.Role}.",
                        typeVariable);
                }
            }
        }

        Span<char> expectedText = stackalloc char[10];
        foreach (var derived in template.DerivedDateVariables)
        {
            if (VariablesJson.TryFind(json, derived.DerivedFrom!, out var source) && GraphQLJson.TryReadDate(ref source, out var from))
            {
                var expected = TemplateDates.Compute(derived.DerivedDateRule!.Value, from);
                expected.TryFormat(expectedText, out var written, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
                if (!VariablesJson.TryFind(json, derived.Name, out var actual) || actual.TokenType != JsonTokenType.String
                    || !actual.ValueTextEquals(expectedText[..written]))
                {
                    throw Violation(TemplateViolation.DerivedDateMismatch, operation, template.TemplateId,
                        $"Template {template.TemplateId}: ${derived.Name} must be computed from ${derived.DerivedFrom} with TemplateDates ({derived.DerivedDateRule}), and the request holds another value. The typed register client computes it.",
                        derived.Name);
                }
            }
        }
    }

    private static TemplateViolationException Violation<TVariables, TData>(TemplateViolation violation, GraphQLOperation<TVariables, TData> operation, string? templateId, string message, string? variable = null) =>
        new(violation, operation.Name, templateId, $"The SDK refused to send {operation.Kind.ToString().ToLowerInvariant()} {operation.Name}: {message}") { VariableName = variable };

    /// <summary>An operation's register, and the template last chosen for it (with the claim and role it was chosen for).</summary>
    private sealed class OperationDecision(IWlzRegister? register)
    {
        private Choice? _last;

        internal IWlzRegister? Register { get; } = register;

        internal TemplateDescriptor? ChosenFor(string? claimed, IWlzPartyRole role) =>
            _last is { } last && last.Role == role && string.Equals(last.Claimed, claimed, StringComparison.Ordinal) ? last.Template : null;

        internal void Remember(string? claimed, IWlzPartyRole role, TemplateDescriptor template) => _last = new Choice(claimed, role, template);

        private sealed record Choice(string? Claimed, IWlzPartyRole Role, TemplateDescriptor Template);
    }

    private readonly record struct MatchKey(string Document, string Name, GraphQLOperationKind Kind, IWlzRegister Register, string? Claimed);

    private sealed record Excess(string? Variable, string? FieldPath, string Text)
    {
        public TemplateViolationException ToException<TVariables, TData>(GraphQLOperation<TVariables, TData> operation, string templateId, bool closestOnly = false) =>
            new(TemplateViolation.NotATemplateSubset, operation.Name, closestOnly ? null : templateId,
                $"The SDK refused to send {operation.Kind.ToString().ToLowerInvariant()} {operation.Name}: it {Text}{(closestOnly ? " (the closest template)" : string.Empty)}. "
                + "The network only admits a published template or a subset of it (fields removed, nothing added or changed).")
            {
                VariableName = Variable,
                FieldPath = FieldPath,
            };
    }
}
