using System.Data.Common;
using Axcelerate.HubSpot.HubSpotApi.Auth;
using Axcelerate.HubSpot.Settings;
using Axcelerate.HubSpot.Storage;

namespace Axcelerate.HubSpot.AdoNet;

/// <summary>Deal-stage map, sync switches, import checkpoints and the HubSpot token set.</summary>
internal abstract partial class AdoStoreCore
{
    private const string CheckpointColumns = "entity, cursor, created, linked, updated, skipped, ambiguous, failed, is_complete, started_at, updated_at, version";

    /// <summary>Writes the single deal-stage pipeline row (<c>@id, @label, @at</c>), replacing the one there.</summary>
    protected abstract string SaveDealStagePipelineSql { get; }

    /// <summary>Writes the single token row (<c>@access, @refresh, @expires, @hub, @scopes, @at, @invalidated, @reason</c>), replacing the one there.</summary>
    protected abstract string SaveTokensSql { get; }

    /// <summary>Begins a read transaction whose statements see one consistent snapshot.</summary>
    protected abstract ValueTask<DbTransaction> BeginSnapshotReadAsync(DbConnection connection, CancellationToken cancellationToken);

    public async ValueTask<DealStageMap?> GetDealStageMapAsync(CancellationToken cancellationToken)
    {
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            // One read transaction so the pipeline row and its entries are a consistent snapshot.
            var transaction = await BeginSnapshotReadAsync(connection, cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                var heads = await QueryAsync(
                    connection,
                    transaction,
                    "SELECT pipeline_id, pipeline_label, updated_at FROM axhs.deal_stage_pipeline WHERE singleton = 1;",
                    reader => (Id: reader.GetString(0), Label: reader.GetString(1), UpdatedAt: reader.Time(2)),
                    cancellationToken).ConfigureAwait(false);
                if (heads.Count == 0)
                {
                    return null;
                }

                var entries = await QueryAsync(
                    connection,
                    transaction,
                    "SELECT stage_id, stage_label, opportunity_status_id, opportunity_status_name FROM axhs.deal_stage_entries ORDER BY position;",
                    reader => new DealStageMapEntry(reader.GetString(0), reader.GetString(1), reader.GetInt32(2), reader.GetString(3)),
                    cancellationToken).ConfigureAwait(false);
                return new DealStageMap(heads[0].Id, heads[0].Label, entries, heads[0].UpdatedAt);
            }
        }
    }

    public async ValueTask<DealStageMap> SaveDealStageMapAsync(string pipelineId, string pipelineLabel, IReadOnlyList<DealStageMapEntry> entries, CancellationToken cancellationToken)
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
                    SaveDealStagePipelineSql,
                    cancellationToken,
                    ("@id", pipelineId),
                    ("@label", pipelineLabel),
                    ("@at", AdoValues.Ticks(map.UpdatedAt))).ConfigureAwait(false);
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

    public async ValueTask<IReadOnlyDictionary<SyncFlow, bool>> GetSyncSettingsAsync(CancellationToken cancellationToken)
    {
        var settings = new Dictionary<SyncFlow, bool>();
        var rows = await QueryAsync("SELECT flow, enabled FROM axhs.sync_settings;", reader => (Flow: reader.GetString(0), Enabled: reader.GetBoolean(1)), cancellationToken).ConfigureAwait(false);
        foreach (var (name, enabled) in rows)
        {
            // A flow removed in a later version is ignored rather than failing every read.
            if (Enum.TryParse<SyncFlow>(name, out var flow))
            {
                settings[flow] = enabled;
            }
        }

        return settings;
    }

    public async ValueTask SetSyncSettingsAsync(IReadOnlyDictionary<SyncFlow, bool> switches, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(switches);
        var now = AdoValues.Ticks(Now);
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
                        ("@flow", AdoValues.Name(flow)),
                        ("@enabled", enabled),
                        ("@at", now)).ConfigureAwait(false);
                }

                return true;
            },
            cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask<ImportCheckpoint?> GetCheckpointAsync(MappedEntity entity, CancellationToken cancellationToken) =>
        await QueryFirstAsync($"SELECT {CheckpointColumns} FROM axhs.import_checkpoints WHERE entity = @entity;", AdoRows.Checkpoint, cancellationToken, ("@entity", AdoValues.Name(entity))).ConfigureAwait(false);

    public async ValueTask<ImportCheckpoint> SaveCheckpointAsync(ImportCheckpoint checkpoint, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        var now = Now;
        var counts = checkpoint.Counts;
        (string, object?)[] parameters =
        [
            ("@entity", AdoValues.Name(checkpoint.Entity)),
            ("@cursor", checkpoint.Cursor),
            ("@created", counts.Created),
            ("@linked", counts.Linked),
            ("@updated", counts.Updated),
            ("@skipped", counts.Skipped),
            ("@ambiguous", counts.Ambiguous),
            ("@failed", counts.Failed),
            ("@complete", checkpoint.IsComplete),
            ("@started", AdoValues.Ticks(checkpoint.StartedAt == default ? now : checkpoint.StartedAt)),
            ("@now", AdoValues.Ticks(now)),
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
        return await WriteAsync(
            async connection =>
            {
                var saved = await QueryAsync(connection, null, sql, AdoRows.Checkpoint, cancellationToken, parameters).ConfigureAwait(false);
                if (saved.Count > 0)
                {
                    return saved[0];
                }

                var stored = await QueryAsync(connection, null, $"SELECT {CheckpointColumns} FROM axhs.import_checkpoints WHERE entity = @entity;", AdoRows.Checkpoint, cancellationToken, parameters[0]).ConfigureAwait(false);
                throw new StoreConflictException(
                    $"The {checkpoint.Entity} import checkpoint was saved by someone else (stored version {(stored.Count == 0 ? 0 : stored[0].Version)}, expected {checkpoint.Version}); re-read it before saving.");
            },
            cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask<bool> DeleteCheckpointAsync(MappedEntity entity, CancellationToken cancellationToken) =>
        await ExecuteAsync("DELETE FROM axhs.import_checkpoints WHERE entity = @entity;", cancellationToken, ("@entity", AdoValues.Name(entity))).ConfigureAwait(false) > 0;

    public async ValueTask<HubSpotTokenSet?> GetTokensAsync(CancellationToken cancellationToken) =>
        await QueryFirstAsync(
            "SELECT access_token, refresh_token, expires_at, hub_id, scopes, invalidated_at, invalid_reason FROM axhs.hubspot_tokens WHERE singleton = 1;",
            AdoRows.Tokens,
            cancellationToken).ConfigureAwait(false);

    public async ValueTask SaveTokensAsync(HubSpotTokenSet tokens, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        await ExecuteAsync(
            SaveTokensSql,
            cancellationToken,
            ("@access", tokens.AccessToken),
            ("@refresh", tokens.RefreshToken),
            ("@expires", AdoValues.Ticks(tokens.ExpiresAt)),
            ("@hub", tokens.HubId),
            ("@scopes", string.Join(' ', tokens.Scopes)),
            ("@at", AdoValues.Ticks(Now)),
            ("@invalidated", AdoValues.Ticks(tokens.InvalidatedAt)),
            ("@reason", tokens.InvalidReason)).ConfigureAwait(false);
    }

    public async ValueTask ClearTokensAsync(CancellationToken cancellationToken) =>
        await ExecuteAsync("DELETE FROM axhs.hubspot_tokens;", cancellationToken).ConfigureAwait(false);
}
