using Axcelerate.HubSpot.AxcelerateApi.Internal;

namespace Axcelerate.HubSpot.AxcelerateApi;

/// <summary>
/// The fields to send when creating or updating a contact. Only properties that are not <see langword="null"/> are
/// sent; set a property to <c>""</c> to clear it in aXcelerate. Fields without a property go in
/// <see cref="AdditionalParameters"/> under their documented parameter name.
/// </summary>
public sealed class AxcelerateContactWrite
{
    /// <summary><c>givenName</c> (required on create, max 40 characters).</summary>
    public string? GivenName { get; set; }

    /// <summary><c>surname</c> (required on create, max 40 characters).</summary>
    public string? Surname { get; set; }

    /// <summary><c>middleName</c>.</summary>
    public string? MiddleName { get; set; }

    /// <summary><c>title</c>.</summary>
    public string? Title { get; set; }

    /// <summary><c>emailAddress</c>.</summary>
    public string? EmailAddress { get; set; }

    /// <summary><c>EmailAddressAlternative</c>.</summary>
    public string? EmailAddressAlternative { get; set; }

    /// <summary><c>ContactActive</c>.</summary>
    public bool? ContactActive { get; set; }

    /// <summary><c>dob</c> (sent as <c>yyyy-MM-dd</c>).</summary>
    public DateOnly? DateOfBirth { get; set; }

    /// <summary><c>sex</c>: M, F or X.</summary>
    public string? Sex { get; set; }

    /// <summary><c>phone</c> (home).</summary>
    public string? Phone { get; set; }

    /// <summary><c>mobilephone</c>.</summary>
    public string? MobilePhone { get; set; }

    /// <summary><c>workphone</c>.</summary>
    public string? WorkPhone { get; set; }

    /// <summary><c>fax</c>.</summary>
    public string? Fax { get; set; }

    /// <summary><c>organisation</c> (name).</summary>
    public string? Organisation { get; set; }

    /// <summary><c>orgId</c>: the primary organisation.</summary>
    public long? OrganisationId { get; set; }

    /// <summary><c>orgIds</c>: up to five organisations; overwrites the contact's non-primary organisations.</summary>
    public IReadOnlyList<long>? OrganisationIds { get; set; }

    /// <summary><c>position</c>.</summary>
    public string? Position { get; set; }

    /// <summary><c>section</c>.</summary>
    public string? Section { get; set; }

    /// <summary><c>division</c>.</summary>
    public string? Division { get; set; }

    /// <summary><c>address1</c> (postal).</summary>
    public string? Address1 { get; set; }

    /// <summary><c>address2</c> (postal).</summary>
    public string? Address2 { get; set; }

    /// <summary><c>city</c> (postal).</summary>
    public string? City { get; set; }

    /// <summary><c>state</c> (postal): only NSW, VIC, QLD, SA, WA, TAS, NT, ACT, OTH or OVS are accepted by aXcelerate.</summary>
    public string? State { get; set; }

    /// <summary><c>postcode</c> (postal).</summary>
    public string? Postcode { get; set; }

    /// <summary><c>country</c> (postal).</summary>
    public string? Country { get; set; }

    /// <summary><c>saddress1</c> (street).</summary>
    public string? StreetAddress1 { get; set; }

    /// <summary><c>saddress2</c> (street).</summary>
    public string? StreetAddress2 { get; set; }

    /// <summary><c>scity</c> (street).</summary>
    public string? StreetCity { get; set; }

    /// <summary><c>sstate</c> (street), same whitelist as <see cref="State"/>.</summary>
    public string? StreetState { get; set; }

    /// <summary><c>spostcode</c> (street).</summary>
    public string? StreetPostcode { get; set; }

    /// <summary><c>scountry</c> (street).</summary>
    public string? StreetCountry { get; set; }

    /// <summary><c>USI</c>.</summary>
    public string? Usi { get; set; }

    /// <summary><c>optionalID</c>.</summary>
    public string? OptionalId { get; set; }

    /// <summary><c>SourceCodeID</c> (see <see cref="IAxcelerateContactsClient.GetSourcesAsync"/>).</summary>
    public long? SourceCodeId { get; set; }

    /// <summary><c>categoryIDs</c>: adds these categories (never removes).</summary>
    public IReadOnlyList<long>? CategoryIds { get; set; }

    /// <summary><c>domainIDs</c>: overwrites the contact's domains.</summary>
    public IReadOnlyList<long>? DomainIds { get; set; }

    /// <summary>Custom field values by variable name, sent as <c>customField_{name}</c>; a null value clears the field.</summary>
    public IReadOnlyDictionary<string, string?>? CustomFields { get; set; }

    /// <summary>
    /// Any other documented parameter by its exact name and casing (e.g. <c>CountryofBirthID</c>, <c>EmergencyContact</c>);
    /// a null value is sent empty.
    /// </summary>
    public IReadOnlyDictionary<string, string?>? AdditionalParameters { get; set; }

    internal AxcelerateForm ToForm() => new AxcelerateForm()
        .Add("givenName", GivenName)
        .Add("surname", Surname)
        .Add("middleName", MiddleName)
        .Add("title", Title)
        .Add("emailAddress", EmailAddress)
        .Add("EmailAddressAlternative", EmailAddressAlternative)
        .Add("ContactActive", ContactActive)
        .Add("dob", DateOfBirth)
        .Add("sex", Sex)
        .Add("phone", Phone)
        .Add("mobilephone", MobilePhone)
        .Add("workphone", WorkPhone)
        .Add("fax", Fax)
        .Add("organisation", Organisation)
        .Add("orgId", OrganisationId)
        .AddList("orgIds", OrganisationIds)
        .Add("position", Position)
        .Add("section", Section)
        .Add("division", Division)
        .Add("address1", Address1)
        .Add("address2", Address2)
        .Add("city", City)
        .Add("state", State)
        .Add("postcode", Postcode)
        .Add("country", Country)
        .Add("saddress1", StreetAddress1)
        .Add("saddress2", StreetAddress2)
        .Add("scity", StreetCity)
        .Add("sstate", StreetState)
        .Add("spostcode", StreetPostcode)
        .Add("scountry", StreetCountry)
        .Add("USI", Usi)
        .Add("optionalID", OptionalId)
        .Add("SourceCodeID", SourceCodeId)
        .AddList("categoryIDs", CategoryIds)
        .AddList("domainIDs", DomainIds)
        .AddCustomFields(CustomFields)
        .AddRaw(AdditionalParameters);
}
