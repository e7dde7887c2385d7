namespace Axcelerate.HubSpot.Testing.HubSpot.Objects;

/// <summary>A snapshot of one CRM record as the sandbox holds it.</summary>
/// <param name="ObjectType">The record's type.</param>
/// <param name="Id">The record id.</param>
/// <param name="Properties">Every property value the record has, as strings (HubSpot stores all values as strings).</param>
/// <param name="CreatedAt">When it was created (sandbox clock).</param>
/// <param name="UpdatedAt">When it was last changed (sandbox clock).</param>
/// <param name="Archived">Whether it was archived (deleted or merged away).</param>
/// <param name="MergedIntoId">The record this one was merged into, if any.</param>
public sealed record HubSpotRecord(
    HubSpotObjectType ObjectType,
    string Id,
    IReadOnlyDictionary<string, string> Properties,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    bool Archived,
    string? MergedIntoId)
{
    /// <summary>Reads a property value, or null when it is not set.</summary>
    /// <param name="name">The property name.</param>
    /// <returns>The value or null.</returns>
    public string? this[string name] => Properties.TryGetValue(name, out var value) ? value : null;
}
