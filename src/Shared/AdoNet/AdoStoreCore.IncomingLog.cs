using System.Data.Common;
using System.Text;
using Axcelerate.HubSpot.Storage;

namespace Axcelerate.HubSpot.AdoNet;

/// <summary>
/// The incoming log: appending, searching, completing, resetting and pruning are shared; appending a batch and claiming
/// work, where each database has its own way to be atomic and fast, belong to the dialect.
/// </summary>
internal abstract partial class AdoStoreCore
{
    protected const string IncomingColumns =
        "id, event_id, subscription_type, object_id, occurred_at, payload, status, attempts, received_at, updated_at, portal_id, error, " +
        "result, next_attempt_at, lease_until";

    protected const string Pending = nameof(IncomingStatus.Pending);
    protected const string Processing = nameof(IncomingStatus.Processing);

    // A Processing entry whose lease lapsed (or that never had one) belongs to a processor that died.
    protected const string LeaseLapsed = $"(status = '{Processing}' AND (lease_until IS NULL OR lease_until <= @now))";

    /// <summary>What a claim writes: Processing, one more attempt, leased until <c>@lease</c>.</summary>
    protected const string ClaimSet = $"SET status = '{Processing}', attempts = attempts + 1, lease_until = @lease, next_attempt_at = NULL, updated_at = @now";

    /// <summary>An entry a claim may take: pending and due, or its lease lapsed.</summary>
    protected const string ClaimableDue = $"((status = '{Pending}' AND (next_attempt_at IS NULL OR next_attempt_at <= @now)) OR {LeaseLapsed})";

    private const string Finished = $"status NOT IN ('{Pending}', '{Processing}')";

    /// <summary>The case-insensitive pattern match of the text search (<c>LIKE</c> on SQLite, <c>ILIKE</c> on PostgreSQL).</summary>
    protected abstract string LikeOperator { get; }

    /// <summary>Claims entry <c>@id</c> when it is pending or its lease lapsed (<c>@now</c>, <c>@lease</c>), returning it.</summary>
    protected abstract string TryClaimIncomingSql { get; }

    /// <summary>Appends the (validated) events in the write transaction, stamped <paramref name="now"/> (ticks).</summary>
    protected abstract ValueTask<IReadOnlyList<IncomingAppendResult>> AppendIncomingAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<NewIncomingEvent> events, long now, CancellationToken cancellationToken);

    /// <summary>
    /// Claims up to <c>@limit</c> due entries (<see cref="ClaimableDue"/>, <see cref="ClaimSet"/>) atomically, never an
    /// entry whose object another live claim holds, and returns them.
    /// </summary>
    protected abstract ValueTask<List<IncomingLogEntry>> ClaimDueIncomingAsync((string Name, object? Value)[] claim, CancellationToken cancellationToken);

    public async ValueTask<IReadOnlyList<IncomingAppendResult>> AppendIncomingAsync(IReadOnlyList<NewIncomingEvent> events, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(events);
        foreach (var incoming in events)
        {
            StoreArguments.IncomingEvent(incoming);
        }

        var now = AdoValues.Ticks(Now);
        return await InTransactionAsync(
            (connection, transaction) => AppendIncomingAsync(connection, transaction, events, now, cancellationToken),
            cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask<IReadOnlyList<IncomingLogEntry>> ClaimDueIncomingAsync(int maxCount, TimeSpan lease, CancellationToken cancellationToken)
    {
        StoreArguments.PageSize(maxCount, nameof(maxCount));
        StoreArguments.Lease(lease);
        var now = Now;
        var rows = await ClaimDueIncomingAsync(
            [("@now", AdoValues.Ticks(now)), ("@lease", AdoValues.Ticks(now + lease)), ("@limit", maxCount)],
            cancellationToken).ConfigureAwait(false);
        rows.Sort((a, b) => a.Id.CompareTo(b.Id));
        return rows;
    }

    public async ValueTask<IncomingLogEntry?> GetIncomingAsync(long id, CancellationToken cancellationToken) =>
        await QueryFirstAsync($"SELECT {IncomingColumns} FROM axhs.incoming_log WHERE id = @id;", AdoRows.Incoming, cancellationToken, ("@id", id)).ConfigureAwait(false);

    public async ValueTask<StorePage<IncomingLogEntry>> QueryIncomingAsync(IncomingLogQuery query, CancellationToken cancellationToken)
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

        // "contact." ≤ type < "contact/" (byte-wise: PostgreSQL's column is COLLATE "C") is every "contact.*" type, and uses the index.
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
            $@"(payload {LikeOperator} @text ESCAPE '\' OR error {LikeOperator} @text ESCAPE '\' OR result {LikeOperator} @text ESCAPE '\')",
            "@text");
        parameters.Add(("@limit", query.PageSize + 1));
        var rows = await QueryAsync(
            $"SELECT {IncomingColumns} FROM axhs.incoming_log {where} ORDER BY id {(query.OldestFirst ? "ASC" : "DESC")} LIMIT @limit;",
            AdoRows.Incoming,
            cancellationToken,
            [.. parameters]).ConfigureAwait(false);
        return StoreArguments.Page(rows, query.PageSize, e => e.Id);
    }

    public async ValueTask<IncomingLogEntry?> TryClaimIncomingAsync(long id, TimeSpan lease, CancellationToken cancellationToken)
    {
        StoreArguments.Lease(lease);
        var now = Now;
        var rows = await WriteAsync(
            connection => QueryAsync(
                connection,
                null,
                TryClaimIncomingSql,
                AdoRows.Incoming,
                cancellationToken,
                ("@id", id),
                ("@now", AdoValues.Ticks(now)),
                ("@lease", AdoValues.Ticks(now + lease))),
            cancellationToken).ConfigureAwait(false);
        return rows.Count == 0 ? null : rows[0];
    }

    public async ValueTask<bool> CompleteIncomingAsync(IncomingCompletion completion, CancellationToken cancellationToken)
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
            ("@status", AdoValues.Name(completion.Status)),
            ("@error", SecretRedactor.Redact(completion.Error)),
            ("@result", SecretRedactor.Redact(completion.Result)),
            ("@retry", completion.Status == IncomingStatus.Pending ? AdoValues.Ticks(completion.RetryAt) : null),
            ("@now", AdoValues.Ticks(Now))).ConfigureAwait(false) > 0;
    }

    public async ValueTask<bool> MarkIncomingAsync(long id, IncomingStatus status, string? error, CancellationToken cancellationToken) =>
        await ExecuteAsync(
            "UPDATE axhs.incoming_log SET status = @status, error = @error, next_attempt_at = NULL, lease_until = NULL, updated_at = @now WHERE id = @id;",
            cancellationToken,
            ("@id", id),
            ("@status", AdoValues.Name(status)),
            ("@error", SecretRedactor.Redact(error)),
            ("@now", AdoValues.Ticks(Now))).ConfigureAwait(false) > 0;

    public async ValueTask<bool> ResetIncomingAsync(long id, CancellationToken cancellationToken) =>
        await ExecuteAsync(
            $"""
            UPDATE axhs.incoming_log SET status = '{Pending}', error = NULL, result = NULL, next_attempt_at = NULL, lease_until = NULL, updated_at = @now
            WHERE id = @id AND status IN ('{nameof(IncomingStatus.Failed)}', '{nameof(IncomingStatus.Skipped)}');
            """,
            cancellationToken,
            ("@id", id),
            ("@now", AdoValues.Ticks(Now))).ConfigureAwait(false) > 0;

    public async ValueTask<bool> DeleteIncomingAsync(long id, CancellationToken cancellationToken) =>
        await ExecuteAsync(
            $"""
            UPDATE axhs.incoming_log SET status = '{nameof(IncomingStatus.Deleted)}', next_attempt_at = NULL, lease_until = NULL, updated_at = @now
            WHERE id = @id AND status <> '{nameof(IncomingStatus.Deleted)}' AND (status <> '{Processing}' OR {LeaseLapsed});
            """,
            cancellationToken,
            ("@id", id),
            ("@now", AdoValues.Ticks(Now))).ConfigureAwait(false) > 0;

    public ValueTask<int> DeleteIncomingOlderThanAsync(DateTimeOffset receivedBefore, CancellationToken cancellationToken) =>
        ExecuteAsync($"DELETE FROM axhs.incoming_log WHERE received_at < @before AND {Finished};", cancellationToken, ("@before", AdoValues.Ticks(receivedBefore)));

    public ValueTask<int> TrimIncomingAsync(int keepNewest, CancellationToken cancellationToken)
    {
        StoreArguments.KeepNewest(keepNewest);
        return ExecuteAsync(
            $"DELETE FROM axhs.incoming_log WHERE {Finished} AND id NOT IN (SELECT id FROM axhs.incoming_log ORDER BY id DESC LIMIT @keep);",
            cancellationToken,
            ("@keep", keepNewest));
    }

    /// <summary>The stored entry with the event's key, read when the append found it there already.</summary>
    protected async ValueTask<IncomingAppendResult> DuplicateIncomingAsync(DbConnection connection, DbTransaction transaction, NewIncomingEvent incoming, CancellationToken cancellationToken)
    {
        var existing = await QueryAsync(
            connection,
            transaction,
            $"SELECT {IncomingColumns} FROM axhs.incoming_log WHERE event_id = @event AND subscription_type = @type AND object_id = @object;",
            AdoRows.Incoming,
            cancellationToken,
            ("@event", incoming.EventId),
            ("@type", incoming.SubscriptionType),
            ("@object", incoming.ObjectId)).ConfigureAwait(false);
        return new IncomingAppendResult(existing[0], IsDuplicate: true);
    }

    private static string EscapeLike(string text) =>
        text.Replace(@"\", @"\\", StringComparison.Ordinal).Replace("%", @"\%", StringComparison.Ordinal).Replace("_", @"\_", StringComparison.Ordinal);

    /// <summary>Adds <c>AND condition</c> and its parameter when the filter has a value.</summary>
    private static void Filter(StringBuilder where, List<(string, object?)> parameters, object? value, string condition, string name)
    {
        if (value is not null)
        {
            where.Append(" AND ").Append(condition);
            parameters.Add((name, value));
        }
    }
}
