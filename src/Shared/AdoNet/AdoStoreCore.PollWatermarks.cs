using Axcelerate.HubSpot.Storage;

namespace Axcelerate.HubSpot.AdoNet;

/// <summary>The poller's day watermarks.</summary>
internal abstract partial class AdoStoreCore
{
    /// <summary>A day as the dialect stores it (SQLite: <c>yyyy-MM-dd</c> text; PostgreSQL: <c>date</c>).</summary>
    protected abstract object DayValue(DateOnly day);

    /// <summary>A stored day read back, or null when there is none.</summary>
    protected abstract DateOnly? ReadDay(object? value);

    public async ValueTask<DateOnly?> GetPollWatermarkAsync(string pollKey, CancellationToken cancellationToken)
    {
        StoreArguments.SyncKey(pollKey, nameof(pollKey));
        return ReadDay(await ScalarAsync("SELECT day FROM axhs.poll_watermarks WHERE poll_key = @key;", cancellationToken, ("@key", pollKey)).ConfigureAwait(false));
    }

    public async ValueTask SavePollWatermarkAsync(string pollKey, DateOnly day, CancellationToken cancellationToken)
    {
        StoreArguments.SyncKey(pollKey, nameof(pollKey));
        await ExecuteAsync(
            """
            INSERT INTO axhs.poll_watermarks (poll_key, day, updated_at) VALUES (@key, @day, @now)
            ON CONFLICT (poll_key) DO UPDATE SET day = excluded.day, updated_at = excluded.updated_at;
            """,
            cancellationToken,
            ("@key", pollKey),
            ("@day", DayValue(day)),
            ("@now", AdoValues.Ticks(Now))).ConfigureAwait(false);
    }
}
