namespace Axcelerate.HubSpot.HubSpotApi;

/// <summary>A record to create: its properties and, optionally, associations created with it.</summary>
public sealed class HubSpotObjectInput
{
    /// <summary>The property values to set, by internal name. An empty string clears a value.</summary>
    public IDictionary<string, string?> Properties { get; init; } = new Dictionary<string, string?>();

    /// <summary>Records to associate the new record with.</summary>
    public IList<HubSpotAssociationSpec> Associations { get; init; } = [];

    /// <summary>
    /// An id echoed back in the batch result so the outcome can be tied to this input. When left empty the client
    /// sends the input's position in the batch (as a string).
    /// </summary>
    public string? ObjectWriteTraceId { get; init; }
}
