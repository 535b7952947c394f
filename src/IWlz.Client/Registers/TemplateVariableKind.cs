namespace IWlz.Client.Registers;

/// <summary>Where the value of a template variable comes from.</summary>
public enum TemplateVariableKind
{
    /// <summary>The caller supplies it, usually from a notification or an earlier query.</summary>
    Input = 1,

    /// <summary>
    /// The caller's own AGB or UZOVI code. The PEP rejects the request unless it equals the identity in
    /// the access token, so the SDK fills it from the configured party.
    /// </summary>
    OwnIdentity = 2,

    /// <summary>Computed from another variable of the template; see <see cref="TemplateDates"/>.</summary>
    DerivedDate = 3,
}
