namespace IWlz.Client.Audit;

/// <summary>The Gebruiker block: a system user or a responsible person.</summary>
public sealed class AuditUser
{
    /// <summary>Gebruikers-ID (mandatory), for example the VECOZO system certificate's subject or the nID client ID.</summary>
    public string? UserId { get; set; }

    /// <summary>Rol (mandatory): a NEN-EN-ISO 21298 functional role code, <c>01</c> to <c>07</c>.</summary>
    public string? RoleCode { get; set; }

    /// <summary>Gebruikersnaam (optional).</summary>
    public string? Name { get; set; }

    /// <summary>ID of the responsible user, as <c>userid@organisatie</c> (conditional: when a person is responsible).</summary>
    public string? ResponsibleUserId { get; set; }

    /// <summary>Role code of the responsible user (conditional, with <see cref="ResponsibleUserId"/>).</summary>
    public string? ResponsibleUserRoleCode { get; set; }

    /// <summary>Name of the responsible user (optional).</summary>
    public string? ResponsibleUserName { get; set; }

    /// <summary>Toegangspunt (optional): the machine or address the action came from.</summary>
    public string? AccessPoint { get; set; }

    /// <summary>What <see cref="AccessPoint"/> holds: <c>1</c> machine or DNS name, <c>2</c> IP address.</summary>
    public AuditAccessPointType? AccessPointType { get; set; }
}

/// <summary>Types of access point.</summary>
public enum AuditAccessPointType
{
    /// <summary><c>1</c>: a machine or DNS name.</summary>
    MachineName = 1,

    /// <summary><c>2</c>: an IP address.</summary>
    IPAddress = 2,
}
