using Axcelerate.HubSpot.Storage;

namespace Axcelerate.HubSpot.PostgreSql;

public sealed partial class PostgreSqlIntegrationStore
{
    /// <inheritdoc />
    public async ValueTask<string?> GetFieldSyncCursorAsync(string syncKey, CancellationToken cancellationToken = default)
    {
        StoreArguments.SyncKey(syncKey);
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var select = Command(connection, "SELECT cursor FROM axhs.field_sync_checkpoints WHERE sync_key = @key;").With("@key", syncKey);
            await using (select.ConfigureAwait(false))
            {
                return await select.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as string;
            }
        }
    }

    /// <inheritdoc />
    public async ValueTask SaveFieldSyncCursorAsync(string syncKey, string cursor, CancellationToken cancellationToken = default)
    {
        StoreArguments.SyncKey(syncKey);
        ArgumentException.ThrowIfNullOrEmpty(cursor);
        await ExecuteAsync(
            """
            INSERT INTO axhs.field_sync_checkpoints (sync_key, cursor, updated_at) VALUES (@key, @cursor, @now)
            ON CONFLICT (sync_key) DO UPDATE SET cursor = excluded.cursor, updated_at = excluded.updated_at;
            """,
            cancellationToken,
            ("@key", syncKey),
            ("@cursor", cursor),
            ("@now", PostgreSqlCommands.Ticks(Now))).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask<bool> DeleteFieldSyncCursorAsync(string syncKey, CancellationToken cancellationToken = default)
    {
        StoreArguments.SyncKey(syncKey);
        return await ExecuteAsync("DELETE FROM axhs.field_sync_checkpoints WHERE sync_key = @key;", cancellationToken, ("@key", syncKey)).ConfigureAwait(false) > 0;
    }
}
