using Axcelerate.HubSpot.Storage;
using Npgsql;

namespace Axcelerate.HubSpot.PostgreSql;

public sealed partial class PostgreSqlIntegrationStore
{
    private const string LinkColumns = "entity, axcelerate_id, hubspot_id, linked_at, to_hubspot_hash, to_hubspot_at, to_axcelerate_hash, to_axcelerate_at";

    /// <inheritdoc />
    public async ValueTask<RecordLink?> FindByAxcelerateIdAsync(MappedEntity entity, long axcelerateId, CancellationToken cancellationToken = default)
    {
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            return await FindLinkAsync(connection, "axcelerate_id", axcelerateId, entity, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public async ValueTask<RecordLink?> FindByHubSpotIdAsync(MappedEntity entity, string hubSpotId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(hubSpotId);
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            return await FindLinkAsync(connection, "hubspot_id", hubSpotId, entity, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public async ValueTask<IReadOnlyDictionary<string, RecordLink>> FindByHubSpotIdsAsync(MappedEntity entity, IReadOnlyCollection<string> hubSpotIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(hubSpotIds);
        var found = new Dictionary<string, RecordLink>(StringComparer.Ordinal);
        foreach (var link in await FindLinksAsync(entity, "hubspot_id", hubSpotIds.Distinct(StringComparer.Ordinal), cancellationToken).ConfigureAwait(false))
        {
            found[link.HubSpotId] = link;
        }

        return found;
    }

    /// <inheritdoc />
    public async ValueTask<IReadOnlyDictionary<long, RecordLink>> FindByAxcelerateIdsAsync(MappedEntity entity, IReadOnlyCollection<long> axcelerateIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(axcelerateIds);
        var found = new Dictionary<long, RecordLink>();
        foreach (var link in await FindLinksAsync(entity, "axcelerate_id", axcelerateIds.Distinct(), cancellationToken).ConfigureAwait(false))
        {
            found[link.AxcelerateId] = link;
        }

        return found;
    }

    /// <inheritdoc />
    public async ValueTask<RecordLink> LinkAsync(MappedEntity entity, long axcelerateId, string hubSpotId, CancellationToken cancellationToken = default)
    {
        StoreArguments.AxcelerateId(axcelerateId);
        ArgumentException.ThrowIfNullOrWhiteSpace(hubSpotId);
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            // The unique keys on both sides decide atomically, whichever host writes first.
            var insert = Command(
                connection,
                $"INSERT INTO axhs.record_links (entity, axcelerate_id, hubspot_id, linked_at) VALUES (@entity, @ax, @hs, @at) ON CONFLICT DO NOTHING RETURNING {LinkColumns};");
            await using (insert.ConfigureAwait(false))
            {
                insert.With("@entity", PostgreSqlCommands.Name(entity)).With("@ax", axcelerateId).With("@hs", hubSpotId).With("@at", PostgreSqlCommands.Ticks(Now));
                var created = await ReadLinksAsync(insert, cancellationToken).ConfigureAwait(false);
                if (created.Count == 1)
                {
                    return created[0];
                }
            }

            var byAxcelerate = await FindLinkAsync(connection, "axcelerate_id", axcelerateId, entity, cancellationToken).ConfigureAwait(false);
            if (byAxcelerate is not null && byAxcelerate.HubSpotId == hubSpotId)
            {
                return byAxcelerate;
            }

            var byHubSpot = await FindLinkAsync(connection, "hubspot_id", hubSpotId, entity, cancellationToken).ConfigureAwait(false);
            throw new StoreConflictException(StoreArguments.LinkConflict(entity, axcelerateId, hubSpotId, byAxcelerate, byHubSpot));
        }
    }

    /// <inheritdoc />
    public async ValueTask<bool> UnlinkAsync(MappedEntity entity, long axcelerateId, CancellationToken cancellationToken = default)
    {
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var delete = Command(connection, "DELETE FROM axhs.record_links WHERE entity = @entity AND axcelerate_id = @ax;");
            await using (delete.ConfigureAwait(false))
            {
                delete.With("@entity", PostgreSqlCommands.Name(entity)).With("@ax", axcelerateId);
                return await delete.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) > 0;
            }
        }
    }

    /// <inheritdoc />
    public async ValueTask<bool> ReplaceHubSpotIdAsync(MappedEntity entity, string oldHubSpotId, string newHubSpotId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(oldHubSpotId);
        ArgumentException.ThrowIfNullOrWhiteSpace(newHubSpotId);
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var update = Command(connection, "UPDATE axhs.record_links SET hubspot_id = @new WHERE entity = @entity AND hubspot_id = @old;");
            await using (update.ConfigureAwait(false))
            {
                update.With("@entity", PostgreSqlCommands.Name(entity)).With("@old", oldHubSpotId).With("@new", newHubSpotId);
                try
                {
                    return await update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) > 0;
                }
                catch (PostgresException ex) when (ex.SqlState == PostgreSqlCommands.UniqueViolation)
                {
                    var other = await FindLinkAsync(connection, "hubspot_id", newHubSpotId, entity, cancellationToken).ConfigureAwait(false);
                    throw new StoreConflictException(
                        $"Cannot re-point the {entity} link of HubSpot record {oldHubSpotId} to HubSpot record {newHubSpotId}: it is already linked to aXcelerate {entity} {other?.AxcelerateId}.",
                        ex);
                }
            }
        }
    }

    /// <inheritdoc />
    public async ValueTask<RecordLink?> RecordSyncAsync(MappedEntity entity, long axcelerateId, SyncDirection direction, string valuesHash, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(valuesHash);
        var (hashColumn, atColumn) = direction == SyncDirection.ToHubSpot
            ? ("to_hubspot_hash", "to_hubspot_at")
            : ("to_axcelerate_hash", "to_axcelerate_at");
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var update = Command(
                connection,
                $"UPDATE axhs.record_links SET {hashColumn} = @hash, {atColumn} = @at WHERE entity = @entity AND axcelerate_id = @ax RETURNING {LinkColumns};");
            await using (update.ConfigureAwait(false))
            {
                update.With("@entity", PostgreSqlCommands.Name(entity)).With("@ax", axcelerateId).With("@hash", valuesHash).With("@at", PostgreSqlCommands.Ticks(Now));
                var rows = await ReadLinksAsync(update, cancellationToken).ConfigureAwait(false);
                return rows.Count == 0 ? null : rows[0];
            }
        }
    }

    /// <inheritdoc />
    public async ValueTask<StorePage<RecordLink>> ListRecordLinksAsync(MappedEntity entity, int pageSize = 100, string? continuationToken = null, CancellationToken cancellationToken = default)
    {
        StoreArguments.PageSize(pageSize);
        var after = StoreArguments.ParseToken(continuationToken) ?? long.MinValue;
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var select = Command(
                connection,
                $"SELECT {LinkColumns} FROM axhs.record_links WHERE entity = @entity AND axcelerate_id > @after ORDER BY axcelerate_id LIMIT @limit;");
            await using (select.ConfigureAwait(false))
            {
                select.With("@entity", PostgreSqlCommands.Name(entity)).With("@after", after).With("@limit", pageSize + 1);
                var rows = await ReadLinksAsync(select, cancellationToken).ConfigureAwait(false);
                return StoreArguments.Page(rows, pageSize, l => l.AxcelerateId);
            }
        }
    }

    private async ValueTask<RecordLink?> FindLinkAsync(NpgsqlConnection connection, string column, object value, MappedEntity entity, CancellationToken cancellationToken)
    {
        var select = Command(connection, $"SELECT {LinkColumns} FROM axhs.record_links WHERE entity = @entity AND {column} = @value;");
        await using (select.ConfigureAwait(false))
        {
            select.With("@entity", PostgreSqlCommands.Name(entity)).With("@value", value);
            var rows = await ReadLinksAsync(select, cancellationToken).ConfigureAwait(false);
            return rows.Count == 0 ? null : rows[0];
        }
    }

    private async ValueTask<List<RecordLink>> FindLinksAsync<T>(MappedEntity entity, string column, IEnumerable<T> values, CancellationToken cancellationToken)
    {
        // One array parameter instead of a list of placeholders: any number of ids in one round trip.
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var select = Command(connection, $"SELECT {LinkColumns} FROM axhs.record_links WHERE entity = @entity AND {column} = ANY(@values);");
            await using (select.ConfigureAwait(false))
            {
                select.With("@entity", PostgreSqlCommands.Name(entity)).With("@values", values.ToArray());
                return await ReadLinksAsync(select, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static async ValueTask<List<RecordLink>> ReadLinksAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        var rows = new List<RecordLink>();
        var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await using (reader.ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                rows.Add(new RecordLink(reader.Enum<MappedEntity>(0), reader.GetInt64(1), reader.GetString(2), reader.Time(3))
                {
                    LastSyncedToHubSpot = reader.IsDBNull(4) ? null : new SyncStamp(reader.GetString(4), reader.Time(5)),
                    LastSyncedToAxcelerate = reader.IsDBNull(6) ? null : new SyncStamp(reader.GetString(6), reader.Time(7)),
                });
            }
        }

        return rows;
    }
}
