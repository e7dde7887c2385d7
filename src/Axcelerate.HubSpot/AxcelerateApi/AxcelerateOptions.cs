namespace Axcelerate.HubSpot.AxcelerateApi;

/// <summary>How to reach and authenticate with an aXcelerate account (<c>HubSpotIntegration:Axcelerate</c>).</summary>
public sealed class AxcelerateOptions
{
    /// <summary>The account's API root, <c>https://{sub}.app.axcelerate.com/api</c>.</summary>
    public Uri? BaseUrl { get; set; }
}
