using System.Text;
using Axcelerate.HubSpot.Storage;
using Npgsql;

namespace Axcelerate.HubSpot.PostgreSql;

public sealed partial class PostgreSqlIntegrationStore
{
    private const string IncomingColumns =
        "id, event_id, subscription_type, object_id, occurred_at, payload, status, attempts, received_at, updated_at, portal_id, error, " +
        "result, next_attempt_at, lease_until";

    private const string Pending = nameof(IncomingStatus.Pending);
    private const string Processing = nameof(IncomingStatus.Processing);

    // A Processing entry whose lease lapsed (or that never had one) belongs to a processor that died.
    private const string LeaseLapsed = $"(status = '{Processing}' AND (lease_until IS NULL OR lease_until <= @now))";
    private const string Finished = $"status NOT IN ('{Pending}', '{Processing}')";

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<IncomingAppendResult>> AppendIncomingAsync(IReadOnlyList<NewIncomingEvent> events, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(events);
        foreach (var incoming in events)
        {
            StoreArguments.IncomingEvent(incoming);
        }

        var now = PostgreSqlCommands.Ticks(Now);
        return await InTransactionAsync<IReadOnlyList<IncomingAppendResult>>(
            async (connection, transaction) =>
            {
                var results = new List<IncomingAppendResult>(events.Count);
                foreach (var incoming in events)
                {
                    (string, object?)[] key = [("@event", incoming.EventId), ("@type", incoming.SubscriptionType), ("@object", incoming.ObjectId)];
                    var inserted = await ReadIncomingAsync(
                        connection,
                        transaction,
                        $"""
                        INSERT INTO axhs.incoming_log (event_id, subscription_type, object_id, portal_id, occurred_at, payload, status, attempts, received_at, updated_at)
                        VALUES (@event, @type, @object, @portal, @occurred, @payload, '{Pending}', 0, @now, @now)
                        ON CONFLICT (event_id, subscription_type, object_id) DO NOTHING RETURNING {IncomingColumns};
                        """,
                        cancellationToken,
                        [.. key, ("@portal", incoming.PortalId), ("@occurred", PostgreSqlCommands.Ticks(incoming.OccurredAt)), ("@payload", incoming.Payload), ("@now", now)]).ConfigureAwait(false);
                    if (inserted.Count == 1)
                    {
                        results.Add(new IncomingAppendResult(inserted[0], IsDuplicate: false));
                        continue;
                    }

                    var existing = await ReadIncomingAsync(
                        connection,
                        transaction,
                        $"SELECT {IncomingColumns} FROM axhs.incoming_log WHERE event_id = @event AND subscription_type = @type AND object_id = @object;",
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
        await SingleIncomingAsync($"SELECT {IncomingColumns} FROM axhs.incoming_log WHERE id = @id;", cancellationToken, ("@id", id)).ConfigureAwait(false);

    /// <inheritdoc />
    public async ValueTask<StorePage<IncomingLogEntry>> QueryIncomingAsync(IncomingLogQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        StoreArguments.PageSize(query.PageSize, nameof(query));
        StoreArguments.IncomingQuery(query);
        var after = StoreArguments.ParseToken(query.ContinuationToken);
        var where = new StringBuilder("WHERE 1 = 1");
        var parameters = new List<(string, object?)>();
        Filter(where, parameters, after, query.OldestFirst ? "id > @after" : "id < @after", "@after");
        Filter(where, parameters, query.Status?.ToString(), "status = @status", "@status");
        Filter(where, parameters, query.SubscriptionType, "subscription_type = @type", "@type");

        // "contact." ≤ type < "contact/" (byte-wise: the column is COLLATE "C") is every "contact.*" type, and uses the index.
        Filter(where, parameters, query.ObjectType is { } objectType ? objectType + "." : null, "subscription_type >= @objectType AND subscription_type < @objectTypeEnd", "@objectType");
        if (query.ObjectType is { } end)
        {
            parameters.Add(("@objectTypeEnd", end + "/"));
        }

        Filter(where, parameters, query.ObjectId, "object_id = @object", "@object");
        Filter(where, parameters, query.ReceivedFrom?.UtcTicks, "received_at >= @from", "@from");
        Filter(where, parameters, query.ReceivedBefore?.UtcTicks, "received_at < @before", "@before");
        Filter(
            where,
            parameters,
            string.IsNullOrEmpty(query.Text) ? null : "%" + EscapeLike(query.Text) + "%",
            @"(payload ILIKE @text ESCAPE '\' OR error ILIKE @text ESCAPE '\' OR result ILIKE @text ESCAPE '\')",
            "@text");
        parameters.Add(("@limit", query.PageSize + 1));
        var sql = $"SELECT {IncomingColumns} FROM axhs.incoming_log {where} ORDER BY id {(query.OldestFirst ? "ASC" : "DESC")} LIMIT @limit;";

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
        StoreArguments.PageSize(maxCount, nameof(maxCount));
        StoreArguments.Lease(lease);
        var now = Now;

        // Claimers queue on a transaction-scoped advisory lock, so each sees the claims committed before it: an entry
        // whose object another live claim holds waits, and one object's events are applied by one processor at a
        // time, in order. The inner SELECT skips rows another statement holds locked (SKIP LOCKED, e.g. a re-run's
        // claim or a completion) instead of waiting for them.
        return await InTransactionAsync<IReadOnlyList<IncomingLogEntry>>(
            async (connection, transaction) =>
            {
                await ExecuteAsync(
                    connection,
                    transaction,
                    "SELECT pg_advisory_xact_lock(@class, hashtext(@key));",
                    cancellationToken,
                    ("@class", PostgreSqlSchema.LockClass),
                    ("@key", _sql.Schema + "/incoming-claims")).ConfigureAwait(false);
                var rows = await ReadIncomingAsync(
                    connection,
                    transaction,
                    $"""
                    UPDATE axhs.incoming_log SET status = '{Processing}', attempts = attempts + 1, lease_until = @lease, next_attempt_at = NULL, updated_at = @now
                    WHERE id IN (
                        SELECT id FROM axhs.incoming_log
                        WHERE ((status = '{Pending}' AND (next_attempt_at IS NULL OR next_attempt_at <= @now)) OR {LeaseLapsed})
                          AND NOT EXISTS (
                              SELECT 1 FROM axhs.incoming_log busy
                              WHERE busy.object_id = incoming_log.object_id
                                AND split_part(busy.subscription_type, '.', 1) = split_part(incoming_log.subscription_type, '.', 1)
                                AND busy.status = '{Processing}' AND busy.lease_until > @now)
                        ORDER BY id LIMIT @limit
                        FOR UPDATE SKIP LOCKED)
                    RETURNING {IncomingColumns};
                    """,
                    cancellationToken,
                    ("@now", PostgreSqlCommands.Ticks(now)),
                    ("@lease", PostgreSqlCommands.Ticks(now + lease)),
                    ("@limit", maxCount)).ConfigureAwait(false);
                rows.Sort((a, b) => a.Id.CompareTo(b.Id));
                return rows;
            },
            cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask<IncomingLogEntry?> TryClaimIncomingAsync(long id, TimeSpan lease, CancellationToken cancellationToken = default)
    {
        StoreArguments.Lease(lease);
        var now = Now;

        // The same claim for one entry: an entry another claimer holds locked right now is not waited for; it is theirs.
        return await SingleIncomingAsync(
            $"""
            UPDATE axhs.incoming_log SET status = '{Processing}', attempts = attempts + 1, lease_until = @lease, next_attempt_at = NULL, updated_at = @now
            WHERE id IN (
                SELECT id FROM axhs.incoming_log
                WHERE id = @id AND (status = '{Pending}' OR {LeaseLapsed})
                FOR UPDATE SKIP LOCKED)
            RETURNING {IncomingColumns};
            """,
            cancellationToken,
            ("@id", id),
            ("@now", PostgreSqlCommands.Ticks(now)),
            ("@lease", PostgreSqlCommands.Ticks(now + lease))).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask<bool> CompleteIncomingAsync(IncomingCompletion completion, CancellationToken cancellationToken = default)
    {
        StoreArguments.Completion(completion);
        return await ExecuteAsync(
            $"""
            UPDATE axhs.incoming_log SET status = @status, error = @error, result = @result, next_attempt_at = @retry, lease_until = NULL, updated_at = @now
            WHERE id = @id AND status = '{Processing}' AND attempts = @attempt;
            """,
            cancellationToken,
            ("@id", completion.Id),
            ("@attempt", completion.Attempt),
            ("@status", PostgreSqlCommands.Name(completion.Status)),
            ("@error", SecretRedactor.Redact(completion.Error)),
            ("@result", SecretRedactor.Redact(completion.Result)),
            ("@retry", completion.Status == IncomingStatus.Pending && completion.RetryAt is { } retry ? PostgreSqlCommands.Ticks(retry) : null),
            ("@now", PostgreSqlCommands.Ticks(Now))).ConfigureAwait(false) > 0;
    }

    /// <inheritdoc />
    public async ValueTask<bool> MarkIncomingAsync(long id, IncomingStatus status, string? error = null, CancellationToken cancellationToken = default) =>
        await ExecuteAsync(
            "UPDATE axhs.incoming_log SET status = @status, error = @error, next_attempt_at = NULL, lease_until = NULL, updated_at = @now WHERE id = @id;",
            cancellationToken,
            ("@id", id),
            ("@status", PostgreSqlCommands.Name(status)),
            ("@error", SecretRedactor.Redact(error)),
            ("@now", PostgreSqlCommands.Ticks(Now))).ConfigureAwait(false) > 0;

    /// <inheritdoc />
    public async ValueTask<bool> ResetIncomingAsync(long id, CancellationToken cancellationToken = default) =>
        await ExecuteAsync(
            $"""
            UPDATE axhs.incoming_log SET status = '{Pending}', error = NULL, result = NULL, next_attempt_at = NULL, lease_until = NULL, updated_at = @now
            WHERE id = @id AND status IN ('{nameof(IncomingStatus.Failed)}', '{nameof(IncomingStatus.Skipped)}');
            """,
            cancellationToken,
            ("@id", id),
            ("@now", PostgreSqlCommands.Ticks(Now))).ConfigureAwait(false) > 0;

    /// <inheritdoc />
    public async ValueTask<bool> DeleteIncomingAsync(long id, CancellationToken cancellationToken = default) =>
        await ExecuteAsync(
            $"""
            UPDATE axhs.incoming_log SET status = '{nameof(IncomingStatus.Deleted)}', next_attempt_at = NULL, lease_until = NULL, updated_at = @now
            WHERE id = @id AND status <> '{nameof(IncomingStatus.Deleted)}' AND (status <> '{Processing}' OR {LeaseLapsed});
            """,
            cancellationToken,
            ("@id", id),
            ("@now", PostgreSqlCommands.Ticks(Now))).ConfigureAwait(false) > 0;

    /// <inheritdoc />
    public ValueTask<int> DeleteIncomingOlderThanAsync(DateTimeOffset receivedBefore, CancellationToken cancellationToken = default) =>
        ExecuteAsync($"DELETE FROM axhs.incoming_log WHERE received_at < @before AND {Finished};", cancellationToken, ("@before", PostgreSqlCommands.Ticks(receivedBefore)));

    /// <inheritdoc />
    public ValueTask<int> TrimIncomingAsync(int keepNewest, CancellationToken cancellationToken = default)
    {
        StoreArguments.KeepNewest(keepNewest);
        return ExecuteAsync(
            $"DELETE FROM axhs.incoming_log WHERE {Finished} AND id NOT IN (SELECT id FROM axhs.incoming_log ORDER BY id DESC LIMIT @keep);",
            cancellationToken,
            ("@keep", keepNewest));
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

    private async ValueTask<List<IncomingLogEntry>> ReadIncomingAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        var rows = new List<IncomingLogEntry>();
        var command = Command(connection, sql, transaction);
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
