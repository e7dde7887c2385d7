using System.Text;
using Axcelerate.HubSpot.Storage;
using Microsoft.Data.Sqlite;

namespace Axcelerate.HubSpot.Sqlite;

public sealed partial class SqliteIntegrationStore
{
    private const string IncomingColumns =
        "id, event_id, subscription_type, object_id, occurred_at, payload, status, attempts, received_at, updated_at, portal_id, error";

    private const string OutgoingColumns =
        "id, operation, request_summary, status, timestamp, entity, record_id, http_status, response, error, " +
        "service, method, path, duration_ticks, attempt, correlation_id, request_body";

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
                var results = new List<IncomingAppendResult>(events.Count);
                foreach (var incoming in events)
                {
                    (string, object?)[] key = [("$event", incoming.EventId), ("$type", incoming.SubscriptionType), ("$object", incoming.ObjectId)];
                    var inserted = await ReadIncomingAsync(
                        connection,
                        transaction,
                        $"""
                        INSERT INTO incoming_log (event_id, subscription_type, object_id, portal_id, occurred_at, payload, status, attempts, received_at, updated_at)
                        VALUES ($event, $type, $object, $portal, $occurred, $payload, '{nameof(IncomingStatus.Pending)}', 0, $now, $now)
                        ON CONFLICT (event_id, subscription_type, object_id) DO NOTHING RETURNING {IncomingColumns};
                        """,
                        cancellationToken,
                        [.. key, ("$portal", incoming.PortalId), ("$occurred", SqliteCommands.Ticks(incoming.OccurredAt)), ("$payload", incoming.Payload), ("$now", now)]).ConfigureAwait(false);
                    if (inserted.Count == 1)
                    {
                        results.Add(new IncomingAppendResult(inserted[0], IsDuplicate: false));
                        continue;
                    }

                    var existing = await ReadIncomingAsync(
                        connection,
                        transaction,
                        $"SELECT {IncomingColumns} FROM incoming_log WHERE event_id = $event AND subscription_type = $type AND object_id = $object;",
                        cancellationToken,
                        key).ConfigureAwait(false);
                    results.Add(new IncomingAppendResult(existing[0], IsDuplicate: true));
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
        var after = StoreArguments.ParseToken(query.ContinuationToken);
        var where = new StringBuilder("WHERE 1 = 1");
        var parameters = new List<(string, object?)>();
        Filter(where, parameters, after, query.OldestFirst ? "id > $after" : "id < $after", "$after");
        Filter(where, parameters, query.Status?.ToString(), "status = $status", "$status");
        Filter(where, parameters, query.SubscriptionType, "subscription_type = $type", "$type");
        Filter(where, parameters, query.ObjectId, "object_id = $object", "$object");
        Filter(where, parameters, query.ReceivedFrom?.UtcTicks, "received_at >= $from", "$from");
        Filter(where, parameters, query.ReceivedBefore?.UtcTicks, "received_at < $before", "$before");
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
    public async ValueTask<IncomingLogEntry?> TryClaimIncomingAsync(long id, CancellationToken cancellationToken = default) =>
        await SingleIncomingAsync(
            $"""
            UPDATE incoming_log SET status = '{nameof(IncomingStatus.Processing)}', attempts = attempts + 1, updated_at = $now
            WHERE id = $id AND status = '{nameof(IncomingStatus.Pending)}' RETURNING {IncomingColumns};
            """,
            cancellationToken,
            ("$id", id),
            ("$now", SqliteCommands.Ticks(Now))).ConfigureAwait(false);

    /// <inheritdoc />
    public async ValueTask<bool> MarkIncomingAsync(long id, IncomingStatus status, string? error = null, CancellationToken cancellationToken = default) =>
        await ExecuteAsync(
            "UPDATE incoming_log SET status = $status, error = $error, updated_at = $now WHERE id = $id;",
            cancellationToken,
            ("$id", id),
            ("$status", SqliteCommands.Name(status)),
            ("$error", SecretRedactor.Redact(error)),
            ("$now", SqliteCommands.Ticks(Now))).ConfigureAwait(false) > 0;

    /// <inheritdoc />
    public ValueTask<bool> ResetIncomingAsync(long id, CancellationToken cancellationToken = default) =>
        MarkIncomingAsync(id, IncomingStatus.Pending, error: null, cancellationToken);

    /// <inheritdoc />
    public async ValueTask<bool> DeleteIncomingAsync(long id, CancellationToken cancellationToken = default) =>
        await ExecuteAsync("DELETE FROM incoming_log WHERE id = $id;", cancellationToken, ("$id", id)).ConfigureAwait(false) > 0;

    /// <inheritdoc />
    public ValueTask<int> DeleteIncomingOlderThanAsync(DateTimeOffset receivedBefore, CancellationToken cancellationToken = default) =>
        ExecuteAsync("DELETE FROM incoming_log WHERE received_at < $before;", cancellationToken, ("$before", SqliteCommands.Ticks(receivedBefore)));

    /// <inheritdoc />
    public async ValueTask<OutgoingLogEntry> AppendOutgoingAsync(NewOutgoingEntry entry, CancellationToken cancellationToken = default)
    {
        StoreArguments.OutgoingEntry(entry);
        var rows = await QueryOutgoingRowsAsync(
            $"""
            INSERT INTO outgoing_log (operation, request_summary, status, timestamp, entity, record_id, http_status, response, error,
                service, method, path, duration_ticks, attempt, correlation_id, request_body)
            VALUES ($operation, $summary, $status, $at, $entity, $record, $http, $response, $error,
                $service, $method, $path, $duration, $attempt, $correlation, $body) RETURNING {OutgoingColumns};
            """,
            cancellationToken,
            ("$operation", entry.Operation),
            ("$summary", SecretRedactor.Redact(entry.RequestSummary)),
            ("$status", SqliteCommands.Name(entry.Status)),
            ("$at", SqliteCommands.Ticks(Now)),
            ("$entity", entry.Entity?.ToString()),
            ("$record", entry.RecordId),
            ("$http", entry.HttpStatus),
            ("$response", SecretRedactor.Redact(entry.Response)),
            ("$error", SecretRedactor.Redact(entry.Error)),
            ("$service", entry.Service?.ToString()),
            ("$method", entry.Method),
            ("$path", SecretRedactor.Redact(entry.Path)),
            ("$duration", entry.Duration?.Ticks),
            ("$attempt", entry.Attempt),
            ("$correlation", entry.CorrelationId),
            ("$body", SecretRedactor.Redact(entry.RequestBody))).ConfigureAwait(false);
        return rows[0];
    }

    /// <inheritdoc />
    public async ValueTask<OutgoingLogEntry?> GetOutgoingAsync(long id, CancellationToken cancellationToken = default)
    {
        var rows = await QueryOutgoingRowsAsync($"SELECT {OutgoingColumns} FROM outgoing_log WHERE id = $id;", cancellationToken, ("$id", id)).ConfigureAwait(false);
        return rows.Count == 0 ? null : rows[0];
    }

    /// <inheritdoc />
    public async ValueTask<StorePage<OutgoingLogEntry>> QueryOutgoingAsync(OutgoingLogQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        StoreArguments.PageSize(query.PageSize, nameof(query));
        var before = StoreArguments.ParseToken(query.ContinuationToken);
        var where = new StringBuilder("WHERE 1 = 1");
        var parameters = new List<(string, object?)>();
        Filter(where, parameters, before, "id < $afterId", "$afterId");
        Filter(where, parameters, query.Entity?.ToString(), "entity = $entity", "$entity");
        Filter(where, parameters, query.Service?.ToString(), "service = $service", "$service");
        Filter(where, parameters, query.RecordId, "record_id = $record", "$record");
        Filter(where, parameters, query.Operation, "operation = $operation", "$operation");
        Filter(where, parameters, query.Status?.ToString(), "status = $status", "$status");
        Filter(where, parameters, query.From?.UtcTicks, "timestamp >= $from", "$from");
        Filter(where, parameters, query.Before?.UtcTicks, "timestamp < $before", "$before");
        Filter(where, parameters, query.Method?.ToUpperInvariant(), "upper(method) = $method", "$method");
        Filter(where, parameters, query.PathContains?.ToLowerInvariant(), "instr(lower(coalesce(path, request_summary)), $path) > 0", "$path");
        Filter(where, parameters, query.HttpStatus, "http_status = $httpStatus", "$httpStatus");
        Filter(
            where,
            parameters,
            query.Text?.ToLowerInvariant(),
            "(instr(lower(request_summary), $text) > 0 OR instr(lower(coalesce(path, '')), $text) > 0 OR instr(lower(coalesce(request_body, '')), $text) > 0" +
            " OR instr(lower(coalesce(response, '')), $text) > 0 OR instr(lower(coalesce(error, '')), $text) > 0)",
            "$text");
        parameters.Add(("$limit", query.PageSize + 1));
        var rows = await QueryOutgoingRowsAsync(
            $"SELECT {OutgoingColumns} FROM outgoing_log {where} ORDER BY id DESC LIMIT $limit;",
            cancellationToken,
            [.. parameters]).ConfigureAwait(false);
        return StoreArguments.Page(rows, query.PageSize, e => e.Id);
    }

    /// <inheritdoc />
    public async ValueTask<bool> DeleteOutgoingAsync(long id, CancellationToken cancellationToken = default) =>
        await ExecuteAsync("DELETE FROM outgoing_log WHERE id = $id;", cancellationToken, ("$id", id)).ConfigureAwait(false) > 0;

    /// <inheritdoc />
    public ValueTask<int> DeleteOutgoingOlderThanAsync(DateTimeOffset before, CancellationToken cancellationToken = default) =>
        ExecuteAsync("DELETE FROM outgoing_log WHERE timestamp < $before;", cancellationToken, ("$before", SqliteCommands.Ticks(before)));

    /// <inheritdoc />
    public ValueTask<int> DeleteOutgoingBeyondAsync(int keep, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(keep);
        return ExecuteAsync(
            "DELETE FROM outgoing_log WHERE id <= (SELECT id FROM outgoing_log ORDER BY id DESC LIMIT 1 OFFSET $keep);",
            cancellationToken,
            ("$keep", keep));
    }

    private static void Filter(StringBuilder where, List<(string, object?)> parameters, object? value, string condition, string name)
    {
        if (value is not null)
        {
            where.Append(" AND ").Append(condition);
            parameters.Add((name, value));
        }
    }

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
                    });
                }
            }
        }

        return rows;
    }

    private async ValueTask<List<OutgoingLogEntry>> QueryOutgoingRowsAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        var rows = new List<OutgoingLogEntry>();
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var command = connection.Command(sql);
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
                        rows.Add(new OutgoingLogEntry(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.Enum<OutgoingStatus>(3), reader.Time(4))
                        {
                            Entity = reader.IsDBNull(5) ? null : reader.Enum<MappedEntity>(5),
                            RecordId = reader.NullableString(6),
                            HttpStatus = reader.NullableInt32(7),
                            Response = reader.NullableString(8),
                            Error = reader.NullableString(9),
                            Service = reader.IsDBNull(10) ? null : reader.Enum<RemoteService>(10),
                            Method = reader.NullableString(11),
                            Path = reader.NullableString(12),
                            Duration = reader.IsDBNull(13) ? null : TimeSpan.FromTicks(reader.GetInt64(13)),
                            Attempt = reader.NullableInt32(14),
                            CorrelationId = reader.NullableString(15),
                            RequestBody = reader.NullableString(16),
                        });
                    }
                }
            }
        }

        return rows;
    }
}
