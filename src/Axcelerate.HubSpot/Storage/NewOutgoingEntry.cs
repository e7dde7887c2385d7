using Axcelerate.HubSpot.Mapping;

namespace Axcelerate.HubSpot.Storage;

/// <summary>A request the integration sent to HubSpot, before it is logged.</summary>
/// <param name="Operation">What was done, e.g. <c>contact.create</c> or <c>contacts.batch.upsert</c>.</param>
/// <param name="RequestSummary">What was sent (method, path, changed properties) without any secret; the store redacts anything that looks like one.</param>
/// <param name="Status">How it ended.</param>
public sealed record NewOutgoingEntry(string Operation, string RequestSummary, OutgoingStatus Status)
{
    /// <summary>The kind of record, when the request is about one.</summary>
    public MappedEntity? Entity { get; init; }

    /// <summary>The record the request is about (the aXcelerate id, or the HubSpot id when there is none), when there is one.</summary>
    public string? RecordId { get; init; }

    /// <summary>The HTTP status HubSpot answered with, when it answered.</summary>
    public int? HttpStatus { get; init; }

    /// <summary>What HubSpot answered (shortened by the writer as it sees fit).</summary>
    public string? Response { get; init; }

    /// <summary>Why it failed; null on success.</summary>
    public string? Error { get; init; }
}
