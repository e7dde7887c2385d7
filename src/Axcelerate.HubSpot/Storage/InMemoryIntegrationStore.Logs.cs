namespace Axcelerate.HubSpot.Storage;

public sealed partial class InMemoryIntegrationStore
{
    private readonly SortedDictionary<long, IncomingLogEntry> _incoming = [];
    private readonly Dictionary<(long EventId, string SubscriptionType, string ObjectId), long> _incomingByEvent = [];
    private readonly SortedDictionary<long, OutgoingLogEntry> _outgoing = [];
    private long _lastIncomingId;
    private long _lastOutgoingId;

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<IncomingAppendResult>> AppendIncomingAsync(IReadOnlyList<NewIncomingEvent> events, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(events);
        foreach (var incoming in events)
        {
            StoreArguments.IncomingEvent(incoming);
        }

        var results = new List<IncomingAppendResult>(events.Count);
        lock (_gate)
        {
            var now = Now;
            foreach (var incoming in events)
            {
                var key = (incoming.EventId, incoming.SubscriptionType, incoming.ObjectId);
                if (_incomingByEvent.TryGetValue(key, out var existingId))
                {
                    results.Add(new IncomingAppendResult(_incoming[existingId], IsDuplicate: true));
                    continue;
                }

                var entry = new IncomingLogEntry(
                    ++_lastIncomingId,
                    incoming.EventId,
                    incoming.SubscriptionType,
                    incoming.ObjectId,
                    incoming.OccurredAt.ToUniversalTime(),
                    incoming.Payload,
                    IncomingStatus.Pending,
                    Attempts: 0,
                    ReceivedAt: now,
                    UpdatedAt: now)
                { PortalId = incoming.PortalId };
                _incoming[entry.Id] = entry;
                _incomingByEvent[key] = entry.Id;
                results.Add(new IncomingAppendResult(entry, IsDuplicate: false));
            }
        }

        return ValueTask.FromResult<IReadOnlyList<IncomingAppendResult>>(results);
    }

    /// <inheritdoc />
    public ValueTask<IncomingLogEntry?> GetIncomingAsync(long id, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return ValueTask.FromResult(_incoming.GetValueOrDefault(id));
        }
    }

    /// <inheritdoc />
    public ValueTask<StorePage<IncomingLogEntry>> QueryIncomingAsync(IncomingLogQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        StoreArguments.PageSize(query.PageSize, nameof(query));
        var after = StoreArguments.ParseToken(query.ContinuationToken);
        lock (_gate)
        {
            var ordered = query.OldestFirst ? _incoming.Values.AsEnumerable() : _incoming.Values.Reverse();
            var rows = ordered
                .Where(e => after is null || (query.OldestFirst ? e.Id > after : e.Id < after))
                .Where(e => query.Status is null || e.Status == query.Status)
                .Where(e => query.SubscriptionType is null || e.SubscriptionType == query.SubscriptionType)
                .Where(e => query.ObjectId is null || e.ObjectId == query.ObjectId)
                .Where(e => query.ReceivedFrom is null || e.ReceivedAt >= query.ReceivedFrom)
                .Where(e => query.ReceivedBefore is null || e.ReceivedAt < query.ReceivedBefore)
                .Take(query.PageSize + 1)
                .ToList();
            return ValueTask.FromResult(StoreArguments.Page(rows, query.PageSize, e => e.Id));
        }
    }

    /// <inheritdoc />
    public ValueTask<IncomingLogEntry?> TryClaimIncomingAsync(long id, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            if (!_incoming.TryGetValue(id, out var entry) || entry.Status != IncomingStatus.Pending)
            {
                return ValueTask.FromResult<IncomingLogEntry?>(null);
            }

            entry = entry with { Status = IncomingStatus.Processing, Attempts = entry.Attempts + 1, UpdatedAt = Now };
            _incoming[id] = entry;
            return ValueTask.FromResult<IncomingLogEntry?>(entry);
        }
    }

    /// <inheritdoc />
    public ValueTask<bool> MarkIncomingAsync(long id, IncomingStatus status, string? error = null, CancellationToken cancellationToken = default)
    {
        var cleanError = SecretRedactor.Redact(error);
        lock (_gate)
        {
            if (!_incoming.TryGetValue(id, out var entry))
            {
                return ValueTask.FromResult(false);
            }

            _incoming[id] = entry with { Status = status, Error = cleanError, UpdatedAt = Now };
            return ValueTask.FromResult(true);
        }
    }

    /// <inheritdoc />
    public ValueTask<bool> ResetIncomingAsync(long id, CancellationToken cancellationToken = default) =>
        MarkIncomingAsync(id, IncomingStatus.Pending, error: null, cancellationToken);

    /// <inheritdoc />
    public ValueTask<bool> DeleteIncomingAsync(long id, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            if (!_incoming.Remove(id, out var entry))
            {
                return ValueTask.FromResult(false);
            }

            _incomingByEvent.Remove((entry.EventId, entry.SubscriptionType, entry.ObjectId));
            return ValueTask.FromResult(true);
        }
    }

    /// <inheritdoc />
    public ValueTask<int> DeleteIncomingOlderThanAsync(DateTimeOffset receivedBefore, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            var old = _incoming.Values.Where(e => e.ReceivedAt < receivedBefore).ToList();
            foreach (var entry in old)
            {
                _incoming.Remove(entry.Id);
                _incomingByEvent.Remove((entry.EventId, entry.SubscriptionType, entry.ObjectId));
            }

            return ValueTask.FromResult(old.Count);
        }
    }

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
