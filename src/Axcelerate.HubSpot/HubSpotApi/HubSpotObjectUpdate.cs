namespace Axcelerate.HubSpot.HubSpotApi;

/// <summary>A batch update: which record and the property values to set.</summary>
public sealed class HubSpotObjectUpdate
{
    /// <summary>The record id, or the value of <see cref="IdProperty"/> when that is set.</summary>
    public required string Id { get; init; }

    /// <summary>A unique-value property that <see cref="Id"/> refers to (e.g. <c>email</c>); null for the record id.</summary>
    public string? IdProperty { get; init; }

    /// <summary>The property values to set. An empty string clears a value.</summary>
    public IDictionary<string, string?> Properties { get; init; } = new Dictionary<string, string?>();

    /// <summary>An id echoed back in the result; defaults to the input's position.</summary>
    public string? ObjectWriteTraceId { get; init; }
}
