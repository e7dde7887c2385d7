using System.Globalization;
using Axcelerate.HubSpot.AxcelerateApi;
using Axcelerate.HubSpot.Mapping;

namespace Axcelerate.HubSpot.Records;

/// <summary>
/// Write side of the records layer: turns what <see cref="MappingPlan"/> produced (<see cref="MappingResult.Values"/>)
/// into the write models of the clients, so no orchestrator builds its own. Values keyed by a documented parameter
/// fill the typed property; custom fields (<c>customField_&lt;name&gt;</c>) fill <c>CustomFields</c>; organisation
/// detail fields (<c>detail.&lt;parameter&gt;</c>) go to the detail write; anything else is sent as named. An empty
/// value clears the field.
/// </summary>
public static class RecordWrites
{
    private const string CustomFieldPrefix = "customField_";

    private static readonly Dictionary<string, Action<AxcelerateContactWrite, string>> ContactFields = new(StringComparer.OrdinalIgnoreCase)
    {
        ["givenName"] = (w, v) => w.GivenName = v,
        ["surname"] = (w, v) => w.Surname = v,
        ["middleName"] = (w, v) => w.MiddleName = v,
        ["title"] = (w, v) => w.Title = v,
        ["emailAddress"] = (w, v) => w.EmailAddress = v,
        ["EmailAddressAlternative"] = (w, v) => w.EmailAddressAlternative = v,
        ["sex"] = (w, v) => w.Sex = v,
        ["phone"] = (w, v) => w.Phone = v,
        ["mobilephone"] = (w, v) => w.MobilePhone = v,
        ["workphone"] = (w, v) => w.WorkPhone = v,
        ["fax"] = (w, v) => w.Fax = v,
        ["organisation"] = (w, v) => w.Organisation = v,
        ["position"] = (w, v) => w.Position = v,
        ["section"] = (w, v) => w.Section = v,
        ["division"] = (w, v) => w.Division = v,
        ["address1"] = (w, v) => w.Address1 = v,
        ["address2"] = (w, v) => w.Address2 = v,
        ["city"] = (w, v) => w.City = v,
        ["state"] = (w, v) => w.State = v,
        ["postcode"] = (w, v) => w.Postcode = v,
        ["country"] = (w, v) => w.Country = v,
        ["saddress1"] = (w, v) => w.StreetAddress1 = v,
        ["saddress2"] = (w, v) => w.StreetAddress2 = v,
        ["scity"] = (w, v) => w.StreetCity = v,
        ["sstate"] = (w, v) => w.StreetState = v,
        ["spostcode"] = (w, v) => w.StreetPostcode = v,
        ["scountry"] = (w, v) => w.StreetCountry = v,
        ["USI"] = (w, v) => w.Usi = v,
        ["optionalID"] = (w, v) => w.OptionalId = v,
    };

    private static readonly Dictionary<string, Action<AxcelerateOrganisationWrite, string>> OrganisationFields = new(StringComparer.OrdinalIgnoreCase)
    {
        ["name"] = (w, v) => w.Name = v,
        ["legalName"] = (w, v) => w.LegalName = v,
        ["orgOptionalID"] = (w, v) => w.OptionalId = v,
        ["ABN"] = (w, v) => w.Abn = v,
        ["orgNameAccounting"] = (w, v) => w.OrgNameAccounting = v,
        ["organisationNotes"] = (w, v) => w.OrganisationNotes = v,
    };

    private static readonly Dictionary<string, Action<AxcelerateOrganisationDetailWrite, string>> DetailFields = new(StringComparer.OrdinalIgnoreCase)
    {
        ["type"] = (w, v) => w.Type = v,
        ["address1"] = (w, v) => w.Address1 = v,
        ["address2"] = (w, v) => w.Address2 = v,
        ["city"] = (w, v) => w.City = v,
        ["state"] = (w, v) => w.State = v,
        ["postCode"] = (w, v) => w.Postcode = v,
        ["country"] = (w, v) => w.Country = v,
        ["phone"] = (w, v) => w.Phone = v,
        ["fax"] = (w, v) => w.Fax = v,
        ["emailAddress"] = (w, v) => w.EmailAddress = v,
    };

    // Typed task fields that are not text: set only when the value parses, otherwise sent as named (e.g. "" clears).
    private static readonly Dictionary<string, Func<AxcelerateTaskWrite, string, bool>> TaskFields = new(StringComparer.OrdinalIgnoreCase)
    {
        ["name"] = (w, v) => Set(() => w.Name = v),
        ["details"] = (w, v) => Set(() => w.Details = v),
        ["OpportunityStatus"] = (w, v) => v.Length > 0 && Set(() => w.OpportunityStatus = v),
        ["dueDate"] = (w, v) => DateOnly.TryParseExact(v, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) && Set(() => w.DueDate = d),
        ["ownerID"] = (w, v) => long.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && Set(() => w.OwnerId = id),
        ["ForecastValue"] = (w, v) => decimal.TryParse(v, NumberStyles.Number, CultureInfo.InvariantCulture, out var n) && Set(() => w.ForecastValue = n),
        ["ForecastProbability"] = (w, v) => decimal.TryParse(v, NumberStyles.Number, CultureInfo.InvariantCulture, out var n) && Set(() => w.ForecastProbability = n),
    };

    /// <summary>Builds the contact write of a mapping result (<see cref="ConversionDirection.ToAxcelerate"/>).</summary>
    /// <param name="result">The values to write.</param>
    /// <returns>The write, with typed properties, custom fields and other parameters set.</returns>
    public static AxcelerateContactWrite ToContactWrite(MappingResult result)
    {
        var values = ToAxcelerate(result);
        var write = new AxcelerateContactWrite();
        var (custom, other) = Split(values, (key, value) => Apply(ContactFields, write, key, value));
        write.CustomFields = custom;
        write.AdditionalParameters = other;
        return write;
    }

    /// <summary>
    /// Builds the organisation write and the write of its first detail record (<c>detail.*</c> values) of a mapping
    /// result (<see cref="ConversionDirection.ToAxcelerate"/>).
    /// </summary>
    /// <param name="result">The values to write.</param>
    /// <returns>The organisation write, and the detail write or null when no detail field changed.</returns>
    public static (AxcelerateOrganisationWrite Organisation, AxcelerateOrganisationDetailWrite? Detail) ToOrganisationWrites(MappingResult result)
    {
        var values = ToAxcelerate(result);
        var organisation = new AxcelerateOrganisationWrite();
        AxcelerateOrganisationDetailWrite? detail = null;
        Dictionary<string, string?>? detailOther = null;
        var (custom, other) = Split(values, (key, value) =>
        {
            if (!key.StartsWith(RecordFields.DetailPrefix, StringComparison.OrdinalIgnoreCase))
            {
                return Apply(OrganisationFields, organisation, key, value);
            }

            detail ??= new AxcelerateOrganisationDetailWrite();
            var name = key[RecordFields.DetailPrefix.Length..];
            if (!Apply(DetailFields, detail, name, value))
            {
                (detailOther ??= new(StringComparer.Ordinal))[name] = value;
            }

            return true;
        });
        organisation.CustomFields = custom;
        organisation.AdditionalParameters = other;
        if (detail is not null)
        {
            detail.AdditionalParameters = detailOther;
        }

        return (organisation, detail);
    }

    /// <summary>Builds the user-task (opportunity) write of a mapping result (<see cref="ConversionDirection.ToAxcelerate"/>).</summary>
    /// <param name="result">The values to write.</param>
    /// <returns>The write; the opportunity status is set by its label and resolved by the client.</returns>
    public static AxcelerateTaskWrite ToTaskWrite(MappingResult result)
    {
        var values = ToAxcelerate(result);
        var write = new AxcelerateTaskWrite();
        var (custom, other) = Split(values, (key, value) => TaskFields.TryGetValue(key, out var set) && set(write, value));
        if (custom is not null)
        {
            throw new ArgumentException($"aXcelerate user tasks have no custom fields; the result carries {string.Join(", ", custom.Keys)}.", nameof(result));
        }

        write.AdditionalParameters = other;
        return write;
    }

    /// <summary>Builds the HubSpot property values of a mapping result (<see cref="ConversionDirection.ToHubSpot"/>), for an object input, update or upsert.</summary>
    /// <param name="result">The values to write.</param>
    /// <returns>Property name → value; an empty value clears the property.</returns>
    public static Dictionary<string, string?> ToHubSpotProperties(MappingResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Direction != ConversionDirection.ToHubSpot)
        {
            throw new ArgumentException($"Record {result.RecordId}'s values are for aXcelerate, not HubSpot.", nameof(result));
        }

        return result.Values.ToDictionary(p => p.Key, p => (string?)p.Value, StringComparer.Ordinal);
    }

    private static IReadOnlyDictionary<string, string> ToAxcelerate(MappingResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Direction == ConversionDirection.ToAxcelerate
            ? result.Values
            : throw new ArgumentException($"Record {result.RecordId}'s values are for HubSpot, not aXcelerate.", nameof(result));
    }

    private static (Dictionary<string, string?>? Custom, Dictionary<string, string?>? Other) Split(
        IReadOnlyDictionary<string, string> values,
        Func<string, string, bool> applyTyped)
    {
        Dictionary<string, string?>? custom = null, other = null;
        foreach (var (key, value) in values)
        {
            if (key.StartsWith(CustomFieldPrefix, StringComparison.OrdinalIgnoreCase))
            {
                // An empty value clears the custom field (the client sends null as empty).
                (custom ??= new(StringComparer.OrdinalIgnoreCase))[key[CustomFieldPrefix.Length..]] = value.Length == 0 ? null : value;
            }
            else if (!applyTyped(key, value))
            {
                (other ??= new(StringComparer.Ordinal))[key] = value;
            }
        }

        return (custom, other);
    }

    private static bool Apply<TWrite>(Dictionary<string, Action<TWrite, string>> fields, TWrite write, string key, string value)
    {
        if (!fields.TryGetValue(key, out var set))
        {
            return false;
        }

        set(write, value);
        return true;
    }

    private static bool Set(Action set)
    {
        set();
        return true;
    }
}
