using System.Text.Json.Serialization;

namespace Axcelerate.HubSpot.AxcelerateApi;

/// <summary>An organisation's address record, which also carries its phone, fax, email and website.</summary>
public sealed class AxcelerateOrganisationDetail : AxcelerateRecord
{
    /// <summary>The detail id.</summary>
    public long DetailId { get; init; }

    /// <summary>The organisation id.</summary>
    [JsonPropertyName("ORGID")]
    public long? OrganisationId { get; init; }

    /// <summary><c>Street Address</c> or <c>Postal Address</c>.</summary>
    public string? Type { get; init; }

    /// <summary>Phone.</summary>
    public string? Phone { get; init; }

    /// <summary>Fax.</summary>
    public string? Fax { get; init; }

    /// <summary>Email address.</summary>
    public string? EmailAddress { get; init; }

    /// <summary>Website.</summary>
    public string? Website { get; init; }

    /// <summary>Address line 1.</summary>
    public string? Address1 { get; init; }

    /// <summary>Address line 2.</summary>
    public string? Address2 { get; init; }

    /// <summary>City / suburb.</summary>
    public string? City { get; init; }

    /// <summary>State.</summary>
    public string? State { get; init; }

    /// <summary>Postcode.</summary>
    public string? Postcode { get; init; }

    /// <summary>Country.</summary>
    public string? Country { get; init; }
}
