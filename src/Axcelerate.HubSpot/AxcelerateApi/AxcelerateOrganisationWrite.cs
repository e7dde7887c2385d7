using Axcelerate.HubSpot.AxcelerateApi.Internal;

namespace Axcelerate.HubSpot.AxcelerateApi;

/// <summary>
/// The fields to send when creating or updating an organisation; <see langword="null"/> properties are not sent,
/// <c>""</c> clears a field. Phone, email and address are written as detail records, not here.
/// </summary>
public sealed class AxcelerateOrganisationWrite
{
    /// <summary><c>name</c> (required on create).</summary>
    public string? Name { get; set; }

    /// <summary><c>legalName</c>.</summary>
    public string? LegalName { get; set; }

    /// <summary><c>orgOptionalID</c>.</summary>
    public string? OptionalId { get; set; }

    /// <summary><c>parentOrgID</c>.</summary>
    public long? ParentOrganisationId { get; set; }

    /// <summary><c>employerContactID</c>.</summary>
    public long? EmployerContactId { get; set; }

    /// <summary><c>payerContactID</c>.</summary>
    public long? PayerContactId { get; set; }

    /// <summary><c>ABN</c>.</summary>
    public string? Abn { get; set; }

    /// <summary><c>orgNameAccounting</c>.</summary>
    public string? OrgNameAccounting { get; set; }

    /// <summary><c>organisationNotes</c>.</summary>
    public string? OrganisationNotes { get; set; }

    /// <summary><c>purchaseOrderRequired</c>.</summary>
    public bool? PurchaseOrderRequired { get; set; }

    /// <summary><c>schoolTypeID</c>.</summary>
    public int? SchoolTypeId { get; set; }

    /// <summary><c>categoryIDs</c>.</summary>
    public IReadOnlyList<long>? CategoryIds { get; set; }

    /// <summary><c>keyContactIDs</c>.</summary>
    public IReadOnlyList<long>? KeyContactIds { get; set; }

    /// <summary><c>active</c>.</summary>
    public bool? Active { get; set; }

    /// <summary>Custom field values by variable name, sent as <c>customField_{name}</c>.</summary>
    public IReadOnlyDictionary<string, string?>? CustomFields { get; set; }

    /// <summary>Any other documented parameter by its exact name.</summary>
    public IReadOnlyDictionary<string, string?>? AdditionalParameters { get; set; }

    internal AxcelerateForm ToForm() => new AxcelerateForm()
        .Add("name", Name)
        .Add("legalName", LegalName)
        .Add("orgOptionalID", OptionalId)
        .Add("parentOrgID", ParentOrganisationId)
        .Add("employerContactID", EmployerContactId)
        .Add("payerContactID", PayerContactId)
        .Add("ABN", Abn)
        .Add("orgNameAccounting", OrgNameAccounting)
        .Add("organisationNotes", OrganisationNotes)
        .Add("purchaseOrderRequired", PurchaseOrderRequired)
        .Add("schoolTypeID", SchoolTypeId)
        .AddList("categoryIDs", CategoryIds)
        .AddList("keyContactIDs", KeyContactIds)
        .Add("active", Active)
        .AddCustomFields(CustomFields)
        .AddRaw(AdditionalParameters);
}
