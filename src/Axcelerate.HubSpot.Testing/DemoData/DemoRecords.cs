namespace Axcelerate.HubSpot.Testing.DemoData;

/// <summary>A postal address in Australia.</summary>
/// <param name="Street">The street line.</param>
/// <param name="Suburb">The suburb or town.</param>
/// <param name="State">The state or territory code, such as <c>NSW</c>.</param>
/// <param name="Postcode">The four-digit postcode.</param>
public sealed record DemoAddress(string Street, string Suburb, string State, string Postcode);

/// <summary>A person in the demo data: a contact, an owner or a user.</summary>
/// <param name="GivenName">The given name.</param>
/// <param name="FamilyName">The family name.</param>
/// <param name="Email">The email address, as this system holds it (the other system may differ in case).</param>
/// <param name="Mobile">An Australian mobile number.</param>
/// <param name="WorkPhone">A landline number.</param>
/// <param name="Address">The home address.</param>
/// <param name="Position">The job title.</param>
/// <param name="OrganisationName">The employer's name.</param>
/// <param name="DateOfBirth">The date of birth.</param>
/// <param name="CustomFields">Custom field values by name, such as <c>usi</c> or <c>preferredCampus</c>.</param>
public sealed record DemoPerson(
    string GivenName,
    string FamilyName,
    string Email,
    string Mobile,
    string WorkPhone,
    DemoAddress Address,
    string Position,
    string OrganisationName,
    DateOnly DateOfBirth,
    IReadOnlyDictionary<string, string> CustomFields);

/// <summary>An organisation (aXcelerate) or company (HubSpot).</summary>
/// <param name="Name">The organisation's name.</param>
/// <param name="Domain">The web domain, such as <c>harbourtraining.com.au</c>.</param>
/// <param name="Phone">The main phone number.</param>
/// <param name="Address">The street address.</param>
public sealed record DemoOrganisation(string Name, string Domain, string Phone, DemoAddress Address);

/// <summary>A deal (HubSpot) or marketing opportunity (aXcelerate).</summary>
/// <param name="Name">The deal or task name.</param>
/// <param name="Amount">The value in AUD.</param>
/// <param name="CloseDate">The expected close date.</param>
/// <param name="StageIndex">The index of its stage in the first pipeline, or of its opportunity status.</param>
/// <param name="ContactIndex">The index of its contact in the same system's contact list.</param>
/// <param name="OrganisationIndex">The index of its company or organisation, or null.</param>
/// <param name="OwnerIndex">The index of its owner or user.</param>
public sealed record DemoDeal(string Name, decimal Amount, DateOnly CloseDate, int StageIndex, int ContactIndex, int? OrganisationIndex, int OwnerIndex);

/// <summary>The complete demo data of both systems, generated together so that they overlap as configured.</summary>
/// <param name="HubSpotContacts">HubSpot contacts.</param>
/// <param name="HubSpotCompanies">HubSpot companies.</param>
/// <param name="HubSpotDeals">HubSpot deals.</param>
/// <param name="HubSpotOwners">HubSpot owners.</param>
/// <param name="AxcelerateContacts">aXcelerate contacts.</param>
/// <param name="AxcelerateOrganisations">aXcelerate organisations.</param>
/// <param name="AxcelerateUsers">aXcelerate users.</param>
/// <param name="AxcelerateOpportunities">aXcelerate marketing opportunities.</param>
public sealed record DemoDataSet(
    IReadOnlyList<DemoPerson> HubSpotContacts,
    IReadOnlyList<DemoOrganisation> HubSpotCompanies,
    IReadOnlyList<DemoDeal> HubSpotDeals,
    IReadOnlyList<DemoPerson> HubSpotOwners,
    IReadOnlyList<DemoPerson> AxcelerateContacts,
    IReadOnlyList<DemoOrganisation> AxcelerateOrganisations,
    IReadOnlyList<DemoPerson> AxcelerateUsers,
    IReadOnlyList<DemoDeal> AxcelerateOpportunities);
