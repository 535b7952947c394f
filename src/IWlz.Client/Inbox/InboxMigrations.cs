using IWlz.Client.Storage;

namespace IWlz.Client.Inbox;

/// <summary>The SQLite schema of the inbox, component <c>inbox</c>. Add steps; never edit a released one.</summary>
internal static class InboxMigrations
{
    public const string Component = "inbox";

    public static IReadOnlyList<SqliteMigration> All { get; } =
    [
        new(Component, 1, """
            CREATE TABLE iwlz_inbox (
                id TEXT NOT NULL PRIMARY KEY,
                kind INTEGER NOT NULL,
                dedup_key TEXT NOT NULL,
                event_type TEXT NOT NULL,
                message TEXT NOT NULL,
                received_at INTEGER NOT NULL,
                status INTEGER NOT NULL,
                attempts INTEGER NOT NULL DEFAULT 0,
                next_attempt_at INTEGER NOT NULL,
                lease_owner TEXT NULL,
                lease_expires_at INTEGER NULL,
                last_error TEXT NULL,
                finished_at INTEGER NULL);
            CREATE UNIQUE INDEX ix_iwlz_inbox_dedup ON iwlz_inbox (dedup_key);
            CREATE INDEX ix_iwlz_inbox_due ON iwlz_inbox (status, next_attempt_at);
            CREATE INDEX ix_iwlz_inbox_finished ON iwlz_inbox (status, finished_at);
            """),
    ];
}
