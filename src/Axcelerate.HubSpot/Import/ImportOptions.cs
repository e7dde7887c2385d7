namespace Axcelerate.HubSpot.Import;

/// <summary>How imports run: <see cref="HubSpotIntegrationOptions.Import"/>, bound from <c>HubSpotIntegration:Import</c>.</summary>
public sealed class ImportOptions
{
    /// <summary>The largest page HubSpot's list endpoint returns.</summary>
    public const int MaxPageSize = 100;

    /// <summary>The HubSpot property (on contacts, companies and deals) that carries the linked aXcelerate id.</summary>
    public const string AxcelerateIdProperty = "axcelerate_id";

    /// <summary>HubSpot records per page, 1 to 100; 50 by default, as in aXcelerate's own import screen.</summary>
    public int PageSize { get; set; } = 50;

    /// <summary>
    /// Whether the import writes the aXcelerate id of every record it links or creates to the HubSpot property
    /// <see cref="AxcelerateIdProperty"/> (created, unique-valued, when missing), so that
    /// <see cref="IImportOrchestrator.RebuildLinksAsync"/> can restore the links after the store is lost. On by default.
    /// </summary>
    public bool WriteAxcelerateIdToHubSpot { get; set; } = true;
}
