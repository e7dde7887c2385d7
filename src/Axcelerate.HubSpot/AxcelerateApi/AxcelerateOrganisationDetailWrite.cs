using Axcelerate.HubSpot.AxcelerateApi.Internal;

namespace Axcelerate.HubSpot.AxcelerateApi;

/// <summary>An organisation detail record to create or update (address, phone, fax, email).</summary>
public sealed class AxcelerateOrganisationDetailWrite
{
    /// <summary>Street Address (see <see cref="Type"/>).</summary>
    public const string StreetAddress = "Street Address";

    /// <summary>Postal Address (see <see cref="Type"/>).</summary>
    public const string PostalAddress = "Postal Address";

    /// <summary><c>type</c>: <see cref="StreetAddress"/> or <see cref="PostalAddress"/> (required on create).</summary>
    public string? Type { get; set; }

    /// <summary><c>address1</c> (required on create).</summary>
    public string? Address1 { get; set; }

    /// <summary><c>address2</c>.</summary>
    public string? Address2 { get; set; }

    /// <summary><c>city</c>.</summary>
    public string? City { get; set; }

    /// <summary><c>state</c>.</summary>
    public string? State { get; set; }

    /// <summary><c>postCode</c>.</summary>
    public string? Postcode { get; set; }

    /// <summary><c>country</c>.</summary>
    public string? Country { get; set; }

    /// <summary><c>phone</c>.</summary>
    public string? Phone { get; set; }

    /// <summary><c>fax</c>.</summary>
    public string? Fax { get; set; }

    /// <summary><c>emailAddress</c>.</summary>
    public string? EmailAddress { get; set; }

    /// <summary>Any other parameter by its exact name (the website has no documented parameter).</summary>
    public IReadOnlyDictionary<string, string?>? AdditionalParameters { get; set; }

    internal AxcelerateForm ToForm() => new AxcelerateForm()
        .Add("type", Type)
        .Add("address1", Address1)
        .Add("address2", Address2)
        .Add("city", City)
        .Add("state", State)
        .Add("postCode", Postcode)
        .Add("country", Country)
        .Add("phone", Phone)
        .Add("fax", Fax)
        .Add("emailAddress", EmailAddress)
        .AddRaw(AdditionalParameters);
}
