namespace Axcelerate.HubSpot.Storage;

/// <summary>Filters and paging for reading the outgoing log, newest first. Unset filters match everything.</summary>
public sealed record OutgoingLogQuery
{
    /// <summary>Only entries about this kind of record.</summary>
    public MappedEntity? Entity { get; init; }

    /// <summary>Only entries of requests to this system.</summary>
    public RemoteService? Service { get; init; }

    /// <summary>Only entries about this record.</summary>
    public string? RecordId { get; init; }

    /// <summary>Only entries with this operation (exact).</summary>
    public string? Operation { get; init; }

    /// <summary>Only entries with this status.</summary>
    public OutgoingStatus? Status { get; init; }

    /// <summary>Only entries logged at or after this time.</summary>
    public DateTimeOffset? From { get; init; }

    /// <summary>Only entries logged before this time.</summary>
    public DateTimeOffset? Before { get; init; }

    /// <summary>Only entries of requests with this HTTP method (e.g. <c>POST</c>, case-insensitive).</summary>
    public string? Method { get; init; }

    /// <summary>Only entries whose path contains this text (case-insensitive).</summary>
    public string? PathContains { get; init; }

    /// <summary>Only entries the remote system answered with this HTTP status.</summary>
    public int? HttpStatus { get; init; }

    /// <summary>
    /// Only entries containing this text (case-insensitive) in the request summary, path, request body, response or
    /// error, e.g. a property name or an email address.
    /// </summary>
    public string? Text { get; init; }

    /// <summary>Rows per page, 1 to 1000; 50 by default.</summary>
    public int PageSize { get; init; } = 50;

    /// <summary>The previous page's continuation token, or null for the first page.</summary>
    public string? ContinuationToken { get; init; }
}
