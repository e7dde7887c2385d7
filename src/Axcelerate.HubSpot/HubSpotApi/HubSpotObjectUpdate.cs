namespace Axcelerate.HubSpot.HubSpotApi;

/// <summary>A batch update: which record and the property values to set.</summary>
public sealed class HubSpotObjectUpdate
{
    /// <summary>The record id, or the value of <see cref="IdProperty"/> when that is set.</summary>
    public required string Id { get; init; }

    /// <summary>
    /// A <c>hasUniqueValue</c> property that <see cref="Id"/> refers to; null for the record id. HubSpot refuses
    /// <c>email</c> here (batch update cannot go by email): update by email with
    /// <see cref="IHubSpotObjectClient.UpdateAsync"/> or <see cref="IHubSpotObjectClient.BatchUpsertAsync"/>.
    /// </summary>
    public string? IdProperty { get; init; }

    /// <summary>The property values to set. An empty string clears a value.</summary>
    public IDictionary<string, string?> Properties { get; init; } = new Dictionary<string, string?>();

    /// <summary>The trace id HubSpot names in this input's error; defaults to the input's position.</summary>
    public string? ObjectWriteTraceId { get; init; }
}
