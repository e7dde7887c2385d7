namespace Axcelerate.HubSpot.Storage;

public sealed partial class InMemoryIntegrationStore
{
    private readonly SortedDictionary<long, OutgoingLogEntry> _outgoing = [];
    private long _lastOutgoingId;

    /// <inheritdoc />
    public ValueTask<OutgoingLogEntry> AppendOutgoingAsync(NewOutgoingEntry entry, CancellationToken cancellationToken = default)
    {
        StoreArguments.OutgoingEntry(entry);
        var summary = SecretRedactor.Redact(entry.RequestSummary)!;
        var response = SecretRedactor.Redact(entry.Response);
        var error = SecretRedactor.Redact(entry.Error);
        lock (_gate)
        {
            var logged = new OutgoingLogEntry(++_lastOutgoingId, entry.Operation, summary, entry.Status, Now)
            {
                Entity = entry.Entity,
                RecordId = entry.RecordId,
                HttpStatus = entry.HttpStatus,
                Response = response,
                Error = error,
                Service = entry.Service,
                Method = entry.Method,
                Path = SecretRedactor.Redact(entry.Path),
                Duration = entry.Duration,
                Attempt = entry.Attempt,
                CorrelationId = entry.CorrelationId,
                RequestBody = SecretRedactor.Redact(entry.RequestBody),
            };
            _outgoing[logged.Id] = logged;
            return ValueTask.FromResult(logged);
        }
    }

    /// <inheritdoc />
    public ValueTask<OutgoingLogEntry?> GetOutgoingAsync(long id, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return ValueTask.FromResult(_outgoing.GetValueOrDefault(id));
        }
    }

    /// <inheritdoc />
    public ValueTask<StorePage<OutgoingLogEntry>> QueryOutgoingAsync(OutgoingLogQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        StoreArguments.PageSize(query.PageSize, nameof(query));
        var before = StoreArguments.ParseToken(query.ContinuationToken);
        lock (_gate)
        {
            var rows = _outgoing.Values.Reverse()
                .Where(e => before is null || e.Id < before)
                .Where(e => query.Entity is null || e.Entity == query.Entity)
                .Where(e => query.Service is null || e.Service == query.Service)
                .Where(e => query.RecordId is null || e.RecordId == query.RecordId)
                .Where(e => query.Operation is null || e.Operation == query.Operation)
                .Where(e => query.Status is null || e.Status == query.Status)
                .Where(e => query.From is null || e.Timestamp >= query.From)
                .Where(e => query.Before is null || e.Timestamp < query.Before)
                .Where(e => query.Method is null || string.Equals(e.Method, query.Method, StringComparison.OrdinalIgnoreCase))
                .Where(e => query.PathContains is null || (e.Path ?? e.RequestSummary).Contains(query.PathContains, StringComparison.OrdinalIgnoreCase))
                .Where(e => query.HttpStatus is null || e.HttpStatus == query.HttpStatus)
                .Where(e => query.Text is null || ContainsText(e, query.Text))
                .Take(query.PageSize + 1)
                .ToList();
            return ValueTask.FromResult(StoreArguments.Page(rows, query.PageSize, e => e.Id));
        }
    }

    /// <inheritdoc />
    public ValueTask<bool> DeleteOutgoingAsync(long id, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return ValueTask.FromResult(_outgoing.Remove(id));
        }
    }

    /// <inheritdoc />
    public ValueTask<int> DeleteOutgoingOlderThanAsync(DateTimeOffset before, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            var old = _outgoing.Values.Where(e => e.Timestamp < before).Select(e => e.Id).ToList();
            foreach (var id in old)
            {
                _outgoing.Remove(id);
            }

            return ValueTask.FromResult(old.Count);
        }
    }

    /// <inheritdoc />
    public ValueTask<int> DeleteOutgoingBeyondAsync(int keep, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(keep);
        lock (_gate)
        {
            var old = _outgoing.Keys.Reverse().Skip(keep).ToList();
            foreach (var id in old)
            {
                _outgoing.Remove(id);
            }

            return ValueTask.FromResult(old.Count);
        }
    }

    private static bool ContainsText(OutgoingLogEntry entry, string text) =>
        new[] { entry.RequestSummary, entry.Path, entry.RequestBody, entry.Response, entry.Error }
            .Any(field => field?.Contains(text, StringComparison.OrdinalIgnoreCase) == true);
}
