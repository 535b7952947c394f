namespace IWlz.Client.Registers;

/// <summary>Why the SDK refused to send a request to a register or netwerkpunt; see <see cref="TemplateViolationException"/>.</summary>
public enum TemplateViolation
{
    /// <summary>The own-identity variable (such as <c>Instelling</c>) differs from the configured party's code.</summary>
    OwnIdentityMismatch = 1,

    /// <summary>The own-identity variable is missing or null.</summary>
    OwnIdentityMissing = 2,

    /// <summary>The template is written for another role than the configured party's (a ZA template called as a zorgkantoor).</summary>
    RoleNotAllowed = 3,

    /// <summary>The operation claims a template ID the SDK does not ship, or a template of another register.</summary>
    UnknownTemplate = 4,

    /// <summary>The document selects a field, argument or variable that its template does not have.</summary>
    NotATemplateSubset = 5,

    /// <summary>The document does not hold exactly one operation.</summary>
    NotOneOperation = 6,

    /// <summary>The operation does not select exactly one root field.</summary>
    NotOneRootField = 7,

    /// <summary>The document is not valid GraphQL, or its operation name or kind differs from the operation descriptor.</summary>
    InvalidDocument = 8,

    /// <summary>A derived date variable (such as <c>ToewijzingEinddatum2Jaar</c>) is not the value <see cref="TemplateDates"/> computes.</summary>
    DerivedDateMismatch = 9,

    /// <summary>The operation targets the Leveringsregister, which is experimental and has not been switched on.</summary>
    ExperimentalRegisterNotEnabled = 10,
}
