using System.Text;
using Axcelerate.HubSpot.Storage;
using Npgsql;

namespace Axcelerate.HubSpot.PostgreSql;

public sealed partial class PostgreSqlIntegrationStore
{
    private const string OutgoingColumns =
        "id, operation, request_summary, status, timestamp, entity, record_id, http_status, response, error, " +
        "service, method, path, duration_ticks, attempt, correlation_id, request_body";

    /// <inheritdoc />
    public async ValueTask<OutgoingLogEntry> AppendOutgoingAsync(NewOutgoingEntry entry, CancellationToken cancellationToken = default)
    {
        StoreArguments.OutgoingEntry(entry);
        var rows = await QueryOutgoingRowsAsync(
            $"""
            INSERT INTO axhs.outgoing_log (operation, request_summary, status, timestamp, entity, record_id, http_status, response, error,
                service, method, path, duration_ticks, attempt, correlation_id, request_body)
            VALUES (@operation, @summary, @status, @at, @entity, @record, @http, @response, @error,
                @service, @method, @path, @duration, @attempt, @correlation, @body) RETURNING {OutgoingColumns};
            """,
            cancellationToken,
            ("@operation", entry.Operation),
            ("@summary", SecretRedactor.Redact(entry.RequestSummary)),
            ("@status", PostgreSqlCommands.Name(entry.Status)),
            ("@at", PostgreSqlCommands.Ticks(Now)),
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
            ("@body", SecretRedactor.Redact(entry.RequestBody))).ConfigureAwait(false);
        return rows[0];
    }

    /// <inheritdoc />
    public async ValueTask<OutgoingLogEntry?> GetOutgoingAsync(long id, CancellationToken cancellationToken = default)
    {
        var rows = await QueryOutgoingRowsAsync($"SELECT {OutgoingColumns} FROM axhs.outgoing_log WHERE id = @id;", cancellationToken, ("@id", id)).ConfigureAwait(false);
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
        Filter(where, parameters, before, "id < @afterId", "@afterId");
        Filter(where, parameters, query.Entity?.ToString(), "entity = @entity", "@entity");
        Filter(where, parameters, query.Service?.ToString(), "service = @service", "@service");
        Filter(where, parameters, query.RecordId, "record_id = @record", "@record");
        Filter(where, parameters, query.Operation, "operation = @operation", "@operation");
        Filter(where, parameters, query.Status?.ToString(), "status = @status", "@status");
        Filter(where, parameters, query.From?.UtcTicks, "timestamp >= @from", "@from");
        Filter(where, parameters, query.Before?.UtcTicks, "timestamp < @before", "@before");
        Filter(where, parameters, query.Method?.ToUpperInvariant(), "upper(method) = @method", "@method");
        Filter(where, parameters, query.PathContains?.ToLowerInvariant(), "strpos(lower(coalesce(path, request_summary)), @path) > 0", "@path");
        Filter(where, parameters, query.HttpStatus, "http_status = @httpStatus", "@httpStatus");
        Filter(
            where,
            parameters,
            query.Text?.ToLowerInvariant(),
            "(strpos(lower(request_summary), @text) > 0 OR strpos(lower(coalesce(path, '')), @text) > 0 OR strpos(lower(coalesce(request_body, '')), @text) > 0" +
            " OR strpos(lower(coalesce(response, '')), @text) > 0 OR strpos(lower(coalesce(error, '')), @text) > 0)",
            "@text");
        parameters.Add(("@limit", query.PageSize + 1));
        var rows = await QueryOutgoingRowsAsync(
            $"SELECT {OutgoingColumns} FROM axhs.outgoing_log {where} ORDER BY id DESC LIMIT @limit;",
            cancellationToken,
            [.. parameters]).ConfigureAwait(false);
        return StoreArguments.Page(rows, query.PageSize, e => e.Id);
    }

    /// <inheritdoc />
    public async ValueTask<bool> DeleteOutgoingAsync(long id, CancellationToken cancellationToken = default) =>
        await ExecuteAsync("DELETE FROM axhs.outgoing_log WHERE id = @id;", cancellationToken, ("@id", id)).ConfigureAwait(false) > 0;

    /// <inheritdoc />
    public ValueTask<int> DeleteOutgoingOlderThanAsync(DateTimeOffset before, CancellationToken cancellationToken = default) =>
        ExecuteAsync("DELETE FROM axhs.outgoing_log WHERE timestamp < @before;", cancellationToken, ("@before", PostgreSqlCommands.Ticks(before)));

    /// <inheritdoc />
    public ValueTask<int> DeleteOutgoingBeyondAsync(int keep, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(keep);
        return ExecuteAsync(
            "DELETE FROM axhs.outgoing_log WHERE id <= (SELECT id FROM axhs.outgoing_log ORDER BY id DESC LIMIT 1 OFFSET @keep);",
            cancellationToken,
            ("@keep", keep));
    }

    private static void Filter(StringBuilder where, List<(string, object?)> parameters, object? value, string condition, string name)
    {
        if (value is not null)
        {
            where.Append(" AND ").Append(condition);
            parameters.Add((name, value));
        }
    }

    private async ValueTask<List<OutgoingLogEntry>> QueryOutgoingRowsAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        var rows = new List<OutgoingLogEntry>();
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var command = Command(connection, sql);
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
