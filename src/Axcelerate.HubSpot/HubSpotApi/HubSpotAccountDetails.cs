namespace Axcelerate.HubSpot.HubSpotApi;

/// <summary>The connected HubSpot account, as its account-info details endpoint describes it.</summary>
public sealed class HubSpotAccountDetails
{
    /// <summary>The account's id (the "Hub ID"), part of every record address in HubSpot's UI.</summary>
    public long PortalId { get; init; }

    /// <summary>The kind of account, e.g. <c>STANDARD</c>, <c>SANDBOX</c>, <c>DEVELOPER_TEST</c>.</summary>
    public string? AccountType { get; init; }

    /// <summary>The account's time zone, e.g. <c>Australia/Sydney</c>.</summary>
    public string? TimeZone { get; init; }

    /// <summary>The account's company currency, e.g. <c>AUD</c>.</summary>
    public string? CompanyCurrency { get; init; }

    /// <summary>The host of HubSpot's UI for the account, e.g. <c>app.hubspot.com</c> or <c>app-eu1.hubspot.com</c>.</summary>
    public string? UiDomain { get; init; }

    /// <summary>Where the account's data is hosted, e.g. <c>na1</c> or <c>eu1</c>.</summary>
    public string? DataHostingLocation { get; init; }
}
