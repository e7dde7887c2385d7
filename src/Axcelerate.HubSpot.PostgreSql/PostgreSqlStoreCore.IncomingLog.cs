using System.Data.Common;
using Axcelerate.HubSpot.AdoNet;
using Axcelerate.HubSpot.Storage;

namespace Axcelerate.HubSpot.PostgreSql;

/// <summary>PostgreSQL's incoming-log appends and claims: claims skip rows other instances hold locked.</summary>
internal sealed partial class PostgreSqlStoreCore
{
    protected override string PositionFunction => "strpos";

    protected override string LikeOperator => "ILIKE";

    // The same claim for one entry: an entry another claimer holds locked right now is not waited for; it is theirs.
    protected override string TryClaimIncomingSql => $"""
        UPDATE axhs.incoming_log {ClaimSet}
        WHERE id IN (
            SELECT id FROM axhs.incoming_log
            WHERE id = @id AND (status = '{Pending}' OR {LeaseLapsed})
            FOR UPDATE SKIP LOCKED)
        RETURNING {IncomingColumns};
        """;

    /// <summary>One insert per event, returning the new row.</summary>
    protected override async ValueTask<IReadOnlyList<IncomingAppendResult>> AppendIncomingAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<NewIncomingEvent> events, long now, CancellationToken cancellationToken)
    {
        var results = new List<IncomingAppendResult>(events.Count);
        foreach (var incoming in events)
        {
            var inserted = await QueryAsync(
                connection,
                transaction,
                $"""
                INSERT INTO axhs.incoming_log (event_id, subscription_type, object_id, portal_id, occurred_at, payload, status, attempts, received_at, updated_at)
                VALUES (@event, @type, @object, @portal, @occurred, @payload, '{Pending}', 0, @now, @now)
                ON CONFLICT (event_id, subscription_type, object_id) DO NOTHING RETURNING {IncomingColumns};
                """,
                AdoRows.Incoming,
                cancellationToken,
                ("@event", incoming.EventId),
                ("@type", incoming.SubscriptionType),
                ("@object", incoming.ObjectId),
                ("@portal", incoming.PortalId),
                ("@occurred", AdoValues.Ticks(incoming.OccurredAt)),
                ("@payload", incoming.Payload),
                ("@now", now)).ConfigureAwait(false);
            results.Add(inserted.Count == 1
                ? new IncomingAppendResult(inserted[0], IsDuplicate: false)
                : await DuplicateIncomingAsync(connection, transaction, incoming, cancellationToken).ConfigureAwait(false));
        }

        return results;
    }

    /// <summary>
    /// Claimers queue on a transaction-scoped advisory lock, so each sees the claims committed before it: an entry whose
    /// object another live claim holds waits, and one object's events are applied by one processor at a time, in order.
    /// The inner SELECT skips rows another statement holds locked (SKIP LOCKED, e.g. a re-run's claim or a completion)
    /// instead of waiting for them.
    /// </summary>
    protected override ValueTask<List<IncomingLogEntry>> ClaimDueIncomingAsync((string Name, object? Value)[] claim, CancellationToken cancellationToken) =>
        InTransactionAsync(
            async (connection, transaction) =>
            {
                await AdvisoryLockAsync(connection, transaction, "/incoming-claims", cancellationToken).ConfigureAwait(false);
                return await QueryAsync(
                    connection,
                    transaction,
                    $"""
                    UPDATE axhs.incoming_log {ClaimSet}
                    WHERE id IN (
                        SELECT id FROM axhs.incoming_log
                        WHERE {ClaimableDue}
                          AND NOT EXISTS (
                              SELECT 1 FROM axhs.incoming_log busy
                              WHERE busy.object_id = incoming_log.object_id
                                AND split_part(busy.subscription_type, '.', 1) = split_part(incoming_log.subscription_type, '.', 1)
                                AND busy.status = '{Processing}' AND busy.lease_until > @now)
                        ORDER BY id LIMIT @limit
                        FOR UPDATE SKIP LOCKED)
                    RETURNING {IncomingColumns};
                    """,
                    AdoRows.Incoming,
                    cancellationToken,
                    claim).ConfigureAwait(false);
            },
            cancellationToken);
}
