namespace Axcelerate.HubSpot.HubSpotApi;

/// <summary>How to reach and authenticate with a HubSpot portal (<c>HubSpotIntegration:HubSpot</c>).</summary>
public sealed class HubSpotOptions
{
    /// <summary>The API root; <c>https://api.hubapi.com</c> unless pointed at the sandbox.</summary>
    public Uri BaseUrl { get; set; } = new("https://api.hubapi.com");

    /// <summary>A private-app or service-key token; leave empty when using OAuth.</summary>
    public string? AccessToken { get; set; }
}
