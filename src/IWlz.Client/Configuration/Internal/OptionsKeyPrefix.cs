namespace IWlz.Client.Configuration.Internal;

/// <summary>The configuration path the options were bound from, so validation errors name the real key.</summary>
internal sealed record OptionsKeyPrefix(string Value);
