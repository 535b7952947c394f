namespace IWlz.Client;

/// <summary>Overrides of the built-in nID token endpoint and PEP. Each must be an absolute https URL.</summary>
public sealed class EndpointOptions
{
    /// <summary>The nID token endpoint. Default: the one of the configured environment (<see cref="IWlzWellKnownEndpoints"/>).</summary>
    public Uri? TokenEndpoint { get; set; }

    /// <summary>The PEP that receives every GraphQL request. Default: the one of the configured environment.</summary>
    public Uri? PepEndpoint { get; set; }
}
