using System.Text.Json.Serialization;

namespace Axcelerate.HubSpot.AxcelerateApi;

/// <summary>
/// An aXcelerate contact (GET <c>/contact/{id}</c>, <c>/contacts/search</c>). Empty strings arrive as
/// <see langword="null"/>. Fields without a property are still readable through <see cref="AxcelerateRecord.GetFieldText"/>.
/// </summary>
public sealed class AxcelerateContact : AxcelerateRecord
{
    private AxcelerateCustomFieldDictionary? _customFields;

    /// <summary>The contact id (<c>CONTACTID</c>).</summary>
    public long ContactId { get; init; }

    /// <summary>Given (first) name.</summary>
    public string? GivenName { get; init; }

    /// <summary>Surname.</summary>
    public string? Surname { get; init; }

    /// <summary>Preferred name.</summary>
    public string? PreferredName { get; init; }

    /// <summary>Middle name(s).</summary>
    public string? MiddleName { get; init; }

    /// <summary>Title / salutation.</summary>
    public string? Title { get; init; }

    /// <summary>Primary email address.</summary>
    public string? EmailAddress { get; init; }

    /// <summary>Alternative email address.</summary>
    public string? EmailAddressAlternative { get; init; }

    /// <summary>Sex: M, F or X.</summary>
    public string? Sex { get; init; }

    /// <summary>Date of birth (<c>DOB</c>), a calendar date with no time zone.</summary>
    [JsonPropertyName("DOB")]
    public DateOnly? DateOfBirth { get; init; }

    /// <summary>Unique Student Identifier.</summary>
    public string? Usi { get; init; }

    /// <summary>Whether the USI was verified.</summary>
    [JsonPropertyName("USI_VERIFIED")]
    public bool? UsiVerified { get; init; }

    /// <summary>Whether the contact is exempt from the USI.</summary>
    [JsonPropertyName("USI_EXEMPTION")]
    public bool? UsiExemption { get; init; }

    /// <summary>Learner Unique Identifier (QLD).</summary>
    public string? Lui { get; init; }

    /// <summary>Whether a tax file number is recorded.</summary>
    [JsonPropertyName("TFN_RECORDED")]
    public bool? TfnRecorded { get; init; }

    /// <summary>The account's own optional id (numbers arrive as text).</summary>
    public string? OptionalId { get; init; }

    /// <summary>Whether the contact is active (<c>CONTACTACTIVE</c>, when returned).</summary>
    public bool? ContactActive { get; init; }

    /// <summary>Position within the organisation.</summary>
    public string? Position { get; init; }

    /// <summary>Section within the organisation.</summary>
    public string? Section { get; init; }

    /// <summary>Division within the organisation.</summary>
    public string? Division { get; init; }

    /// <summary>The primary organisation's name.</summary>
    public string? Organisation { get; init; }

    /// <summary>The primary organisation id.</summary>
    [JsonPropertyName("ORGID")]
    public long? OrganisationId { get; init; }

    /// <summary>All organisation ids of the contact.</summary>
    [JsonPropertyName("ORGIDS")]
    public IReadOnlyList<long> OrganisationIds { get; init; } = [];

    /// <summary>Postal address line 1.</summary>
    public string? Address1 { get; init; }

    /// <summary>Postal address line 2.</summary>
    public string? Address2 { get; init; }

    /// <summary>Postal suburb / city.</summary>
    public string? City { get; init; }

    /// <summary>Postal state (NSW, VIC, QLD, SA, WA, TAS, NT, ACT, OTH, OVS).</summary>
    public string? State { get; init; }

    /// <summary>Postal postcode.</summary>
    public string? Postcode { get; init; }

    /// <summary>Postal country.</summary>
    public string? Country { get; init; }

    /// <summary>Postal country SACC code (AVETMISS 7 fields, only when populated).</summary>
    public int? CountryId { get; init; }

    /// <summary>Postal building name (AVETMISS 7).</summary>
    public string? BuildingName { get; init; }

    /// <summary>Postal unit number (AVETMISS 7).</summary>
    public string? UnitNo { get; init; }

    /// <summary>Postal street number (AVETMISS 7).</summary>
    public string? StreetNo { get; init; }

    /// <summary>Postal street name (AVETMISS 7).</summary>
    public string? StreetName { get; init; }

    /// <summary>Postal PO box (AVETMISS 7).</summary>
    [JsonPropertyName("POBOX")]
    public string? PoBox { get; init; }

    /// <summary>Street (residential) address line 1 (<c>SADDRESS1</c>).</summary>
    [JsonPropertyName("SADDRESS1")]
    public string? StreetAddress1 { get; init; }

    /// <summary>Street address line 2 (<c>SADDRESS2</c>).</summary>
    [JsonPropertyName("SADDRESS2")]
    public string? StreetAddress2 { get; init; }

    /// <summary>Street suburb / city (<c>SCITY</c>).</summary>
    [JsonPropertyName("SCITY")]
    public string? StreetCity { get; init; }

    /// <summary>Street state (<c>SSTATE</c>).</summary>
    [JsonPropertyName("SSTATE")]
    public string? StreetState { get; init; }

    /// <summary>Street postcode (<c>SPOSTCODE</c>).</summary>
    [JsonPropertyName("SPOSTCODE")]
    public string? StreetPostcode { get; init; }

    /// <summary>Street country (<c>SCOUNTRY</c>).</summary>
    [JsonPropertyName("SCOUNTRY")]
    public string? StreetCountry { get; init; }

    /// <summary>Home phone.</summary>
    public string? Phone { get; init; }

    /// <summary>Mobile phone.</summary>
    public string? MobilePhone { get; init; }

    /// <summary>Work phone.</summary>
    public string? WorkPhone { get; init; }

    /// <summary>Fax.</summary>
    public string? Fax { get; init; }

    /// <summary>Comment.</summary>
    public string? Comment { get; init; }

    /// <summary>Website.</summary>
    public string? Website { get; init; }

    /// <summary>Citizenship status id (1–11).</summary>
    public int? CitizenStatusId { get; init; }

    /// <summary>Citizenship status label.</summary>
    public string? CitizenStatusName { get; init; }

    /// <summary>Country of birth SACC code.</summary>
    public int? CountryOfBirthId { get; init; }

    /// <summary>Country of birth.</summary>
    public string? CountryOfBirthName { get; init; }

    /// <summary>City of birth.</summary>
    public string? CityOfBirth { get; init; }

    /// <summary>Country of citizenship SACC code.</summary>
    public int? CountryOfCitizenId { get; init; }

    /// <summary>Country of citizenship.</summary>
    public string? CountryOfCitizenName { get; init; }

    /// <summary>Indigenous status id.</summary>
    public int? IndigenousStatusId { get; init; }

    /// <summary>Indigenous status label.</summary>
    public string? IndigenousStatusName { get; init; }

    /// <summary>Main language SACC code.</summary>
    public int? MainLanguageId { get; init; }

    /// <summary>Main language.</summary>
    public string? MainLanguageName { get; init; }

    /// <summary>English proficiency id.</summary>
    public int? EnglishProficiencyId { get; init; }

    /// <summary>Whether English assistance is required.</summary>
    public bool? EnglishAssistanceFlag { get; init; }

    /// <summary>Highest school level id.</summary>
    public int? HighestSchoolLevelId { get; init; }

    /// <summary>Year the highest school level was completed.</summary>
    public int? HighestSchoolLevelYear { get; init; }

    /// <summary>Current school level.</summary>
    public string? CurrentSchoolLevel { get; init; }

    /// <summary>Whether the contact is at secondary school.</summary>
    public bool? AtSchoolFlag { get; init; }

    /// <summary>Name of the current secondary school.</summary>
    public string? AtSchoolName { get; init; }

    /// <summary>Prior education achievement ids.</summary>
    public IReadOnlyList<long> PriorEducationIds { get; init; } = [];

    /// <summary>Prior education achievement labels.</summary>
    public IReadOnlyList<string> PriorEducationNames { get; init; } = [];

    /// <summary>Whether the contact reports a disability.</summary>
    public bool? DisabilityFlag { get; init; }

    /// <summary>Disability type ids.</summary>
    public IReadOnlyList<long> DisabilityTypeIds { get; init; } = [];

    /// <summary>Disability type labels.</summary>
    public IReadOnlyList<string> DisabilityTypeNames { get; init; } = [];

    /// <summary>Labour force status id.</summary>
    public int? LabourForceId { get; init; }

    /// <summary>Labour force status label.</summary>
    public string? LabourForceName { get; init; }

    /// <summary>Emergency contact name.</summary>
    public string? EmergencyContact { get; init; }

    /// <summary>Emergency contact relation.</summary>
    public string? EmergencyContactRelation { get; init; }

    /// <summary>Emergency contact phone.</summary>
    public string? EmergencyContactPhone { get; init; }

    /// <summary>Parent or guardian contact id.</summary>
    public long? ParentContactId { get; init; }

    /// <summary>ANZSCO occupation code.</summary>
    public string? AnzscoCode { get; init; }

    /// <summary>ANZSIC industry code.</summary>
    public string? AnzsicCode { get; init; }

    /// <summary>Employer contact id.</summary>
    public long? EmployerContactId { get; init; }

    /// <summary>Payer contact id.</summary>
    public long? PayerContactId { get; init; }

    /// <summary>Supervisor contact id.</summary>
    public long? SupervisorContactId { get; init; }

    /// <summary>Coach contact id.</summary>
    public long? CoachContactId { get; init; }

    /// <summary>Agent contact id.</summary>
    public long? AgentContactId { get; init; }

    /// <summary>SACE student id (SA).</summary>
    public string? SaceStudentId { get; init; }

    /// <summary>Marketing source id (<c>SOURCECODEID</c>, when returned).</summary>
    public long? SourceCodeId { get; init; }

    /// <summary>Contact category ids.</summary>
    public IReadOnlyList<long> CategoryIds { get; init; } = [];

    /// <summary>Domain ids.</summary>
    public IReadOnlyList<long> DomainIds { get; init; } = [];

    /// <summary>When the contact was created (<c>CONTACTENTRYDATE</c>, when returned), in the account's time zone.</summary>
    public DateTimeOffset? ContactEntryDate { get; init; }

    /// <summary>When the contact last changed (<c>LASTUPDATED</c>, when returned), in the account's time zone.</summary>
    public DateTimeOffset? LastUpdated { get; init; }

    /// <summary>Custom field values keyed by variable name, case-insensitive (see <see cref="AxcelerateCustomFieldDictionary"/>).</summary>
    [JsonIgnore]
    public AxcelerateCustomFieldDictionary CustomFields => _customFields ??= AxcelerateCustomFieldDictionary.From(Raw);
}
