namespace Axcelerate.HubSpot.Storage;

/// <summary>A request the integration sent to HubSpot or aXcelerate, before it is logged.</summary>
/// <param name="Operation">What was done, e.g. <c>contact.create</c> or <c>contacts.batch.upsert</c>.</param>
/// <param name="RequestSummary">What was sent (method, path, changed properties) without any secret; the store redacts anything that looks like one.</param>
/// <param name="Status">How it ended.</param>
public sealed record NewOutgoingEntry(string Operation, string RequestSummary, OutgoingStatus Status)
{
    /// <summary>The kind of record, when the request is about one.</summary>
    public MappedEntity? Entity { get; init; }

    /// <summary>The record the request is about (the aXcelerate id, or the HubSpot id when there is none), when there is one.</summary>
    public string? RecordId { get; init; }

    /// <summary>The HTTP status the remote system answered with, when it answered.</summary>
    public int? HttpStatus { get; init; }

    /// <summary>What the remote system answered (the response body, secrets removed, shortened by the writer as it sees fit).</summary>
    public string? Response { get; init; }

    /// <summary>Why it failed; null on success.</summary>
    public string? Error { get; init; }

    /// <summary>The system the request went to; null for entries written before it was recorded.</summary>
    public RemoteService? Service { get; init; }

    /// <summary>The HTTP method, e.g. <c>POST</c>.</summary>
    public string? Method { get; init; }

    /// <summary>The request path and query, with secrets removed.</summary>
    public string? Path { get; init; }

    /// <summary>How long the attempt took, from sending the request to reading the response.</summary>
    public TimeSpan? Duration { get; init; }

    /// <summary>Which attempt of the call this was: 1 for the first, more for retries.</summary>
    public int? Attempt { get; init; }

    /// <summary>The remote service's id for the request (HubSpot's <c>X-HubSpot-Correlation-Id</c>), when it sent one.</summary>
    public string? CorrelationId { get; init; }

    /// <summary>What was sent (the request body, secrets removed, possibly truncated); null when bodies are not recorded.</summary>
    public string? RequestBody { get; init; }
}
