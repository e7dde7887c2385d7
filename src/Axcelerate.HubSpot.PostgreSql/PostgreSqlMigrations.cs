using Axcelerate.HubSpot.AdoNet;

namespace Axcelerate.HubSpot.PostgreSql;

/// <summary>
/// The versioned schema of the store. Append new steps at the end; never edit a released one. <c>axhs.</c> stands
/// for the store's schema. Timestamps are stored as UTC ticks in <c>bigint</c> (the exact round trip of a
/// <see cref="DateTimeOffset"/>, which <c>timestamptz</c>'s microseconds would truncate, and the same values as the
/// SQLite store), enums as their names (safe against reordering); identifiers that are ordered or range-searched
/// compare byte-wise (<c>COLLATE "C"</c>) as in SQLite, whatever the database's locale.
/// </summary>
internal static class PostgreSqlMigrations
{
    public static IReadOnlyList<AdoMigration> All { get; } =
    [
        new(1, "Create the store tables", """
            CREATE TABLE axhs.record_links (
                entity             text   NOT NULL,
                axcelerate_id      bigint NOT NULL,
                hubspot_id         text   NOT NULL,
                linked_at          bigint NOT NULL,
                to_hubspot_hash    text,
                to_hubspot_at      bigint,
                to_axcelerate_hash text,
                to_axcelerate_at   bigint,
                PRIMARY KEY (entity, axcelerate_id)
            );
            CREATE UNIQUE INDEX ux_record_links_hubspot ON axhs.record_links (entity, hubspot_id);

            CREATE TABLE axhs.user_links (
                hubspot_owner_id      text COLLATE "C" NOT NULL PRIMARY KEY,
                axcelerate_contact_id bigint,
                email                 text,
                method                text   NOT NULL,
                linked_at             bigint NOT NULL
            );

            -- Mapping keys are case-insensitive, as HubSpot property names and aXcelerate fields are.
            CREATE TABLE axhs.field_mappings (
                entity           text    NOT NULL,
                axcelerate_field text    NOT NULL,
                hubspot_property text    NOT NULL,
                type             text    NOT NULL,
                is_active        boolean NOT NULL,
                rule             text    NOT NULL,
                is_custom        boolean NOT NULL,
                position         integer NOT NULL
            );
            CREATE UNIQUE INDEX ux_field_mappings_key ON axhs.field_mappings (entity, lower(axcelerate_field), lower(hubspot_property));
            CREATE TABLE axhs.field_mapping_entities (
                entity        text   NOT NULL PRIMARY KEY,
                configured_at bigint NOT NULL
            );

            CREATE TABLE axhs.deal_stage_pipeline (
                singleton      integer NOT NULL PRIMARY KEY CHECK (singleton = 1),
                pipeline_id    text    NOT NULL,
                pipeline_label text    NOT NULL,
                updated_at     bigint  NOT NULL
            );
            CREATE TABLE axhs.deal_stage_entries (
                stage_id                text    NOT NULL PRIMARY KEY,
                stage_label             text    NOT NULL,
                opportunity_status_id   integer NOT NULL,
                opportunity_status_name text    NOT NULL,
                position                integer NOT NULL
            );

            CREATE TABLE axhs.sync_settings (
                flow       text    NOT NULL PRIMARY KEY,
                enabled    boolean NOT NULL,
                updated_at bigint  NOT NULL
            );

            CREATE TABLE axhs.import_checkpoints (
                entity      text    NOT NULL PRIMARY KEY,
                cursor      text,
                created     integer NOT NULL,
                linked      integer NOT NULL,
                updated     integer NOT NULL,
                skipped     integer NOT NULL,
                ambiguous   integer NOT NULL,
                failed      integer NOT NULL,
                is_complete boolean NOT NULL,
                started_at  bigint  NOT NULL,
                updated_at  bigint  NOT NULL,
                version     bigint  NOT NULL
            );

            CREATE TABLE axhs.field_sync_checkpoints (
                sync_key   text   NOT NULL PRIMARY KEY,
                cursor     text   NOT NULL,
                updated_at bigint NOT NULL
            );

            CREATE TABLE axhs.hubspot_tokens (
                singleton     integer NOT NULL PRIMARY KEY CHECK (singleton = 1),
                access_token  text    NOT NULL,
                refresh_token text    NOT NULL,
                expires_at    bigint  NOT NULL,
                hub_id        bigint,
                scopes        text    NOT NULL,
                saved_at      bigint  NOT NULL
            );

            CREATE TABLE axhs.incoming_log (
                id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                event_id          bigint  NOT NULL,
                subscription_type text COLLATE "C" NOT NULL,
                object_id         text COLLATE "C" NOT NULL,
                portal_id         bigint,
                occurred_at       bigint  NOT NULL,
                payload           text    NOT NULL,
                status            text    NOT NULL,
                attempts          integer NOT NULL,
                error             text,
                result            text,
                next_attempt_at   bigint,
                lease_until       bigint,
                received_at       bigint  NOT NULL,
                updated_at        bigint  NOT NULL
            );
            CREATE UNIQUE INDEX ux_incoming_log_event ON axhs.incoming_log (event_id, subscription_type, object_id);
            CREATE INDEX ix_incoming_log_status ON axhs.incoming_log (status, id);
            CREATE INDEX ix_incoming_log_object ON axhs.incoming_log (object_id, id);
            CREATE INDEX ix_incoming_log_type ON axhs.incoming_log (subscription_type, id);
            CREATE INDEX ix_incoming_log_received ON axhs.incoming_log (received_at);
            CREATE INDEX ix_incoming_log_due ON axhs.incoming_log (status, next_attempt_at, id);

            CREATE TABLE axhs.outgoing_log (
                id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                operation       text    NOT NULL,
                request_summary text    NOT NULL,
                status          text    NOT NULL,
                entity          text,
                record_id       text,
                http_status     integer,
                response        text,
                error           text,
                service         text,
                method          text,
                path            text,
                duration_ticks  bigint,
                attempt         integer,
                correlation_id  text,
                request_body    text,
                timestamp       bigint  NOT NULL
            );
            CREATE INDEX ix_outgoing_log_record ON axhs.outgoing_log (record_id, id);
            CREATE INDEX ix_outgoing_log_timestamp ON axhs.outgoing_log (timestamp);
            CREATE INDEX ix_outgoing_log_status ON axhs.outgoing_log (status, id);
            CREATE INDEX ix_outgoing_log_service ON axhs.outgoing_log (service, id);
            CREATE INDEX ix_outgoing_log_operation ON axhs.outgoing_log (operation, id);

            CREATE TABLE axhs.webhooks_journal_checkpoints (
                journal_key    text   NOT NULL PRIMARY KEY,
                journal_offset text   NOT NULL,
                published_at   bigint,
                updated_at     bigint NOT NULL
            );

            CREATE TABLE axhs.poll_watermarks (
                poll_key   text   NOT NULL PRIMARY KEY,
                day        date   NOT NULL,
                updated_at bigint NOT NULL
            );
            """),
        new(2, "Leases for work one instance does at a time; request budgets shared by instances", """
            CREATE TABLE axhs.leases (
                name       text   NOT NULL PRIMARY KEY,
                holder     text   NOT NULL,
                expires_at bigint NOT NULL
            );
            CREATE TABLE axhs.rate_budget_slots (
                budget  text    NOT NULL,
                slot    bigint  NOT NULL,
                permits integer NOT NULL,
                PRIMARY KEY (budget, slot)
            );
            """),
        new(3, "Remember an OAuth grant HubSpot refused (invalid_grant), so no process refreshes it again", """
            ALTER TABLE axhs.hubspot_tokens ADD COLUMN invalidated_at bigint;
            ALTER TABLE axhs.hubspot_tokens ADD COLUMN invalid_reason text;
            """),
    ];

    /// <summary>The schema version this package writes.</summary>
    public static int LatestVersion => All[^1].Version;
}
