namespace IWlz.Client.Storage;

/// <summary>
/// One schema step of one storage component (such as <c>inbox</c> or a later <c>outbox</c>).
/// Steps of a component are applied once, in version order, and recorded in <c>iwlz_schema_migrations</c>.
/// </summary>
/// <param name="Component">The component that owns the tables, such as <c>inbox</c>.</param>
/// <param name="Version">The step number, starting at 1; never change a released step, add a new one.</param>
/// <param name="Sql">The statements of the step.</param>
internal sealed record SqliteMigration(string Component, int Version, string Sql);
