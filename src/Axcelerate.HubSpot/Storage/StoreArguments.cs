using System.Globalization;

namespace Axcelerate.HubSpot.Storage;

/// <summary>Argument checks and keyset-token handling shared by the store providers, so they fail alike.</summary>
internal static partial class StoreArguments
{
    /// <summary>The largest page any store query returns.</summary>
    public const int MaxPageSize = 1000;

    public static void PageSize(int pageSize, string paramName = "pageSize")
    {
        if (pageSize is < 1 or > MaxPageSize)
        {
            throw new ArgumentOutOfRangeException(paramName, pageSize, $"The page size must be between 1 and {MaxPageSize}.");
        }
    }

    public static void SyncKey(string syncKey, string paramName = "syncKey")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(syncKey, paramName);
        if (syncKey.Length > 1000)
        {
            throw new ArgumentOutOfRangeException(paramName, syncKey.Length, "A sync key is at most 1000 characters.");
        }
    }

    public static void AxcelerateId(long axcelerateId, string paramName = "axcelerateId")
    {
        if (axcelerateId <= 0)
        {
            throw new ArgumentOutOfRangeException(paramName, axcelerateId, "An aXcelerate id is a positive number.");
        }
    }

    /// <summary>Reads a keyset token; null means "from the start".</summary>
    public static long? ParseToken(string? continuationToken)
    {
        if (continuationToken is null)
        {
            return null;
        }

        if (!long.TryParse(continuationToken, NumberStyles.None, CultureInfo.InvariantCulture, out var key))
        {
            throw new ArgumentException($"'{continuationToken}' is not a continuation token returned by this store.", nameof(continuationToken));
        }

        return key;
    }

    public static string Token(long key) => key.ToString(CultureInfo.InvariantCulture);

    /// <summary>Builds a page from up to pageSize + 1 rows: the extra row only says that more follow.</summary>
    public static StorePage<T> Page<T>(List<T> rows, int pageSize, Func<T, long> key)
    {
        if (rows.Count <= pageSize)
        {
            return new StorePage<T>(rows, null);
        }

        rows.RemoveAt(rows.Count - 1);
        return new StorePage<T>(rows, Token(key(rows[^1])));
    }

    public static void MappingsBelongTo(MappedEntity entity, IReadOnlyList<Mapping.FieldMapping> mappings, string paramName)
    {
        ArgumentNullException.ThrowIfNull(mappings, paramName);
        foreach (var mapping in mappings)
        {
            ArgumentNullException.ThrowIfNull(mapping, paramName);
            if (mapping.Entity != entity)
            {
                throw new ArgumentException($"The mapping {mapping.AxcelerateField} → {mapping.HubSpotProperty} belongs to {mapping.Entity}, not {entity}.", paramName);
            }

            FieldMapping(mapping, paramName);
        }
    }

    public static void FieldMapping(Mapping.FieldMapping mapping, string paramName = "mapping")
    {
        ArgumentNullException.ThrowIfNull(mapping, paramName);
        if (string.IsNullOrWhiteSpace(mapping.AxcelerateField) || string.IsNullOrWhiteSpace(mapping.HubSpotProperty))
        {
            throw new ArgumentException("A field mapping needs both an aXcelerate field and a HubSpot property.", paramName);
        }
    }

    public static void DealStageEntries(IReadOnlyList<DealStageMapEntry> entries, string paramName = "entries")
    {
        ArgumentNullException.ThrowIfNull(entries, paramName);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            ArgumentNullException.ThrowIfNull(entry, paramName);
            ArgumentException.ThrowIfNullOrWhiteSpace(entry.StageId, paramName);
            if (!seen.Add(entry.StageId))
            {
                throw new ArgumentException($"The deal stage '{entry.StageId}' is mapped more than once.", paramName);
            }
        }
    }

    public static void IncomingEvent(NewIncomingEvent incoming, string paramName = "events")
    {
        ArgumentNullException.ThrowIfNull(incoming, paramName);
        ArgumentException.ThrowIfNullOrWhiteSpace(incoming.SubscriptionType, paramName);
        ArgumentException.ThrowIfNullOrWhiteSpace(incoming.ObjectId, paramName);
        ArgumentNullException.ThrowIfNull(incoming.Payload, paramName);
    }

    public static void IncomingQuery(IncomingLogQuery query, string paramName = "query")
    {
        if (query.ObjectType is { } type && (type.Length == 0 || !type.All(c => char.IsAsciiLetterOrDigit(c) || c == '_')))
        {
            throw new ArgumentException($"IncomingLogQuery.ObjectType '{type}' is not an object type such as contact, company or deal.", paramName);
        }
    }

    public static void Lease(TimeSpan lease, string paramName = "lease")
    {
        if (lease <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(paramName, lease, "A claim's lease must be longer than zero.");
        }
    }

    public static void KeepNewest(int keepNewest, string paramName = "keepNewest")
    {
        if (keepNewest < 1)
        {
            throw new ArgumentOutOfRangeException(paramName, keepNewest, "Retention by count keeps at least 1 entry.");
        }
    }

    public static void Completion(IncomingCompletion completion, string paramName = "completion")
    {
        ArgumentNullException.ThrowIfNull(completion, paramName);
        if (completion.Status is IncomingStatus.Processing or IncomingStatus.Deleted)
        {
            throw new ArgumentException($"An attempt ends Succeeded, Failed, Skipped or Pending (to retry), not {completion.Status}.", paramName);
        }
    }

    public static void OutgoingEntry(NewOutgoingEntry entry, string paramName = "entry")
    {
        ArgumentNullException.ThrowIfNull(entry, paramName);
        ArgumentException.ThrowIfNullOrWhiteSpace(entry.Operation, paramName);
        ArgumentNullException.ThrowIfNull(entry.RequestSummary, paramName);
    }

    public static string LinkConflict(MappedEntity entity, long axcelerateId, string hubSpotId, RecordLink? byAxcelerate, RecordLink? byHubSpot) =>
        byAxcelerate is not null && byAxcelerate.HubSpotId != hubSpotId
            ? $"Cannot link aXcelerate {entity} {axcelerateId} to HubSpot record {hubSpotId}: the aXcelerate record is already linked to HubSpot record {byAxcelerate.HubSpotId}."
            : $"Cannot link aXcelerate {entity} {axcelerateId} to HubSpot record {hubSpotId}: the HubSpot record is already linked to aXcelerate {entity} {byHubSpot?.AxcelerateId}.";
}
