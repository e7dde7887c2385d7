namespace Axcelerate.HubSpot.HubSpotApi;

/// <summary>What to return when reading records.</summary>
public sealed class HubSpotGetOptions
{
    /// <summary>The properties to return; HubSpot's defaults when empty.</summary>
    public IList<string> Properties { get; init; } = [];

    /// <summary>
    /// Look the record up by this property instead of by record id: <c>email</c> (contacts; single get and batch read)
    /// or a <c>hasUniqueValue</c> property.
    /// </summary>
    public string? IdProperty { get; init; }

    /// <summary>Return archived records instead of live ones.</summary>
    public bool Archived { get; init; }
}
