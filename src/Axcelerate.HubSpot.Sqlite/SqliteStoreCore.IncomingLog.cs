using System.Data.Common;
using Axcelerate.HubSpot.AdoNet;
using Axcelerate.HubSpot.Storage;
using Microsoft.Data.Sqlite;

namespace Axcelerate.HubSpot.Sqlite;

/// <summary>SQLite's incoming-log appends and claims: single statements, which SQLite runs atomically.</summary>
internal sealed partial class SqliteStoreCore
{
    protected override string PositionFunction => "instr";

    protected override string LikeOperator => "LIKE";

    protected override string TryClaimIncomingSql => $"""
        UPDATE incoming_log {ClaimSet}
        WHERE id = @id AND (status = '{Pending}' OR {LeaseLapsed}) RETURNING {IncomingColumns};
        """;

    /// <summary>
    /// One prepared insert for the batch, its parameters rebound per event; the new row is known without reading it
    /// back (only its id is returned), so a batch costs one statement preparation, not one per event.
    /// </summary>
    protected override async ValueTask<IReadOnlyList<IncomingAppendResult>> AppendIncomingAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<NewIncomingEvent> events, long now, CancellationToken cancellationToken)
    {
        var results = new List<IncomingAppendResult>(events.Count);
        var insert = (SqliteCommand)Command(
            connection,
            transaction,
            $"""
            INSERT INTO incoming_log (event_id, subscription_type, object_id, portal_id, occurred_at, payload, status, attempts, received_at, updated_at)
            VALUES (@event, @type, @object, @portal, @occurred, @payload, '{Pending}', 0, @now, @now)
            ON CONFLICT (event_id, subscription_type, object_id) DO NOTHING RETURNING id;
            """);
        await using (insert.ConfigureAwait(false))
        {
            var eventId = insert.Parameters.Add("@event", SqliteType.Integer);
            var type = insert.Parameters.Add("@type", SqliteType.Text);
            var objectId = insert.Parameters.Add("@object", SqliteType.Text);
            var portal = insert.Parameters.Add("@portal", SqliteType.Integer);
            var occurred = insert.Parameters.Add("@occurred", SqliteType.Integer);
            var payload = insert.Parameters.Add("@payload", SqliteType.Text);
            insert.Parameters.AddWithValue("@now", now);
            foreach (var incoming in events)
            {
                eventId.Value = incoming.EventId;
                type.Value = incoming.SubscriptionType;
                objectId.Value = incoming.ObjectId;
                portal.Value = (object?)incoming.PortalId ?? DBNull.Value;
                occurred.Value = AdoValues.Ticks(incoming.OccurredAt);
                payload.Value = incoming.Payload;
                results.Add(await insert.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is long id
                    ? new IncomingAppendResult(
                        new IncomingLogEntry(id, incoming.EventId, incoming.SubscriptionType, incoming.ObjectId, new DateTimeOffset(AdoValues.Ticks(incoming.OccurredAt), TimeSpan.Zero), incoming.Payload, IncomingStatus.Pending, 0, new DateTimeOffset(now, TimeSpan.Zero), new DateTimeOffset(now, TimeSpan.Zero))
                        {
                            PortalId = incoming.PortalId,
                        },
                        IsDuplicate: false)
                    : await DuplicateIncomingAsync(connection, transaction, incoming, cancellationToken).ConfigureAwait(false));
            }
        }

        return results;
    }

    /// <summary>
    /// One statement: SQLite runs it atomically, so two processors never claim one entry. An entry whose object another
    /// live claim holds waits, so one object's events are applied by one processor at a time, in order.
    /// </summary>
    protected override ValueTask<List<IncomingLogEntry>> ClaimDueIncomingAsync((string Name, object? Value)[] claim, CancellationToken cancellationToken) =>
        WriteAsync(
            connection => QueryAsync(
                connection,
                null,
                $"""
                UPDATE incoming_log {ClaimSet}
                WHERE id IN (
                    SELECT id FROM incoming_log
                    WHERE {ClaimableDue}
                      AND NOT EXISTS (
                          SELECT 1 FROM incoming_log busy
                          WHERE busy.object_id = incoming_log.object_id
                            AND substr(busy.subscription_type, 1, instr(busy.subscription_type, '.')) = substr(incoming_log.subscription_type, 1, instr(incoming_log.subscription_type, '.'))
                            AND busy.status = '{Processing}' AND busy.lease_until > @now)
                    ORDER BY id LIMIT @limit)
                RETURNING {IncomingColumns};
                """,
                AdoRows.Incoming,
                cancellationToken,
                claim),
            cancellationToken);
}
