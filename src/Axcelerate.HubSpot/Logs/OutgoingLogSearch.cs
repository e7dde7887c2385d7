using Axcelerate.HubSpot.Storage;

namespace Axcelerate.HubSpot.Logs;

/// <summary>What to look for in the outgoing log. Unset filters match everything; text matches are case-insensitive.</summary>
public sealed record OutgoingLogSearch
{
    /// <summary>Only requests logged at or after this time.</summary>
    public DateTimeOffset? From { get; init; }

    /// <summary>Only requests logged before this time.</summary>
    public DateTimeOffset? Before { get; init; }

    /// <summary>Only requests to this system.</summary>
    public RemoteService? Service { get; init; }

    /// <summary>Only requests with this HTTP method, e.g. <c>POST</c>.</summary>
    public string? Method { get; init; }

    /// <summary>Only requests whose path contains this text, e.g. <c>/contacts/batch/update</c>.</summary>
    public string? Path { get; init; }

    /// <summary>Only requests that ended this way.</summary>
    public OutgoingStatus? Status { get; init; }

    /// <summary>Only requests answered with this HTTP status, e.g. 400.</summary>
    public int? HttpStatus { get; init; }

    /// <summary>Only requests made for this operation, e.g. <c>contact.push</c> or <c>import</c>.</summary>
    public string? Operation { get; init; }

    /// <summary>Only requests about this kind of record.</summary>
    public MappedEntity? Entity { get; init; }

    /// <summary>Only requests about this record (its aXcelerate id, or its HubSpot id when it has none).</summary>
    public string? RecordId { get; init; }

    /// <summary>Only requests with this text in their summary, path, bodies or error, e.g. a property name or an email.</summary>
    public string? Text { get; init; }
}
