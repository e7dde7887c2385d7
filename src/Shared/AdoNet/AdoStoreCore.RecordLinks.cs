using System.Data.Common;
using Axcelerate.HubSpot.Storage;

namespace Axcelerate.HubSpot.AdoNet;

/// <summary>Record links (aXcelerate record to HubSpot record) and their sync stamps.</summary>
internal abstract partial class AdoStoreCore
{
    protected const string LinkColumns = "entity, axcelerate_id, hubspot_id, linked_at, to_hubspot_hash, to_hubspot_at, to_axcelerate_hash, to_axcelerate_at";

    /// <summary>The links of <paramref name="entity"/> whose <paramref name="column"/> is any of <paramref name="values"/>.</summary>
    protected abstract ValueTask<List<RecordLink>> FindLinksAsync<T>(MappedEntity entity, string column, IEnumerable<T> values, CancellationToken cancellationToken);

    public ValueTask<RecordLink?> FindByAxcelerateIdAsync(MappedEntity entity, long axcelerateId, CancellationToken cancellationToken) =>
        ReadAsync(connection => FindLinkAsync(connection, "axcelerate_id", axcelerateId, entity, cancellationToken), cancellationToken);

    public async ValueTask<RecordLink?> FindByHubSpotIdAsync(MappedEntity entity, string hubSpotId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(hubSpotId);
        return await ReadAsync(connection => FindLinkAsync(connection, "hubspot_id", hubSpotId, entity, cancellationToken), cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask<IReadOnlyDictionary<string, RecordLink>> FindByHubSpotIdsAsync(MappedEntity entity, IReadOnlyCollection<string> hubSpotIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(hubSpotIds);
        var found = new Dictionary<string, RecordLink>(StringComparer.Ordinal);
        foreach (var link in await FindLinksAsync(entity, "hubspot_id", hubSpotIds.Distinct(StringComparer.Ordinal), cancellationToken).ConfigureAwait(false))
        {
            found[link.HubSpotId] = link;
        }

        return found;
    }

    public async ValueTask<IReadOnlyDictionary<long, RecordLink>> FindByAxcelerateIdsAsync(MappedEntity entity, IReadOnlyCollection<long> axcelerateIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(axcelerateIds);
        var found = new Dictionary<long, RecordLink>();
        foreach (var link in await FindLinksAsync(entity, "axcelerate_id", axcelerateIds.Distinct(), cancellationToken).ConfigureAwait(false))
        {
            found[link.AxcelerateId] = link;
        }

        return found;
    }

    public async ValueTask<RecordLink> LinkAsync(MappedEntity entity, long axcelerateId, string hubSpotId, CancellationToken cancellationToken)
    {
        StoreArguments.AxcelerateId(axcelerateId);
        ArgumentException.ThrowIfNullOrWhiteSpace(hubSpotId);
        return await WriteAsync(
            async connection =>
            {
                // The unique keys on both sides decide atomically, whichever host writes first.
                var created = await QueryAsync(
                    connection,
                    null,
                    $"INSERT INTO axhs.record_links (entity, axcelerate_id, hubspot_id, linked_at) VALUES (@entity, @ax, @hs, @at) ON CONFLICT DO NOTHING RETURNING {LinkColumns};",
                    AdoRows.RecordLink,
                    cancellationToken,
                    ("@entity", AdoValues.Name(entity)),
                    ("@ax", axcelerateId),
                    ("@hs", hubSpotId),
                    ("@at", AdoValues.Ticks(Now))).ConfigureAwait(false);
                if (created.Count == 1)
                {
                    return created[0];
                }

                var byAxcelerate = await FindLinkAsync(connection, "axcelerate_id", axcelerateId, entity, cancellationToken).ConfigureAwait(false);
                if (byAxcelerate is not null && byAxcelerate.HubSpotId == hubSpotId)
                {
                    return byAxcelerate;
                }

                var byHubSpot = await FindLinkAsync(connection, "hubspot_id", hubSpotId, entity, cancellationToken).ConfigureAwait(false);
                throw new StoreConflictException(StoreArguments.LinkConflict(entity, axcelerateId, hubSpotId, byAxcelerate, byHubSpot));
            },
            cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask<bool> UnlinkAsync(MappedEntity entity, long axcelerateId, CancellationToken cancellationToken) =>
        await ExecuteAsync(
            "DELETE FROM axhs.record_links WHERE entity = @entity AND axcelerate_id = @ax;",
            cancellationToken,
            ("@entity", AdoValues.Name(entity)),
            ("@ax", axcelerateId)).ConfigureAwait(false) > 0;

    public async ValueTask<bool> ReplaceHubSpotIdAsync(MappedEntity entity, string oldHubSpotId, string newHubSpotId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(oldHubSpotId);
        ArgumentException.ThrowIfNullOrWhiteSpace(newHubSpotId);
        return await WriteAsync(
            async connection =>
            {
                try
                {
                    return await ExecuteAsync(
                        connection,
                        null,
                        "UPDATE axhs.record_links SET hubspot_id = @new WHERE entity = @entity AND hubspot_id = @old;",
                        cancellationToken,
                        ("@entity", AdoValues.Name(entity)),
                        ("@old", oldHubSpotId),
                        ("@new", newHubSpotId)).ConfigureAwait(false) > 0;
                }
                catch (DbException ex) when (IsConstraintViolation(ex))
                {
                    var other = await FindLinkAsync(connection, "hubspot_id", newHubSpotId, entity, cancellationToken).ConfigureAwait(false);
                    throw new StoreConflictException(
                        $"Cannot re-point the {entity} link of HubSpot record {oldHubSpotId} to HubSpot record {newHubSpotId}: it is already linked to aXcelerate {entity} {other?.AxcelerateId}.",
                        ex);
                }
            },
            cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask<RecordLink?> RecordSyncAsync(MappedEntity entity, long axcelerateId, SyncDirection direction, string valuesHash, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(valuesHash);
        var (hashColumn, atColumn) = direction == SyncDirection.ToHubSpot
            ? ("to_hubspot_hash", "to_hubspot_at")
            : ("to_axcelerate_hash", "to_axcelerate_at");
        var rows = await WriteAsync(
            connection => QueryAsync(
                connection,
                null,
                $"UPDATE axhs.record_links SET {hashColumn} = @hash, {atColumn} = @at WHERE entity = @entity AND axcelerate_id = @ax RETURNING {LinkColumns};",
                AdoRows.RecordLink,
                cancellationToken,
                ("@entity", AdoValues.Name(entity)),
                ("@ax", axcelerateId),
                ("@hash", valuesHash),
                ("@at", AdoValues.Ticks(Now))),
            cancellationToken).ConfigureAwait(false);
        return rows.Count == 0 ? null : rows[0];
    }

    public async ValueTask<StorePage<RecordLink>> ListRecordLinksAsync(MappedEntity entity, int pageSize, string? continuationToken, CancellationToken cancellationToken)
    {
        StoreArguments.PageSize(pageSize);
        var after = StoreArguments.ParseToken(continuationToken) ?? long.MinValue;
        var rows = await QueryAsync(
            $"SELECT {LinkColumns} FROM axhs.record_links WHERE entity = @entity AND axcelerate_id > @after ORDER BY axcelerate_id LIMIT @limit;",
            AdoRows.RecordLink,
            cancellationToken,
            ("@entity", AdoValues.Name(entity)),
            ("@after", after),
            ("@limit", pageSize + 1)).ConfigureAwait(false);
        return StoreArguments.Page(rows, pageSize, l => l.AxcelerateId);
    }

    private async ValueTask<RecordLink?> FindLinkAsync(DbConnection connection, string column, object value, MappedEntity entity, CancellationToken cancellationToken)
    {
        var rows = await QueryAsync(
            connection,
            null,
            $"SELECT {LinkColumns} FROM axhs.record_links WHERE entity = @entity AND {column} = @value;",
            AdoRows.RecordLink,
            cancellationToken,
            ("@entity", AdoValues.Name(entity)),
            ("@value", value)).ConfigureAwait(false);
        return rows.Count == 0 ? null : rows[0];
    }
}
