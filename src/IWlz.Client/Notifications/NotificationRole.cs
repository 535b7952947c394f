namespace IWlz.Client.Notifications;

/// <summary>The kind of party that sends or receives a notification.</summary>
public enum NotificationRole
{
    /// <summary>The CIZ, bronhouder of the Indicatieregister.</summary>
    Ciz = 1,

    /// <summary>A zorgkantoor; the catalogue's description says which one (responsible, executing, new).</summary>
    Zorgkantoor = 2,

    /// <summary>A zorgaanbieder; the catalogue's description says which one.</summary>
    Zorgaanbieder = 3,
}
