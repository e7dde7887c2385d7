using Axcelerate.HubSpot.Mapping;

namespace Axcelerate.HubSpot.Storage;

/// <summary>One request to HubSpot in the outgoing log.</summary>
/// <param name="Id">The log's own id; newer entries have larger ids.</param>
/// <param name="Operation">What was done.</param>
/// <param name="RequestSummary">What was sent, without secrets.</param>
/// <param name="Status">How it ended.</param>
/// <param name="Timestamp">When it was logged (UTC).</param>
public sealed record OutgoingLogEntry(long Id, string Operation, string RequestSummary, OutgoingStatus Status, DateTimeOffset Timestamp)
{
    /// <summary>The kind of record, when the request is about one.</summary>
    public MappedEntity? Entity { get; init; }

    /// <summary>The record the request is about, when there is one.</summary>
    public string? RecordId { get; init; }

    /// <summary>The HTTP status HubSpot answered with, when it answered.</summary>
    public int? HttpStatus { get; init; }

    /// <summary>What HubSpot answered.</summary>
    public string? Response { get; init; }

    /// <summary>Why it failed; null on success.</summary>
    public string? Error { get; init; }
}
