using Axcelerate.HubSpot.Storage;

namespace Axcelerate.HubSpot.PostgreSql;

public sealed partial class PostgreSqlIntegrationStore
{
    /// <inheritdoc />
    public async ValueTask<DateOnly?> GetPollWatermarkAsync(string pollKey, CancellationToken cancellationToken = default)
    {
        StoreArguments.SyncKey(pollKey, nameof(pollKey));
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var select = Command(connection, "SELECT day FROM axhs.poll_watermarks WHERE poll_key = @key;").With("@key", pollKey);
            await using (select.ConfigureAwait(false))
            {
                return await select.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is DateOnly day ? day : null;
            }
        }
    }

    /// <inheritdoc />
    public async ValueTask SavePollWatermarkAsync(string pollKey, DateOnly day, CancellationToken cancellationToken = default)
    {
        StoreArguments.SyncKey(pollKey, nameof(pollKey));
        await ExecuteAsync(
            """
            INSERT INTO axhs.poll_watermarks (poll_key, day, updated_at) VALUES (@key, @day, @now)
            ON CONFLICT (poll_key) DO UPDATE SET day = excluded.day, updated_at = excluded.updated_at;
            """,
            cancellationToken,
            ("@key", pollKey),
            ("@day", day),
            ("@now", PostgreSqlCommands.Ticks(Now))).ConfigureAwait(false);
    }
}
