namespace IWlz.Client.Testing;

/// <summary>Options for <see cref="IWlzNetworkSimulator"/>. Every member has a sensible default.</summary>
public sealed class SimulatorOptions
{
    /// <summary>
    /// The seed of the generated data. The same seed and <see cref="ReferenceDate"/> always give the
    /// same parties, clients, BSNs, IDs and dates. Default 1.
    /// </summary>
    public int Seed { get; set; } = 1;

    /// <summary>Whether to fill the registers with generated fictional data on start. Default <see langword="true"/>.</summary>
    public bool SeedData { get; set; } = true;

    /// <summary>
    /// The day the generated data is built around (start dates before it, end dates around it), so
    /// date windows are realistic on any day. Default <see langword="null"/>: today by <see cref="TimeProvider"/>.
    /// Set it to get identical data on every day.
    /// </summary>
    public DateOnly? ReferenceDate { get; set; }

    /// <summary>
    /// The clock of nID (token times), the PEP (token expiry, date windows) and the data.
    /// Default <see cref="TimeProvider.System"/>; use a fake time provider to test expiry and windows.
    /// </summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>How long tokens from the simulated nID live. Default 1 hour, the network's maximum; range 1 second to 1 hour.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// How long the PEP waits for an external netwerkpunt before it answers 504. Default 10 seconds;
    /// range 10 milliseconds to 5 minutes.
    /// </summary>
    public TimeSpan NetwerkpuntTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Whether saving or removing a record through <see cref="Data.SimulatedData"/> sends the mandatory
    /// notifications. Default <see langword="true"/>.
    /// </summary>
    public bool SendNotifications { get; set; } = true;

    /// <summary>Checks the options.</summary>
    /// <exception cref="ArgumentException">An option is out of range; the message names it.</exception>
    internal void Validate()
    {
        if (TimeProvider is null)
        {
            throw new ArgumentException($"{nameof(TimeProvider)} must not be null.", nameof(TimeProvider));
        }

        if (TokenLifetime < TimeSpan.FromSeconds(1) || TokenLifetime > TimeSpan.FromHours(1))
        {
            throw new ArgumentException($"{nameof(TokenLifetime)} must be between 1 second and 1 hour (nID never issues longer tokens); got {TokenLifetime}.", nameof(TokenLifetime));
        }

        if (NetwerkpuntTimeout < TimeSpan.FromMilliseconds(10) || NetwerkpuntTimeout > TimeSpan.FromMinutes(5))
        {
            throw new ArgumentException($"{nameof(NetwerkpuntTimeout)} must be between 10 milliseconds and 5 minutes; got {NetwerkpuntTimeout}.", nameof(NetwerkpuntTimeout));
        }
    }
}
