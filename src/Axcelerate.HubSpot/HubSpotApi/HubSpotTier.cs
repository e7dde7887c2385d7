namespace Axcelerate.HubSpot.HubSpotApi;

/// <summary>A HubSpot subscription tier; decides how many requests per 10 seconds the client allows itself.</summary>
public enum HubSpotTier
{
    /// <summary>Free: 100 requests per 10 seconds.</summary>
    Free,

    /// <summary>Starter: 100 requests per 10 seconds.</summary>
    Starter,

    /// <summary>Professional: 190 requests per 10 seconds.</summary>
    Professional,

    /// <summary>Enterprise: 190 requests per 10 seconds.</summary>
    Enterprise,

    /// <summary>With the API limit increase pack: 250 requests per 10 seconds.</summary>
    ApiLimitIncrease,
}
