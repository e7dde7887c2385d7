using System.Text;
using Axcelerate.HubSpot.Storage;
using Microsoft.Data.Sqlite;

namespace Axcelerate.HubSpot.Sqlite;

public sealed partial class SqliteIntegrationStore
{
    private const string IncomingColumns =
        "id, event_id, subscription_type, object_id, occurred_at, payload, status, attempts, received_at, updated_at, portal_id, error, " +
        "result, next_attempt_at, lease_until";

    private const string Pending = nameof(IncomingStatus.Pending);
    private const string Processing = nameof(IncomingStatus.Processing);

    // A Processing entry whose lease lapsed (or that never had one) belongs to a processor that died.
    private const string LeaseLapsed = $"(status = '{Processing}' AND (lease_until IS NULL OR lease_until <= $now))";
    private const string Finished = $"status NOT IN ('{Pending}', '{Processing}')";

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<IncomingAppendResult>> AppendIncomingAsync(IReadOnlyList<NewIncomingEvent> events, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(events);
        foreach (var incoming in events)
        {
            StoreArguments.IncomingEvent(incoming);
        }

        var now = SqliteCommands.Ticks(Now);
        return await InTransactionAsync<IReadOnlyList<IncomingAppendResult>>(
            async (connection, transaction) =>
            {
                // One prepared insert for the batch, its parameters rebound per event; the new row is known without
                // reading it back (only its id is returned), so a batch costs one statement preparation, not one per event.
                var results = new List<IncomingAppendResult>(events.Count);
                var insert = connection.Command(
                    $"""
                    INSERT INTO incoming_log (event_id, subscription_type, object_id, portal_id, occurred_at, payload, status, attempts, received_at, updated_at)
                    VALUES ($event, $type, $object, $portal, $occurred, $payload, '{Pending}', 0, $now, $now)
                    ON CONFLICT (event_id, subscription_type, object_id) DO NOTHING RETURNING id;
                    """,
                    transaction);
                await using (insert.ConfigureAwait(false))
                {
                    var eventId = insert.Parameters.Add("$event", SqliteType.Integer);
                    var type = insert.Parameters.Add("$type", SqliteType.Text);
                    var objectId = insert.Parameters.Add("$object", SqliteType.Text);
                    var portal = insert.Parameters.Add("$portal", SqliteType.Integer);
                    var occurred = insert.Parameters.Add("$occurred", SqliteType.Integer);
                    var payload = insert.Parameters.Add("$payload", SqliteType.Text);
                    insert.Parameters.AddWithValue("$now", now);
                    foreach (var incoming in events)
                    {
                        eventId.Value = incoming.EventId;
                        type.Value = incoming.SubscriptionType;
                        objectId.Value = incoming.ObjectId;
                        portal.Value = (object?)incoming.PortalId ?? DBNull.Value;
                        occurred.Value = SqliteCommands.Ticks(incoming.OccurredAt);
                        payload.Value = incoming.Payload;
                        if (await insert.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is long id)
                        {
                            results.Add(new IncomingAppendResult(
                                new IncomingLogEntry(id, incoming.EventId, incoming.SubscriptionType, incoming.ObjectId, new DateTimeOffset(SqliteCommands.Ticks(incoming.OccurredAt), TimeSpan.Zero), incoming.Payload, IncomingStatus.Pending, 0, new DateTimeOffset(now, TimeSpan.Zero), new DateTimeOffset(now, TimeSpan.Zero))
                                {
                                    PortalId = incoming.PortalId,
                                },
                                IsDuplicate: false));
                            continue;
                        }

                        var existing = await ReadIncomingAsync(
                            connection,
                            transaction,
                            $"SELECT {IncomingColumns} FROM incoming_log WHERE event_id = $event AND subscription_type = $type AND object_id = $object;",
                            cancellationToken,
                            ("$event", incoming.EventId),
                            ("$type", incoming.SubscriptionType),
                            ("$object", incoming.ObjectId)).ConfigureAwait(false);
                        results.Add(new IncomingAppendResult(existing[0], IsDuplicate: true));
                    }
                }

                return results;
            },
            cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask<IncomingLogEntry?> GetIncomingAsync(long id, CancellationToken cancellationToken = default) =>
        await SingleIncomingAsync($"SELECT {IncomingColumns} FROM incoming_log WHERE id = $id;", cancellationToken, ("$id", id)).ConfigureAwait(false);

    /// <inheritdoc />
    public async ValueTask<StorePage<IncomingLogEntry>> QueryIncomingAsync(IncomingLogQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        StoreArguments.PageSize(query.PageSize, nameof(query));
        StoreArguments.IncomingQuery(query);
        var after = StoreArguments.ParseToken(query.ContinuationToken);
        var where = new StringBuilder("WHERE 1 = 1");
        var parameters = new List<(string, object?)>();
        Filter(where, parameters, after, query.OldestFirst ? "id > $after" : "id < $after", "$after");
        Filter(where, parameters, query.Status?.ToString(), "status = $status", "$status");
        Filter(where, parameters, query.SubscriptionType, "subscription_type = $type", "$type");

        // "contact." ≤ type < "contact/" is every "contact.*" type, and uses the index.
        Filter(where, parameters, query.ObjectType is { } objectType ? objectType + "." : null, "subscription_type >= $objectType AND subscription_type < $objectTypeEnd", "$objectType");
        if (query.ObjectType is { } end)
        {
            parameters.Add(("$objectTypeEnd", end + "/"));
        }

        Filter(where, parameters, query.ObjectId, "object_id = $object", "$object");
        Filter(where, parameters, query.ReceivedFrom?.UtcTicks, "received_at >= $from", "$from");
        Filter(where, parameters, query.ReceivedBefore?.UtcTicks, "received_at < $before", "$before");
        Filter(
            where,
            parameters,
            string.IsNullOrEmpty(query.Text) ? null : "%" + EscapeLike(query.Text) + "%",
            @"(payload LIKE $text ESCAPE '\' OR error LIKE $text ESCAPE '\' OR result LIKE $text ESCAPE '\')",
            "$text");
        parameters.Add(("$limit", query.PageSize + 1));
        var sql = $"SELECT {IncomingColumns} FROM incoming_log {where} ORDER BY id {(query.OldestFirst ? "ASC" : "DESC")} LIMIT $limit;";

        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var rows = await ReadIncomingAsync(connection, null, sql, cancellationToken, [.. parameters]).ConfigureAwait(false);
            return StoreArguments.Page(rows, query.PageSize, e => e.Id);
        }
    }

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<IncomingLogEntry>> ClaimDueIncomingAsync(int maxCount, TimeSpan lease, CancellationToken cancellationToken = default)
    {
        try
        {
            StoreArguments.PageSize(maxCount, nameof(maxCount));
            StoreArguments.Lease(lease);
            var now = Now;

            // One statement: SQLite runs it atomically, so two processors never claim one entry. An entry whose object
            // another live claim holds waits, so one object's events are applied by one processor at a time, in order.
            var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
            await using (connection.ConfigureAwait(false))
            {
                var rows = await ReadIncomingAsync(
                    connection,
                    null,
                    $"""
                    UPDATE incoming_log SET status = '{Processing}', attempts = attempts + 1, lease_until = $lease, next_attempt_at = NULL, updated_at = $now
                    WHERE id IN (
                        SELECT id FROM incoming_log
                        WHERE ((status = '{Pending}' AND (next_attempt_at IS NULL OR next_attempt_at <= $now)) OR {LeaseLapsed})
                          AND NOT EXISTS (
                              SELECT 1 FROM incoming_log busy
                              WHERE busy.object_id = incoming_log.object_id
                                AND substr(busy.subscription_type, 1, instr(busy.subscription_type, '.')) = substr(incoming_log.subscription_type, 1, instr(incoming_log.subscription_type, '.'))
                                AND busy.status = '{Processing}' AND busy.lease_until > $now)
                        ORDER BY id LIMIT $limit)
                    RETURNING {IncomingColumns};
                    """,
                    cancellationToken,
                    ("$now", SqliteCommands.Ticks(now)),
                    ("$lease", SqliteCommands.Ticks(now + lease)),
                    ("$limit", maxCount)).ConfigureAwait(false);
                rows.Sort((a, b) => a.Id.CompareTo(b.Id));
                return rows;
            }
        }
        catch (SqliteException ex) when (IsBusy(ex))
        {
            throw Busy(ex);
        }
    }

    /// <inheritdoc />
    public async ValueTask<IncomingLogEntry?> TryClaimIncomingAsync(long id, TimeSpan lease, CancellationToken cancellationToken = default)
    {
        try
        {
            StoreArguments.Lease(lease);
            var now = Now;
            return await SingleIncomingAsync(
                $"""
                UPDATE incoming_log SET status = '{Processing}', attempts = attempts + 1, lease_until = $lease, next_attempt_at = NULL, updated_at = $now
                WHERE id = $id AND (status = '{Pending}' OR {LeaseLapsed}) RETURNING {IncomingColumns};
                """,
                cancellationToken,
                ("$id", id),
                ("$now", SqliteCommands.Ticks(now)),
                ("$lease", SqliteCommands.Ticks(now + lease))).ConfigureAwait(false);
        }
        catch (SqliteException ex) when (IsBusy(ex))
        {
            throw Busy(ex);
        }
    }

    /// <inheritdoc />
    public async ValueTask<bool> CompleteIncomingAsync(IncomingCompletion completion, CancellationToken cancellationToken = default)
    {
        try
        {
            StoreArguments.Completion(completion);
            return await ExecuteAsync(
                $"""
                UPDATE incoming_log SET status = $status, error = $error, result = $result, next_attempt_at = $retry, lease_until = NULL, updated_at = $now
                WHERE id = $id AND status = '{Processing}' AND attempts = $attempt;
                """,
                cancellationToken,
                ("$id", completion.Id),
                ("$attempt", completion.Attempt),
                ("$status", SqliteCommands.Name(completion.Status)),
                ("$error", SecretRedactor.Redact(completion.Error)),
                ("$result", SecretRedactor.Redact(completion.Result)),
                ("$retry", completion.Status == IncomingStatus.Pending && completion.RetryAt is { } retry ? SqliteCommands.Ticks(retry) : null),
                ("$now", SqliteCommands.Ticks(Now))).ConfigureAwait(false) > 0;
        }
        catch (SqliteException ex) when (IsBusy(ex))
        {
            throw Busy(ex);
        }
    }

    /// <inheritdoc />
    public async ValueTask<bool> MarkIncomingAsync(long id, IncomingStatus status, string? error = null, CancellationToken cancellationToken = default) =>
        await ExecuteAsync(
            "UPDATE incoming_log SET status = $status, error = $error, next_attempt_at = NULL, lease_until = NULL, updated_at = $now WHERE id = $id;",
            cancellationToken,
            ("$id", id),
            ("$status", SqliteCommands.Name(status)),
            ("$error", SecretRedactor.Redact(error)),
            ("$now", SqliteCommands.Ticks(Now))).ConfigureAwait(false) > 0;

    /// <inheritdoc />
    public async ValueTask<bool> ResetIncomingAsync(long id, CancellationToken cancellationToken = default) =>
        await ExecuteAsync(
            $"""
            UPDATE incoming_log SET status = '{Pending}', error = NULL, result = NULL, next_attempt_at = NULL, lease_until = NULL, updated_at = $now
            WHERE id = $id AND status IN ('{nameof(IncomingStatus.Failed)}', '{nameof(IncomingStatus.Skipped)}');
            """,
            cancellationToken,
            ("$id", id),
            ("$now", SqliteCommands.Ticks(Now))).ConfigureAwait(false) > 0;

    /// <inheritdoc />
    public async ValueTask<bool> DeleteIncomingAsync(long id, CancellationToken cancellationToken = default) =>
        await ExecuteAsync(
            $"""
            UPDATE incoming_log SET status = '{nameof(IncomingStatus.Deleted)}', next_attempt_at = NULL, lease_until = NULL, updated_at = $now
            WHERE id = $id AND status <> '{nameof(IncomingStatus.Deleted)}' AND (status <> '{Processing}' OR {LeaseLapsed});
            """,
            cancellationToken,
            ("$id", id),
            ("$now", SqliteCommands.Ticks(Now))).ConfigureAwait(false) > 0;

    /// <inheritdoc />
    public ValueTask<int> DeleteIncomingOlderThanAsync(DateTimeOffset receivedBefore, CancellationToken cancellationToken = default) =>
        ExecuteAsync($"DELETE FROM incoming_log WHERE received_at < $before AND {Finished};", cancellationToken, ("$before", SqliteCommands.Ticks(receivedBefore)));

    /// <inheritdoc />
    public ValueTask<int> TrimIncomingAsync(int keepNewest, CancellationToken cancellationToken = default)
    {
        StoreArguments.KeepNewest(keepNewest);
        return ExecuteAsync(
            $"DELETE FROM incoming_log WHERE {Finished} AND id NOT IN (SELECT id FROM incoming_log ORDER BY id DESC LIMIT $keep);",
            cancellationToken,
            ("$keep", keepNewest));
    }

    private static string EscapeLike(string text) =>
        text.Replace(@"\", @"\\", StringComparison.Ordinal).Replace("%", @"\%", StringComparison.Ordinal).Replace("_", @"\_", StringComparison.Ordinal);

    private async ValueTask<IncomingLogEntry?> SingleIncomingAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var rows = await ReadIncomingAsync(connection, null, sql, cancellationToken, parameters).ConfigureAwait(false);
            return rows.Count == 0 ? null : rows[0];
        }
    }

    private static async ValueTask<List<IncomingLogEntry>> ReadIncomingAsync(SqliteConnection connection, SqliteTransaction? transaction, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        var rows = new List<IncomingLogEntry>();
        var command = connection.Command(sql, transaction);
        await using (command.ConfigureAwait(false))
        {
            foreach (var (name, value) in parameters)
            {
                command.With(name, value);
            }

            var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    rows.Add(new IncomingLogEntry(
                        reader.GetInt64(0),
                        reader.GetInt64(1),
                        reader.GetString(2),
                        reader.GetString(3),
                        reader.Time(4),
                        reader.GetString(5),
                        reader.Enum<IncomingStatus>(6),
                        reader.GetInt32(7),
                        reader.Time(8),
                        reader.Time(9))
                    {
                        PortalId = reader.NullableInt64(10),
                        Error = reader.NullableString(11),
                        Result = reader.NullableString(12),
                        NextAttemptAt = reader.NullableTime(13),
                        LeaseExpiresAt = reader.NullableTime(14),
                    });
                }
            }
        }

        return rows;
    }
}
