namespace Axcelerate.HubSpot.Testing.DemoData;

/// <summary>How much demo data to seed, and how the two systems overlap. The same options always give the same data.</summary>
public sealed class DemoDataOptions
{
    /// <summary>The random seed behind every choice; change it for different, equally deterministic data.</summary>
    public int Seed { get; set; } = 20260301;

    /// <summary>HubSpot contacts to create.</summary>
    public int HubSpotContacts { get; set; } = 120;

    /// <summary>HubSpot companies to create.</summary>
    public int HubSpotCompanies { get; set; } = 30;

    /// <summary>HubSpot deals to create, each associated with a contact and, for most, a company.</summary>
    public int HubSpotDeals { get; set; } = 40;

    /// <summary>HubSpot owners (users) to create.</summary>
    public int HubSpotOwners { get; set; } = 5;

    /// <summary>aXcelerate contacts to create, including those that share an email with a HubSpot contact.</summary>
    public int AxcelerateContacts { get; set; } = 120;

    /// <summary>aXcelerate organisations to create.</summary>
    public int AxcelerateOrganisations { get; set; } = 30;

    /// <summary>
    /// aXcelerate users to create (with the Web Service user, more than the 10 rows <c>POST /users</c> returns, so a
    /// client that reads only one answer is caught); all but the last owner's email overlap with HubSpot owners, so one
    /// owner falls back to the Web Service user.
    /// </summary>
    public int AxcelerateUsers { get; set; } = 12;

    /// <summary>aXcelerate marketing opportunities to create.</summary>
    public int AxcelerateOpportunities { get; set; } = 30;

    /// <summary>The share (0 to 1) of aXcelerate contacts, organisations and opportunities that match a HubSpot record.</summary>
    public double OverlapShare { get; set; } = 0.5;

    /// <summary>How many extra aXcelerate contacts repeat the email of another aXcelerate contact (ambiguous matches).</summary>
    public int AxcelerateDuplicateEmails { get; set; } = 2;
}
