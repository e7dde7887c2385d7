using Microsoft.Data.Sqlite;
using Axcelerate.HubSpot.Storage;

namespace Axcelerate.HubSpot.Sqlite;

public sealed partial class SqliteIntegrationStore
{
    /// <inheritdoc />
    public async ValueTask<string?> GetFieldSyncCursorAsync(string syncKey, CancellationToken cancellationToken = default)
    {
        StoreArguments.SyncKey(syncKey);
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var select = connection.Command("SELECT cursor FROM field_sync_checkpoints WHERE sync_key = $key;").With("$key", syncKey);
            await using (select.ConfigureAwait(false))
            {
                return await select.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as string;
            }
        }
    }

    /// <inheritdoc />
    public async ValueTask SaveFieldSyncCursorAsync(string syncKey, string cursor, CancellationToken cancellationToken = default)
    {
        try
        {
            StoreArguments.SyncKey(syncKey);
            ArgumentException.ThrowIfNullOrEmpty(cursor);
            await ExecuteAsync(
                """
                INSERT INTO field_sync_checkpoints (sync_key, cursor, updated_at) VALUES ($key, $cursor, $now)
                ON CONFLICT (sync_key) DO UPDATE SET cursor = excluded.cursor, updated_at = excluded.updated_at;
                """,
                cancellationToken,
                ("$key", syncKey),
                ("$cursor", cursor),
                ("$now", SqliteCommands.Ticks(Now))).ConfigureAwait(false);
        }
        catch (SqliteException ex) when (IsBusy(ex))
        {
            throw Busy(ex);
        }
    }

    /// <inheritdoc />
    public async ValueTask<bool> DeleteFieldSyncCursorAsync(string syncKey, CancellationToken cancellationToken = default)
    {
        StoreArguments.SyncKey(syncKey);
        return await ExecuteAsync("DELETE FROM field_sync_checkpoints WHERE sync_key = $key;", cancellationToken, ("$key", syncKey)).ConfigureAwait(false) > 0;
    }
}
