namespace Axcelerate.HubSpot.Storage;

/// <summary>Filters and paging for reading the incoming log. Unset filters match everything.</summary>
public sealed record IncomingLogQuery
{
    /// <summary>Only entries with this status.</summary>
    public IncomingStatus? Status { get; init; }

    /// <summary>Only entries with this subscription type (exact).</summary>
    public string? SubscriptionType { get; init; }

    /// <summary>Only entries about this HubSpot object type: the part of the subscription type before the dot (<c>contact</c>, <c>company</c>, <c>deal</c>).</summary>
    public string? ObjectType { get; init; }

    /// <summary>Only entries whose payload, error or result contains this text (case-insensitive).</summary>
    public string? Text { get; init; }

    /// <summary>Only entries about this HubSpot record.</summary>
    public string? ObjectId { get; init; }

    /// <summary>Only entries received at or after this time.</summary>
    public DateTimeOffset? ReceivedFrom { get; init; }

    /// <summary>Only entries received before this time.</summary>
    public DateTimeOffset? ReceivedBefore { get; init; }

    /// <summary>Oldest first (a processor's order) instead of newest first (an administrator's order).</summary>
    public bool OldestFirst { get; init; }

    /// <summary>Rows per page, 1 to 1000; 50 by default.</summary>
    public int PageSize { get; init; } = 50;

    /// <summary>The previous page's continuation token, or null for the first page.</summary>
    public string? ContinuationToken { get; init; }
}
