namespace Axcelerate.HubSpot.HubSpotApi;

/// <summary>A batch upsert: create the record, or update the one whose unique property has this value.</summary>
public sealed class HubSpotObjectUpsert
{
    /// <summary>The unique value, e.g. an email address.</summary>
    public required string Id { get; init; }

    /// <summary>
    /// The property <see cref="Id"/> refers to: <c>email</c> (contacts) or a <c>hasUniqueValue</c> property; not
    /// <c>hs_object_id</c>.
    /// </summary>
    public required string IdProperty { get; init; }

    /// <summary>The property values to set.</summary>
    public IDictionary<string, string?> Properties { get; init; } = new Dictionary<string, string?>();

    /// <summary>The trace id HubSpot names in this input's error; defaults to the input's position.</summary>
    public string? ObjectWriteTraceId { get; init; }
}
