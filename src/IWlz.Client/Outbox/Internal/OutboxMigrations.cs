using IWlz.Client.Storage;

namespace IWlz.Client.Outbox.Internal;

/// <summary>The SQLite schema of the outbox, component <c>outbox</c>. Add steps; never edit a released one.</summary>
internal static class OutboxMigrations
{
    public const string Component = "outbox";

    public static IReadOnlyList<SqliteMigration> All { get; } =
    [
        new(Component, 1, """
            CREATE TABLE iwlz_outbox (
                id TEXT NOT NULL PRIMARY KEY,
                kind INTEGER NOT NULL,
                event_type TEXT NOT NULL,
                message TEXT NOT NULL,
                enqueued_at INTEGER NOT NULL,
                status INTEGER NOT NULL,
                attempts INTEGER NOT NULL DEFAULT 0,
                next_attempt_at INTEGER NOT NULL,
                lease_owner TEXT NULL,
                lease_expires_at INTEGER NULL,
                failure_reason INTEGER NOT NULL DEFAULT 0,
                last_error TEXT NULL,
                trace_id TEXT NULL,
                receiver_id TEXT NULL,
                finished_at INTEGER NULL);
            CREATE INDEX ix_iwlz_outbox_due ON iwlz_outbox (status, next_attempt_at);
            CREATE INDEX ix_iwlz_outbox_finished ON iwlz_outbox (status, finished_at);
            """),
    ];
}
