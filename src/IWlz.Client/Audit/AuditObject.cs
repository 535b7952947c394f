namespace IWlz.Client.Audit;

/// <summary>The Object block: what the event concerns, such as a WlzIndicatie or a Bemiddelingspecificatie.</summary>
public sealed class AuditObject
{
    /// <summary>Identificatortype (mandatory), for example <c>wlzIndicatieID</c> or <c>bemiddelingspecificatieID</c>.</summary>
    public string? IdentifierType { get; set; }

    /// <summary>Identificator (mandatory): the object's identifier.</summary>
    public string? Identifier { get; set; }

    /// <summary>Klasse (optional): person, system object, organisation or other.</summary>
    public AuditObjectClass? Class { get; set; }

    /// <summary>Autorisatieprotocol (mandatory): the authorisation rule that allowed access; supplied by the host.</summary>
    public string? AuthorizationProtocol { get; set; }

    /// <summary>Toestemmingsprofiel (conditional: mandatory when the object is patient-bound); supplied by the host.</summary>
    public string? ConsentProfile { get; set; }

    /// <summary>Behandelrelatieprotocol (conditional); supplied by the host.</summary>
    public string? TreatmentRelationProtocol { get; set; }

    /// <summary>Zoekvraag (optional): the operation name only, never the document or its variables.</summary>
    public string? Query { get; set; }
}

/// <summary>Klasse values.</summary>
public enum AuditObjectClass
{
    /// <summary><c>1</c>: a person.</summary>
    Person = 1,

    /// <summary><c>2</c>: a system object.</summary>
    SystemObject = 2,

    /// <summary><c>3</c>: an organisation.</summary>
    Organisation = 3,

    /// <summary><c>4</c>: anything else.</summary>
    Other = 4,
}
