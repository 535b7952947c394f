namespace IWlz.Client.Registers;

/// <summary>Whether a register version is in production use or still being specified.</summary>
public enum SpecificationStatus
{
    /// <summary>The version in use on the network (IR-2, BR-1, netwerkpunt 1.1).</summary>
    Current = 1,

    /// <summary>
    /// A version that is still being specified (IR-3, BR-1.1, LR-1). The SDK only uses it when it is
    /// switched on explicitly.
    /// </summary>
    InDevelopment = 2,
}
