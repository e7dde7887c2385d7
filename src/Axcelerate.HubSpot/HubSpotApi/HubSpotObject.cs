namespace Axcelerate.HubSpot.HubSpotApi;

/// <summary>A CRM record (contact, company, deal, engagement or custom object) as HubSpot returns it.</summary>
public sealed class HubSpotObject
{
    /// <summary>The record id (HubSpot's <c>hs_object_id</c>).</summary>
    public string Id { get; init; } = "";

    /// <summary>The requested property values; HubSpot sends every value as a string (or null).</summary>
    public IReadOnlyDictionary<string, string?> Properties { get; init; } = new Dictionary<string, string?>();

    /// <summary>When the record was created.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>When the record last changed.</summary>
    public DateTimeOffset? UpdatedAt { get; init; }

    /// <summary>Whether the record is archived (deleted).</summary>
    public bool Archived { get; init; }

    /// <summary>When the record was archived.</summary>
    public DateTimeOffset? ArchivedAt { get; init; }

    /// <summary>
    /// The trace id of a batch input when HubSpot echoes it. HubSpot usually does not echo it on successful results (only
    /// errors carry it), so use <see cref="HubSpotBatchResult{T}.ResultsByInput"/> to tie results to inputs.
    /// </summary>
    public string? ObjectWriteTraceId { get; init; }

    /// <summary>True on batch upsert results when the record was created rather than updated.</summary>
    public bool? New { get; init; }

    /// <summary>Reads a property value, or null when it is absent.</summary>
    /// <param name="name">The internal property name, e.g. <c>email</c>.</param>
    /// <returns>The value, or null.</returns>
    public string? GetProperty(string name) => Properties.TryGetValue(name, out var value) ? value : null;

    /// <inheritdoc />
    public override string ToString() => $"HubSpotObject {{ Id = {Id} }}";
}
