namespace Axcelerate.HubSpot.Storage;

public sealed partial class InMemoryIntegrationStore
{
    private readonly Dictionary<string, string> _fieldSyncCursors = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public ValueTask<string?> GetFieldSyncCursorAsync(string syncKey, CancellationToken cancellationToken = default)
    {
        StoreArguments.SyncKey(syncKey);
        lock (_gate)
        {
            return ValueTask.FromResult(_fieldSyncCursors.GetValueOrDefault(syncKey));
        }
    }

    /// <inheritdoc />
    public ValueTask SaveFieldSyncCursorAsync(string syncKey, string cursor, CancellationToken cancellationToken = default)
    {
        StoreArguments.SyncKey(syncKey);
        ArgumentException.ThrowIfNullOrEmpty(cursor);
        lock (_gate)
        {
            _fieldSyncCursors[syncKey] = cursor;
        }

        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask<bool> DeleteFieldSyncCursorAsync(string syncKey, CancellationToken cancellationToken = default)
    {
        StoreArguments.SyncKey(syncKey);
        lock (_gate)
        {
            return ValueTask.FromResult(_fieldSyncCursors.Remove(syncKey));
        }
    }
}
