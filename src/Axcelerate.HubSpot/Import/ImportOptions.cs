namespace Axcelerate.HubSpot.Import;

/// <summary>How imports run: <see cref="HubSpotIntegrationOptions.Import"/>, bound from <c>HubSpotIntegration:Import</c>.</summary>
public sealed class ImportOptions
{
    /// <summary>The largest page HubSpot's list endpoint returns.</summary>
    public const int MaxPageSize = 100;

    /// <summary>HubSpot records per page, 1 to 100; 50 by default, as in aXcelerate's own import screen.</summary>
    public int PageSize { get; set; } = 50;
}
