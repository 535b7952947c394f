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

        // Partial indexes: a pending message is only in the due index and a finished one only in the finished
        // index, so storing a message updates one index less, and completing it moves it between two small ones.
        // Queries name the index condition literally (status = 0, finished_at IS NOT NULL) so SQLite can use them.
        new(Component, 2, """
            DROP INDEX ix_iwlz_inbox_due;
            DROP INDEX ix_iwlz_inbox_finished;
            CREATE INDEX ix_iwlz_inbox_pending ON iwlz_inbox (next_attempt_at) WHERE status = 0;
            CREATE INDEX ix_iwlz_inbox_finished_at ON iwlz_inbox (status, finished_at) WHERE finished_at IS NOT NULL;
            """),
    ];
}
