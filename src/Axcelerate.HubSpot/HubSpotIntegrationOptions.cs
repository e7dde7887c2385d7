using Axcelerate.HubSpot.AxcelerateApi;
using Axcelerate.HubSpot.HubSpotApi;

namespace Axcelerate.HubSpot;

/// <summary>
/// Everything the integration needs to reach both systems, bound from the <c>HubSpotIntegration</c> configuration
/// section (<c>HubSpotIntegration:HubSpot:*</c> and <c>HubSpotIntegration:Axcelerate:*</c>).
/// </summary>
public sealed class HubSpotIntegrationOptions
{
    /// <summary>The configuration section the options bind from by default.</summary>
    public const string SectionName = "HubSpotIntegration";

    /// <summary>How to reach and authenticate with the HubSpot portal.</summary>
    public HubSpotOptions HubSpot { get; set; } = new();

    /// <summary>How to reach and authenticate with the aXcelerate account.</summary>
    public AxcelerateOptions Axcelerate { get; set; } = new();
}
