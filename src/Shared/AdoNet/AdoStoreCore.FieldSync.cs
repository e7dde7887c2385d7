using Axcelerate.HubSpot.Storage;

namespace Axcelerate.HubSpot.AdoNet;

/// <summary>Sync Fields cursors.</summary>
internal abstract partial class AdoStoreCore
{
    public async ValueTask<string?> GetFieldSyncCursorAsync(string syncKey, CancellationToken cancellationToken)
    {
        StoreArguments.SyncKey(syncKey);
        return await ScalarAsync("SELECT cursor FROM axhs.field_sync_checkpoints WHERE sync_key = @key;", cancellationToken, ("@key", syncKey)).ConfigureAwait(false) as string;
    }

    public async ValueTask SaveFieldSyncCursorAsync(string syncKey, string cursor, CancellationToken cancellationToken)
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
            ("@now", AdoValues.Ticks(Now))).ConfigureAwait(false);
    }

    public async ValueTask<bool> DeleteFieldSyncCursorAsync(string syncKey, CancellationToken cancellationToken)
    {
        StoreArguments.SyncKey(syncKey);
        return await ExecuteAsync("DELETE FROM axhs.field_sync_checkpoints WHERE sync_key = @key;", cancellationToken, ("@key", syncKey)).ConfigureAwait(false) > 0;
    }
}
