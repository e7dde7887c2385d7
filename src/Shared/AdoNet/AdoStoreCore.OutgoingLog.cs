using System.Text;
using Axcelerate.HubSpot.Storage;

namespace Axcelerate.HubSpot.AdoNet;

/// <summary>The outgoing log: appending, searching and pruning the calls made to both services.</summary>
internal abstract partial class AdoStoreCore
{
    private const string OutgoingColumns =
        "id, operation, request_summary, status, timestamp, entity, record_id, http_status, response, error, " +
        "service, method, path, duration_ticks, attempt, correlation_id, request_body";

    /// <summary>The function giving the 1-based position of a substring, 0 when absent (<c>instr</c>, <c>strpos</c>).</summary>
    protected abstract string PositionFunction { get; }

    public async ValueTask<OutgoingLogEntry> AppendOutgoingAsync(NewOutgoingEntry entry, CancellationToken cancellationToken)
    {
        StoreArguments.OutgoingEntry(entry);
        var rows = await WriteAsync(
            connection => QueryAsync(
                connection,
                null,
                $"""
                INSERT INTO axhs.outgoing_log (operation, request_summary, status, timestamp, entity, record_id, http_status, response, error,
                    service, method, path, duration_ticks, attempt, correlation_id, request_body)
                VALUES (@operation, @summary, @status, @at, @entity, @record, @http, @response, @error,
                    @service, @method, @path, @duration, @attempt, @correlation, @body) RETURNING {OutgoingColumns};
                """,
                AdoRows.Outgoing,
                cancellationToken,
                ("@operation", entry.Operation),
                ("@summary", SecretRedactor.Redact(entry.RequestSummary)),
                ("@status", AdoValues.Name(entry.Status)),
                ("@at", AdoValues.Ticks(Now)),
                ("@entity", entry.Entity?.ToString()),
                ("@record", entry.RecordId),
                ("@http", entry.HttpStatus),
                ("@response", SecretRedactor.Redact(entry.Response)),
                ("@error", SecretRedactor.Redact(entry.Error)),
                ("@service", entry.Service?.ToString()),
                ("@method", entry.Method),
                ("@path", SecretRedactor.Redact(entry.Path)),
                ("@duration", entry.Duration?.Ticks),
                ("@attempt", entry.Attempt),
                ("@correlation", entry.CorrelationId),
                ("@body", SecretRedactor.Redact(entry.RequestBody))),
            cancellationToken).ConfigureAwait(false);
        return rows[0];
    }

    public async ValueTask<OutgoingLogEntry?> GetOutgoingAsync(long id, CancellationToken cancellationToken) =>
        await QueryFirstAsync($"SELECT {OutgoingColumns} FROM axhs.outgoing_log WHERE id = @id;", AdoRows.Outgoing, cancellationToken, ("@id", id)).ConfigureAwait(false);

    public async ValueTask<StorePage<OutgoingLogEntry>> QueryOutgoingAsync(OutgoingLogQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        StoreArguments.PageSize(query.PageSize, nameof(query));
        var before = StoreArguments.ParseToken(query.ContinuationToken);
        var where = new StringBuilder("WHERE 1 = 1");
        var parameters = new List<(string, object?)>();
        Filter(where, parameters, before, "id < @afterId", "@afterId");
        Filter(where, parameters, query.Entity?.ToString(), "entity = @entity", "@entity");
        Filter(where, parameters, query.Service?.ToString(), "service = @service", "@service");
        Filter(where, parameters, query.RecordId, "record_id = @record", "@record");
        Filter(where, parameters, query.Operation, "operation = @operation", "@operation");
        Filter(where, parameters, query.Status?.ToString(), "status = @status", "@status");
        Filter(where, parameters, query.From?.UtcTicks, "timestamp >= @from", "@from");
        Filter(where, parameters, query.Before?.UtcTicks, "timestamp < @before", "@before");
        Filter(where, parameters, query.Method?.ToUpperInvariant(), "upper(method) = @method", "@method");
        Filter(where, parameters, query.PathContains?.ToLowerInvariant(), Contains("coalesce(path, request_summary)", "@path"), "@path");
        Filter(where, parameters, query.HttpStatus, "http_status = @httpStatus", "@httpStatus");
        Filter(
            where,
            parameters,
            query.Text?.ToLowerInvariant(),
            $"({Contains("request_summary", "@text")} OR {Contains("coalesce(path, '')", "@text")} OR {Contains("coalesce(request_body, '')", "@text")}" +
            $" OR {Contains("coalesce(response, '')", "@text")} OR {Contains("coalesce(error, '')", "@text")})",
            "@text");
        parameters.Add(("@limit", query.PageSize + 1));
        var rows = await QueryAsync(
            $"SELECT {OutgoingColumns} FROM axhs.outgoing_log {where} ORDER BY id DESC LIMIT @limit;",
            AdoRows.Outgoing,
            cancellationToken,
            [.. parameters]).ConfigureAwait(false);
        return StoreArguments.Page(rows, query.PageSize, e => e.Id);
    }

    public async ValueTask<bool> DeleteOutgoingAsync(long id, CancellationToken cancellationToken) =>
        await ExecuteAsync("DELETE FROM axhs.outgoing_log WHERE id = @id;", cancellationToken, ("@id", id)).ConfigureAwait(false) > 0;

    public ValueTask<int> DeleteOutgoingOlderThanAsync(DateTimeOffset before, CancellationToken cancellationToken) =>
        ExecuteAsync("DELETE FROM axhs.outgoing_log WHERE timestamp < @before;", cancellationToken, ("@before", AdoValues.Ticks(before)));

    public ValueTask<int> DeleteOutgoingBeyondAsync(int keep, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(keep);
        return ExecuteAsync(
            "DELETE FROM axhs.outgoing_log WHERE id <= (SELECT id FROM axhs.outgoing_log ORDER BY id DESC LIMIT 1 OFFSET @keep);",
            cancellationToken,
            ("@keep", keep));
    }

    /// <summary>Whether the lower-cased <paramref name="text"/> contains the (lower-case) parameter: a plain substring, no pattern.</summary>
    private string Contains(string text, string parameter) => $"{PositionFunction}(lower({text}), {parameter}) > 0";
}
