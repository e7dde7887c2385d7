using Microsoft.Data.Sqlite;
using System.Globalization;
using Axcelerate.HubSpot.Storage;

namespace Axcelerate.HubSpot.Sqlite;

public sealed partial class SqliteIntegrationStore
{
    private const string DayFormat = "yyyy-MM-dd";

    /// <inheritdoc />
    public async ValueTask<DateOnly?> GetPollWatermarkAsync(string pollKey, CancellationToken cancellationToken = default)
    {
        StoreArguments.SyncKey(pollKey, nameof(pollKey));
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var select = connection.Command("SELECT day FROM poll_watermarks WHERE poll_key = $key;").With("$key", pollKey);
            await using (select.ConfigureAwait(false))
            {
                return await select.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is string day
                    ? DateOnly.ParseExact(day, DayFormat, CultureInfo.InvariantCulture)
                    : null;
            }
        }
    }

    /// <inheritdoc />
    public async ValueTask SavePollWatermarkAsync(string pollKey, DateOnly day, CancellationToken cancellationToken = default)
    {
        try
        {
            StoreArguments.SyncKey(pollKey, nameof(pollKey));
            await ExecuteAsync(
                """
                INSERT INTO poll_watermarks (poll_key, day, updated_at) VALUES ($key, $day, $now)
                ON CONFLICT (poll_key) DO UPDATE SET day = excluded.day, updated_at = excluded.updated_at;
                """,
                cancellationToken,
                ("$key", pollKey),
                ("$day", day.ToString(DayFormat, CultureInfo.InvariantCulture)),
                ("$now", SqliteCommands.Ticks(Now))).ConfigureAwait(false);
        }
        catch (SqliteException ex) when (IsBusy(ex))
        {
            throw Busy(ex);
        }
    }
}
