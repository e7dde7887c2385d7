using System.Text.Json.Serialization;

namespace Axcelerate.HubSpot.AxcelerateApi;

/// <summary>
/// An aXcelerate organisation (<c>/organisation/{id}</c>, <c>/organisations/</c>). Its phone, email, address and
/// website live in <see cref="Details"/>, not on the organisation.
/// </summary>
public sealed class AxcelerateOrganisation : AxcelerateRecord
{
    private AxcelerateCustomFieldDictionary? _customFields;

    /// <summary>The organisation id (<c>ORGID</c>).</summary>
    [JsonPropertyName("ORGID")]
    public long OrganisationId { get; init; }

    /// <summary>The account's optional id.</summary>
    [JsonPropertyName("ORGOPTIONALID")]
    public string? OptionalId { get; init; }

    /// <summary>The name.</summary>
    public string? Name { get; init; }

    /// <summary>The legal name.</summary>
    public string? LegalName { get; init; }

    /// <summary>The Australian Business Number, as entered.</summary>
    public string? Abn { get; init; }

    /// <summary>The ANZSIC code.</summary>
    public string? Anzsic { get; init; }

    /// <summary>Notes stored on the organisation.</summary>
    public string? OrganisationNotes { get; init; }

    /// <summary>The name used by the finance system.</summary>
    public string? OrgNameAccounting { get; init; }

    /// <summary>Whether invoices need a purchase order.</summary>
    public bool? PurchaseOrderRequired { get; init; }

    /// <summary>AVETMISS school type id.</summary>
    public int? SchoolTypeId { get; init; }

    /// <summary>Booking notes.</summary>
    [JsonPropertyName("BOOKING_NOTES")]
    public string? BookingNotes { get; init; }

    /// <summary>Whether the organisation is active (when returned).</summary>
    public bool? Active { get; init; }

    /// <summary>The parent organisation id.</summary>
    [JsonPropertyName("PARENTORGID")]
    public long? ParentOrganisationId { get; init; }

    /// <summary>The parent organisation, when aXcelerate includes it.</summary>
    public AxcelerateOrganisation? Parent { get; init; }

    /// <summary>The root of the hierarchy (<c>HIERACHYROOT</c>, aXcelerate's spelling).</summary>
    [JsonPropertyName("HIERACHYROOT")]
    public long? HierarchyRoot { get; init; }

    /// <summary>The hierarchy path, e.g. <c>/264487/264488/</c>.</summary>
    [JsonPropertyName("HIERACHYPATH")]
    public string? HierarchyPath { get; init; }

    /// <summary>The depth in the hierarchy (1 = root).</summary>
    [JsonPropertyName("HIERACHYDEPTH")]
    public int? HierarchyDepth { get; init; }

    /// <summary>Payer contact id.</summary>
    public long? PayerContactId { get; init; }

    /// <summary>Employer contact id.</summary>
    public long? EmployerContactId { get; init; }

    /// <summary>Address / phone / email / website records.</summary>
    public IReadOnlyList<AxcelerateOrganisationDetail> Details { get; init; } = [];

    /// <summary>Categories.</summary>
    public IReadOnlyList<AxcelerateOrganisationCategory> Categories { get; init; } = [];

    /// <summary>Child organisations (only from <see cref="IAxcelerateOrganisationsClient.GetChildrenAsync"/>).</summary>
    public IReadOnlyList<AxcelerateOrganisation> Children { get; init; } = [];

    /// <summary>Whether the organisation has children (when returned).</summary>
    public bool? HasChildren { get; init; }

    /// <summary>Custom field values keyed by variable name, case-insensitive.</summary>
    [JsonIgnore]
    public AxcelerateCustomFieldDictionary CustomFields => _customFields ??= AxcelerateCustomFieldDictionary.From(Raw);
}
