namespace Axcelerate.HubSpot.HubSpotApi;

/// <summary>What to return when listing records.</summary>
public sealed class HubSpotListOptions
{
    /// <summary>HubSpot's maximum page size for list endpoints.</summary>
    public const int MaxPageSize = 100;

    /// <summary>Records per request, 1 to 100 (default 100).</summary>
    public int PageSize { get; init; } = MaxPageSize;

    /// <summary>The properties to return; HubSpot's defaults when empty.</summary>
    public IList<string> Properties { get; init; } = [];

    /// <summary>List archived records instead of live ones.</summary>
    public bool Archived { get; init; }
}
