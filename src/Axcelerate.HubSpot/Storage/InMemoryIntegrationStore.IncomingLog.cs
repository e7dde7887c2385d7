namespace Axcelerate.HubSpot.Storage;

public sealed partial class InMemoryIntegrationStore
{
    private readonly SortedDictionary<long, IncomingLogEntry> _incoming = [];
    private readonly Dictionary<(long EventId, string SubscriptionType, string ObjectId), long> _incomingByEvent = [];
    private long _lastIncomingId;

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
        StoreArguments.IncomingQuery(query);
        var after = StoreArguments.ParseToken(query.ContinuationToken);
        lock (_gate)
        {
            var ordered = query.OldestFirst ? _incoming.Values.AsEnumerable() : _incoming.Values.Reverse();
            var rows = ordered
                .Where(e => after is null || (query.OldestFirst ? e.Id > after : e.Id < after))
                .Where(e => query.Status is null || e.Status == query.Status)
                .Where(e => query.SubscriptionType is null || e.SubscriptionType == query.SubscriptionType)
                .Where(e => query.ObjectType is null || e.ObjectType == query.ObjectType)
                .Where(e => query.ObjectId is null || e.ObjectId == query.ObjectId)
                .Where(e => query.ReceivedFrom is null || e.ReceivedAt >= query.ReceivedFrom)
                .Where(e => query.ReceivedBefore is null || e.ReceivedAt < query.ReceivedBefore)
                .Where(e => string.IsNullOrEmpty(query.Text) || Contains(e.Payload, query.Text) || Contains(e.Error, query.Text) || Contains(e.Result, query.Text))
                .Take(query.PageSize + 1)
                .ToList();
            return ValueTask.FromResult(StoreArguments.Page(rows, query.PageSize, e => e.Id));
        }

        static bool Contains(string? value, string text) => value is not null && value.Contains(text, StringComparison.OrdinalIgnoreCase);
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<IncomingLogEntry>> ClaimDueIncomingAsync(int maxCount, TimeSpan lease, CancellationToken cancellationToken = default)
    {
        StoreArguments.PageSize(maxCount, nameof(maxCount));
        StoreArguments.Lease(lease);
        lock (_gate)
        {
            var now = Now;

            // An entry whose object another live claim holds waits: one object's events go to one processor at a time.
            var busy = _incoming.Values
                .Where(e => e.Status == IncomingStatus.Processing && e.LeaseExpiresAt > now)
                .Select(ObjectKey)
                .ToHashSet();
            var due = _incoming.Values
                .Where(e => (e.Status == IncomingStatus.Pending && (e.NextAttemptAt is null || e.NextAttemptAt <= now)) || LeaseLapsed(e, now))
                .Where(e => !busy.Contains(ObjectKey(e)))
                .Take(maxCount)
                .ToList();
            var claimed = new List<IncomingLogEntry>(due.Count);
            foreach (var entry in due)
            {
                claimed.Add(Claim(entry, now, lease));
            }

            return ValueTask.FromResult<IReadOnlyList<IncomingLogEntry>>(claimed);
        }
    }

    // The object an entry is about: the object type (the subscription type's prefix) and its id.
    private static (string Type, string Id) ObjectKey(IncomingLogEntry entry)
    {
        var dot = entry.SubscriptionType.IndexOf('.', StringComparison.Ordinal);
        return (dot < 0 ? "" : entry.SubscriptionType[..(dot + 1)], entry.ObjectId);
    }

    /// <inheritdoc />
    public ValueTask<IncomingLogEntry?> TryClaimIncomingAsync(long id, TimeSpan lease, CancellationToken cancellationToken = default)
    {
        StoreArguments.Lease(lease);
        lock (_gate)
        {
            var now = Now;
            if (!_incoming.TryGetValue(id, out var entry) || (entry.Status != IncomingStatus.Pending && !LeaseLapsed(entry, now)))
            {
                return ValueTask.FromResult<IncomingLogEntry?>(null);
            }

            return ValueTask.FromResult<IncomingLogEntry?>(Claim(entry, now, lease));
        }
    }

    /// <inheritdoc />
    public ValueTask<bool> CompleteIncomingAsync(IncomingCompletion completion, CancellationToken cancellationToken = default)
    {
        StoreArguments.Completion(completion);
        var error = SecretRedactor.Redact(completion.Error);
        var result = SecretRedactor.Redact(completion.Result);
        lock (_gate)
        {
            if (!_incoming.TryGetValue(completion.Id, out var entry) || entry.Status != IncomingStatus.Processing || entry.Attempts != completion.Attempt)
            {
                return ValueTask.FromResult(false);
            }

            _incoming[entry.Id] = entry with
            {
                Status = completion.Status,
                Error = error,
                Result = result,
                NextAttemptAt = completion.Status == IncomingStatus.Pending ? completion.RetryAt?.ToUniversalTime() : null,
                LeaseExpiresAt = null,
                UpdatedAt = Now,
            };
            return ValueTask.FromResult(true);
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

            _incoming[id] = entry with { Status = status, Error = cleanError, NextAttemptAt = null, LeaseExpiresAt = null, UpdatedAt = Now };
            return ValueTask.FromResult(true);
        }
    }

    /// <inheritdoc />
    public ValueTask<bool> ResetIncomingAsync(long id, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            if (!_incoming.TryGetValue(id, out var entry) || entry.Status is not (IncomingStatus.Failed or IncomingStatus.Skipped))
            {
                return ValueTask.FromResult(false);
            }

            _incoming[id] = entry with { Status = IncomingStatus.Pending, Error = null, Result = null, NextAttemptAt = null, LeaseExpiresAt = null, UpdatedAt = Now };
            return ValueTask.FromResult(true);
        }
    }

    /// <inheritdoc />
    public ValueTask<bool> DeleteIncomingAsync(long id, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            var now = Now;
            if (!_incoming.TryGetValue(id, out var entry)
                || entry.Status == IncomingStatus.Deleted
                || (entry.Status == IncomingStatus.Processing && !LeaseLapsed(entry, now)))
            {
                return ValueTask.FromResult(false);
            }

            _incoming[id] = entry with { Status = IncomingStatus.Deleted, NextAttemptAt = null, LeaseExpiresAt = null, UpdatedAt = now };
            return ValueTask.FromResult(true);
        }
    }

    /// <inheritdoc />
    public ValueTask<int> DeleteIncomingOlderThanAsync(DateTimeOffset receivedBefore, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return ValueTask.FromResult(RemoveIncoming(_incoming.Values.Where(e => IsFinished(e) && e.ReceivedAt < receivedBefore).ToList()));
        }
    }

    /// <inheritdoc />
    public ValueTask<int> TrimIncomingAsync(int keepNewest, CancellationToken cancellationToken = default)
    {
        StoreArguments.KeepNewest(keepNewest);
        lock (_gate)
        {
            return ValueTask.FromResult(RemoveIncoming(_incoming.Values.Reverse().Skip(keepNewest).Where(IsFinished).ToList()));
        }
    }

    private static bool IsFinished(IncomingLogEntry entry) => entry.Status is not (IncomingStatus.Pending or IncomingStatus.Processing);

    private static bool LeaseLapsed(IncomingLogEntry entry, DateTimeOffset now) =>
        entry.Status == IncomingStatus.Processing && (entry.LeaseExpiresAt is null || entry.LeaseExpiresAt <= now);

    private IncomingLogEntry Claim(IncomingLogEntry entry, DateTimeOffset now, TimeSpan lease)
    {
        var claimed = entry with
        {
            Status = IncomingStatus.Processing,
            Attempts = entry.Attempts + 1,
            LeaseExpiresAt = now + lease,
            NextAttemptAt = null,
            UpdatedAt = now,
        };
        _incoming[entry.Id] = claimed;
        return claimed;
    }

    private int RemoveIncoming(List<IncomingLogEntry> entries)
    {
        foreach (var entry in entries)
        {
            _incoming.Remove(entry.Id);
            _incomingByEvent.Remove((entry.EventId, entry.SubscriptionType, entry.ObjectId));
        }

        return entries.Count;
    }
}
