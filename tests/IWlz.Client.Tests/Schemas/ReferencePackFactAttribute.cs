namespace IWlz.Client.Tests.Schemas;

/// <summary>
/// A fact that runs only when <c>IWLZ_REFERENCE_DIR</c> points at a copy of the iWlz reference
/// pack; otherwise xunit reports it as skipped (never as passed).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class ReferencePackFactAttribute : FactAttribute
{
    public ReferencePackFactAttribute()
    {
        if (string.IsNullOrEmpty(ReferencePack.Directory))
        {
            Skip = $"Set {ReferencePack.DirectoryVariable} to the iWlz reference pack to compare it with the committed fixtures.";
        }
    }
}
