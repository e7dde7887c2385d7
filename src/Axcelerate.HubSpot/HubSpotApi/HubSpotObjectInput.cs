namespace Axcelerate.HubSpot.HubSpotApi;

/// <summary>A record to create: its properties and, optionally, associations created with it.</summary>
public sealed class HubSpotObjectInput
{
    /// <summary>The property values to set, by internal name. An empty string clears a value.</summary>
    public IDictionary<string, string?> Properties { get; init; } = new Dictionary<string, string?>();

    /// <summary>Records to associate the new record with.</summary>
    public IList<HubSpotAssociationSpec> Associations { get; init; } = [];

    /// <summary>
    /// The trace id sent with this input; HubSpot names it in a failed input's error. When left empty the client sends
    /// the input's position in the batch (as a string). Successful results rarely echo it: see
    /// <see cref="HubSpotBatchResult{T}.ResultsByInput"/>.
    /// </summary>
    public string? ObjectWriteTraceId { get; init; }
}
