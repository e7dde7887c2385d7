using Axcelerate.HubSpot.AdoNet;

namespace Axcelerate.HubSpot.Sqlite;

/// <summary>
/// The versioned schema of the store. Append new steps at the end; never edit a released one. Timestamps are stored
/// as UTC ticks (exact round trip), enums as their names (safe against reordering).
/// </summary>
internal static class SqliteMigrations
{
    public static IReadOnlyList<AdoMigration> All { get; } =
    [
        new(1, "Create the store tables", """
            CREATE TABLE record_links (
                entity             TEXT    NOT NULL,
                axcelerate_id      INTEGER NOT NULL,
                hubspot_id         TEXT    NOT NULL,
                linked_at          INTEGER NOT NULL,
                to_hubspot_hash    TEXT,
                to_hubspot_at      INTEGER,
                to_axcelerate_hash TEXT,
                to_axcelerate_at   INTEGER,
                PRIMARY KEY (entity, axcelerate_id)
            ) WITHOUT ROWID;
            CREATE UNIQUE INDEX ux_record_links_hubspot ON record_links (entity, hubspot_id);

            CREATE TABLE user_links (
                hubspot_owner_id      TEXT    NOT NULL PRIMARY KEY,
                axcelerate_contact_id INTEGER,
                email                 TEXT,
                method                TEXT    NOT NULL,
                linked_at             INTEGER NOT NULL
            ) WITHOUT ROWID;

            CREATE TABLE field_mappings (
                entity           TEXT    NOT NULL,
                axcelerate_field TEXT    NOT NULL COLLATE NOCASE,
                hubspot_property TEXT    NOT NULL COLLATE NOCASE,
                type             TEXT    NOT NULL,
                is_active        INTEGER NOT NULL,
                rule             TEXT    NOT NULL,
                is_custom        INTEGER NOT NULL,
                position         INTEGER NOT NULL,
                PRIMARY KEY (entity, axcelerate_field, hubspot_property)
            );
            CREATE TABLE field_mapping_entities (
                entity        TEXT    NOT NULL PRIMARY KEY,
                configured_at INTEGER NOT NULL
            ) WITHOUT ROWID;

            CREATE TABLE deal_stage_pipeline (
                singleton      INTEGER NOT NULL PRIMARY KEY CHECK (singleton = 1),
                pipeline_id    TEXT    NOT NULL,
                pipeline_label TEXT    NOT NULL,
                updated_at     INTEGER NOT NULL
            );
            CREATE TABLE deal_stage_entries (
                stage_id                TEXT    NOT NULL PRIMARY KEY,
                stage_label             TEXT    NOT NULL,
                opportunity_status_id   INTEGER NOT NULL,
                opportunity_status_name TEXT    NOT NULL,
                position                INTEGER NOT NULL
            ) WITHOUT ROWID;

            CREATE TABLE sync_settings (
                flow       TEXT    NOT NULL PRIMARY KEY,
                enabled    INTEGER NOT NULL,
                updated_at INTEGER NOT NULL
            ) WITHOUT ROWID;

            CREATE TABLE import_checkpoints (
                entity      TEXT    NOT NULL PRIMARY KEY,
                cursor      TEXT,
                created     INTEGER NOT NULL,
                linked      INTEGER NOT NULL,
                updated     INTEGER NOT NULL,
                skipped     INTEGER NOT NULL,
                ambiguous   INTEGER NOT NULL,
                failed      INTEGER NOT NULL,
                is_complete INTEGER NOT NULL,
                started_at  INTEGER NOT NULL,
                updated_at  INTEGER NOT NULL,
                version     INTEGER NOT NULL
            ) WITHOUT ROWID;

            CREATE TABLE hubspot_tokens (
                singleton     INTEGER NOT NULL PRIMARY KEY CHECK (singleton = 1),
                access_token  TEXT    NOT NULL,
                refresh_token TEXT    NOT NULL,
                expires_at    INTEGER NOT NULL,
                hub_id        INTEGER,
                scopes        TEXT    NOT NULL,
                saved_at      INTEGER NOT NULL
            );

            CREATE TABLE incoming_log (
                id                INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
                event_id          INTEGER NOT NULL,
                subscription_type TEXT    NOT NULL,
                object_id         TEXT    NOT NULL,
                portal_id         INTEGER,
                occurred_at       INTEGER NOT NULL,
                payload           TEXT    NOT NULL,
                status            TEXT    NOT NULL,
                attempts          INTEGER NOT NULL,
                error             TEXT,
                received_at       INTEGER NOT NULL,
                updated_at        INTEGER NOT NULL
            );
            CREATE UNIQUE INDEX ux_incoming_log_event ON incoming_log (event_id, subscription_type, object_id);
            CREATE INDEX ix_incoming_log_status ON incoming_log (status, id);
            CREATE INDEX ix_incoming_log_object ON incoming_log (object_id, id);
            CREATE INDEX ix_incoming_log_received ON incoming_log (received_at);

            CREATE TABLE outgoing_log (
                id              INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
                operation       TEXT    NOT NULL,
                request_summary TEXT    NOT NULL,
                status          TEXT    NOT NULL,
                entity          TEXT,
                record_id       TEXT,
                http_status     INTEGER,
                response        TEXT,
                error           TEXT,
                timestamp       INTEGER NOT NULL
            );
            CREATE INDEX ix_outgoing_log_record ON outgoing_log (record_id, id);
            CREATE INDEX ix_outgoing_log_timestamp ON outgoing_log (timestamp);
            """),
        new(2, "Record service, method, path, duration, attempt, correlation id and request body of outgoing requests", """
            ALTER TABLE outgoing_log ADD COLUMN service        TEXT;
            ALTER TABLE outgoing_log ADD COLUMN method         TEXT;
            ALTER TABLE outgoing_log ADD COLUMN path           TEXT;
            ALTER TABLE outgoing_log ADD COLUMN duration_ticks INTEGER;
            ALTER TABLE outgoing_log ADD COLUMN attempt        INTEGER;
            ALTER TABLE outgoing_log ADD COLUMN correlation_id TEXT;
            ALTER TABLE outgoing_log ADD COLUMN request_body   TEXT;
            """),
        new(3, "Keep the position of unfinished Sync Fields runs", """
            CREATE TABLE field_sync_checkpoints (
                sync_key   TEXT    NOT NULL PRIMARY KEY,
                cursor     TEXT    NOT NULL,
                updated_at INTEGER NOT NULL
            ) WITHOUT ROWID;
            """),
        new(4, "Incoming log: claim leases, retry times, results, and indexes for finding entries by type and retry time", """
            ALTER TABLE incoming_log ADD COLUMN result          TEXT;
            ALTER TABLE incoming_log ADD COLUMN next_attempt_at INTEGER;
            ALTER TABLE incoming_log ADD COLUMN lease_until     INTEGER;
            CREATE INDEX ix_incoming_log_type ON incoming_log (subscription_type, id);
            CREATE INDEX ix_incoming_log_due ON incoming_log (status, next_attempt_at, id);
            """),
        new(5, "Keep where the webhooks journal reader stopped", """
            CREATE TABLE webhooks_journal_checkpoints (
                journal_key    TEXT    NOT NULL PRIMARY KEY,
                journal_offset TEXT    NOT NULL,
                published_at   INTEGER,
                updated_at     INTEGER NOT NULL
            ) WITHOUT ROWID;
            """),
        new(6, "Keep the contact poller's watermarks; index the outgoing log for its searches", """
            CREATE TABLE poll_watermarks (
                poll_key   TEXT    NOT NULL PRIMARY KEY,
                day        TEXT    NOT NULL,
                updated_at INTEGER NOT NULL
            ) WITHOUT ROWID;
            CREATE INDEX ix_outgoing_log_status ON outgoing_log (status, id);
            CREATE INDEX ix_outgoing_log_service ON outgoing_log (service, id);
            CREATE INDEX ix_outgoing_log_operation ON outgoing_log (operation, id);
            """),
        new(7, "Leases for work one instance does at a time; request budgets shared by instances", """
            CREATE TABLE leases (
                name       TEXT    NOT NULL PRIMARY KEY,
                holder     TEXT    NOT NULL,
                expires_at INTEGER NOT NULL
            ) WITHOUT ROWID;
            CREATE TABLE rate_budget_slots (
                budget  TEXT    NOT NULL,
                slot    INTEGER NOT NULL,
                permits INTEGER NOT NULL,
                PRIMARY KEY (budget, slot)
            ) WITHOUT ROWID;
            """),
        new(8, "Remember an OAuth grant HubSpot refused (invalid_grant), so no process refreshes it again", """
            ALTER TABLE hubspot_tokens ADD COLUMN invalidated_at INTEGER;
            ALTER TABLE hubspot_tokens ADD COLUMN invalid_reason TEXT;
            """),
    ];

    /// <summary>The schema version this package writes.</summary>
    public static int LatestVersion => All[^1].Version;
}
