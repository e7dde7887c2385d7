using System.Data;
using Axcelerate.HubSpot.HubSpotApi.Auth;
using Axcelerate.HubSpot.Settings;
using Axcelerate.HubSpot.Storage;
using Npgsql;

namespace Axcelerate.HubSpot.PostgreSql;

public sealed partial class PostgreSqlIntegrationStore
{
    private const string CheckpointColumns = "entity, cursor, created, linked, updated, skipped, ambiguous, failed, is_complete, started_at, updated_at, version";

    /// <inheritdoc />
    public async ValueTask<DealStageMap?> GetDealStageMapAsync(CancellationToken cancellationToken = default)
    {
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            // One repeatable-read transaction so the pipeline row and its entries are a consistent snapshot.
            var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                string pipelineId, pipelineLabel;
                DateTimeOffset updatedAt;
                var head = Command(connection, "SELECT pipeline_id, pipeline_label, updated_at FROM axhs.deal_stage_pipeline WHERE singleton = 1;", transaction);
                await using (head.ConfigureAwait(false))
                {
                    var reader = await head.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                    await using (reader.ConfigureAwait(false))
                    {
                        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                        {
                            return null;
                        }

                        (pipelineId, pipelineLabel, updatedAt) = (reader.GetString(0), reader.GetString(1), reader.Time(2));
                    }
                }

                var entries = new List<DealStageMapEntry>();
                var select = Command(
                    connection,
                    "SELECT stage_id, stage_label, opportunity_status_id, opportunity_status_name FROM axhs.deal_stage_entries ORDER BY position;", transaction);
                await using (select.ConfigureAwait(false))
                {
                    var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                    await using (reader.ConfigureAwait(false))
                    {
                        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                        {
                            entries.Add(new DealStageMapEntry(reader.GetString(0), reader.GetString(1), reader.GetInt32(2), reader.GetString(3)));
                        }
                    }
                }

                return new DealStageMap(pipelineId, pipelineLabel, entries, updatedAt);
            }
        }
    }

    /// <inheritdoc />
    public async ValueTask<DealStageMap> SaveDealStageMapAsync(string pipelineId, string pipelineLabel, IReadOnlyList<DealStageMapEntry> entries, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(pipelineId);
        ArgumentNullException.ThrowIfNull(pipelineLabel);
        StoreArguments.DealStageEntries(entries);
        var map = new DealStageMap(pipelineId, pipelineLabel, [.. entries], Now);
        await InTransactionAsync(
            async (connection, transaction) =>
            {
                await ExecuteAsync(connection, transaction, "DELETE FROM axhs.deal_stage_entries;", cancellationToken).ConfigureAwait(false);
                await ExecuteAsync(
                    connection,
                    transaction,
                    """
                    INSERT INTO axhs.deal_stage_pipeline (singleton, pipeline_id, pipeline_label, updated_at) VALUES (1, @id, @label, @at)
                    ON CONFLICT (singleton) DO UPDATE SET pipeline_id = excluded.pipeline_id, pipeline_label = excluded.pipeline_label, updated_at = excluded.updated_at;
                    """,
                    cancellationToken,
                    ("@id", pipelineId),
                    ("@label", pipelineLabel),
                    ("@at", PostgreSqlCommands.Ticks(map.UpdatedAt))).ConfigureAwait(false);
                for (var position = 0; position < map.Entries.Count; position++)
                {
                    var entry = map.Entries[position];
                    await ExecuteAsync(
                        connection,
                        transaction,
                        "INSERT INTO axhs.deal_stage_entries (stage_id, stage_label, opportunity_status_id, opportunity_status_name, position) VALUES (@stage, @label, @statusId, @statusName, @position);",
                        cancellationToken,
                        ("@stage", entry.StageId),
                        ("@label", entry.StageLabel),
                        ("@statusId", entry.OpportunityStatusId),
                        ("@statusName", entry.OpportunityStatusName),
                        ("@position", position)).ConfigureAwait(false);
                }

                return true;
            },
            cancellationToken).ConfigureAwait(false);
        return map;
    }

    /// <inheritdoc />
    public async ValueTask<IReadOnlyDictionary<SyncFlow, bool>> GetSyncSettingsAsync(CancellationToken cancellationToken = default)
    {
        var settings = new Dictionary<SyncFlow, bool>();
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var select = Command(connection, "SELECT flow, enabled FROM axhs.sync_settings;");
            await using (select.ConfigureAwait(false))
            {
                var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                await using (reader.ConfigureAwait(false))
                {
                    while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                    {
                        // A flow removed in a later version is ignored rather than failing every read.
                        if (Enum.TryParse<SyncFlow>(reader.GetString(0), out var flow))
                        {
                            settings[flow] = reader.GetBoolean(1);
                        }
                    }
                }
            }
        }

        return settings;
    }

    /// <inheritdoc />
    public async ValueTask SetSyncSettingsAsync(IReadOnlyDictionary<SyncFlow, bool> switches, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(switches);
        var now = PostgreSqlCommands.Ticks(Now);
        await InTransactionAsync(
            async (connection, transaction) =>
            {
                foreach (var (flow, enabled) in switches)
                {
                    await ExecuteAsync(
                        connection,
                        transaction,
                        "INSERT INTO axhs.sync_settings (flow, enabled, updated_at) VALUES (@flow, @enabled, @at) ON CONFLICT (flow) DO UPDATE SET enabled = excluded.enabled, updated_at = excluded.updated_at;",
                        cancellationToken,
                        ("@flow", PostgreSqlCommands.Name(flow)),
                        ("@enabled", enabled),
                        ("@at", now)).ConfigureAwait(false);
                }

                return true;
            },
            cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask<ImportCheckpoint?> GetCheckpointAsync(MappedEntity entity, CancellationToken cancellationToken = default)
    {
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            return await ReadCheckpointAsync(connection, $"SELECT {CheckpointColumns} FROM axhs.import_checkpoints WHERE entity = @entity;", cancellationToken, ("@entity", PostgreSqlCommands.Name(entity))).ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public async ValueTask<ImportCheckpoint> SaveCheckpointAsync(ImportCheckpoint checkpoint, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        var now = Now;
        var counts = checkpoint.Counts;
        (string, object?)[] parameters =
        [
            ("@entity", PostgreSqlCommands.Name(checkpoint.Entity)),
            ("@cursor", checkpoint.Cursor),
            ("@created", counts.Created),
            ("@linked", counts.Linked),
            ("@updated", counts.Updated),
            ("@skipped", counts.Skipped),
            ("@ambiguous", counts.Ambiguous),
            ("@failed", counts.Failed),
            ("@complete", checkpoint.IsComplete),
            ("@started", PostgreSqlCommands.Ticks(checkpoint.StartedAt == default ? now : checkpoint.StartedAt)),
            ("@now", PostgreSqlCommands.Ticks(now)),
            ("@version", checkpoint.Version),
        ];

        // Version 0 inserts only when absent; later versions update only the row they were read from.
        var sql = checkpoint.Version == 0
            ? $"""
               INSERT INTO axhs.import_checkpoints ({CheckpointColumns})
               VALUES (@entity, @cursor, @created, @linked, @updated, @skipped, @ambiguous, @failed, @complete, @started, @now, 1)
               ON CONFLICT (entity) DO NOTHING RETURNING {CheckpointColumns};
               """
            : $"""
               UPDATE axhs.import_checkpoints SET cursor = @cursor, created = @created, linked = @linked, updated = @updated, skipped = @skipped,
                   ambiguous = @ambiguous, failed = @failed, is_complete = @complete, updated_at = @now, version = version + 1
               WHERE entity = @entity AND version = @version RETURNING {CheckpointColumns};
               """;
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var saved = await ReadCheckpointAsync(connection, sql, cancellationToken, parameters).ConfigureAwait(false);
            if (saved is not null)
            {
                return saved;
            }

            var stored = await ReadCheckpointAsync(connection, $"SELECT {CheckpointColumns} FROM axhs.import_checkpoints WHERE entity = @entity;", cancellationToken, parameters[0]).ConfigureAwait(false);
            throw new StoreConflictException(
                $"The {checkpoint.Entity} import checkpoint was saved by someone else (stored version {stored?.Version ?? 0}, expected {checkpoint.Version}); re-read it before saving.");
        }
    }

    /// <inheritdoc />
    public async ValueTask<bool> DeleteCheckpointAsync(MappedEntity entity, CancellationToken cancellationToken = default) =>
        await ExecuteAsync("DELETE FROM axhs.import_checkpoints WHERE entity = @entity;", cancellationToken, ("@entity", PostgreSqlCommands.Name(entity))).ConfigureAwait(false) > 0;

    /// <inheritdoc />
    public async ValueTask<HubSpotTokenSet?> GetAsync(CancellationToken cancellationToken = default)
    {
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var select = Command(connection, "SELECT access_token, refresh_token, expires_at, hub_id, scopes, invalidated_at, invalid_reason FROM axhs.hubspot_tokens WHERE singleton = 1;");
            await using (select.ConfigureAwait(false))
            {
                var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                await using (reader.ConfigureAwait(false))
                {
                    if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                    {
                        return null;
                    }

                    var scopes = reader.GetString(4);
                    return new HubSpotTokenSet(reader.GetString(0), reader.GetString(1), reader.Time(2))
                    {
                        HubId = reader.NullableInt64(3),
                        Scopes = scopes.Length == 0 ? [] : scopes.Split(' '),
                        InvalidatedAt = reader.NullableTime(5),
                        InvalidReason = reader.NullableString(6),
                    };
                }
            }
        }
    }

    /// <inheritdoc />
    public async ValueTask SaveAsync(HubSpotTokenSet tokens, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        await ExecuteAsync(
            """
            INSERT INTO axhs.hubspot_tokens (singleton, access_token, refresh_token, expires_at, hub_id, scopes, saved_at, invalidated_at, invalid_reason)
            VALUES (1, @access, @refresh, @expires, @hub, @scopes, @at, @invalidated, @reason)
            ON CONFLICT (singleton) DO UPDATE SET access_token = excluded.access_token, refresh_token = excluded.refresh_token, expires_at = excluded.expires_at,
                hub_id = excluded.hub_id, scopes = excluded.scopes, saved_at = excluded.saved_at,
                invalidated_at = excluded.invalidated_at, invalid_reason = excluded.invalid_reason;
            """,
            cancellationToken,
            ("@access", tokens.AccessToken),
            ("@refresh", tokens.RefreshToken),
            ("@expires", PostgreSqlCommands.Ticks(tokens.ExpiresAt)),
            ("@hub", tokens.HubId),
            ("@scopes", string.Join(' ', tokens.Scopes)),
            ("@at", PostgreSqlCommands.Ticks(Now)),
            ("@invalidated", tokens.InvalidatedAt is { } invalidated ? PostgreSqlCommands.Ticks(invalidated) : null),
            ("@reason", tokens.InvalidReason)).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask ClearAsync(CancellationToken cancellationToken = default) =>
        await ExecuteAsync("DELETE FROM axhs.hubspot_tokens;", cancellationToken).ConfigureAwait(false);

    private async ValueTask<ImportCheckpoint?> ReadCheckpointAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        var command = Command(connection, sql);
        await using (command.ConfigureAwait(false))
        {
            foreach (var (name, value) in parameters)
            {
                command.With(name, value);
            }

            var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    return null;
                }

                var counts = new ImportCounts(reader.GetInt32(2), reader.GetInt32(3), reader.GetInt32(4), reader.GetInt32(5), reader.GetInt32(6), reader.GetInt32(7));
                return new ImportCheckpoint(reader.Enum<MappedEntity>(0), reader.NullableString(1), counts)
                {
                    IsComplete = reader.GetBoolean(8),
                    StartedAt = reader.Time(9),
                    UpdatedAt = reader.Time(10),
                    Version = reader.GetInt64(11),
                };
            }
        }
    }
}
