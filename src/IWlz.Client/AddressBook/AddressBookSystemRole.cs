namespace IWlz.Client.AddressBook;

/// <summary>One <c>systeemrollen</c> item of an address-book entry.</summary>
public sealed class AddressBookSystemRole
{
    internal AddressBookSystemRole(string systeemrolcode, Uri resourceEndpoint)
    {
        Systeemrolcode = systeemrolcode;
        ResourceEndpoint = resourceEndpoint;
    }

    /// <summary>The role code as written, for example <c>REGISTER</c>, <c>Register</c> or <c>NOTIFICATIE_INDICATIE</c>.</summary>
    public string Systeemrolcode { get; }

    /// <summary>The role's resource URL (the token audience).</summary>
    public Uri ResourceEndpoint { get; }
}
