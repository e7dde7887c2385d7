using System.Text.Json;
using Axcelerate.HubSpot.AxcelerateApi;
using Axcelerate.HubSpot.HubSpotApi;

namespace Axcelerate.HubSpot.Records;

/// <summary>
/// Read side of the records layer: turns a typed record of either system into the <c>field name → value</c> view that
/// <see cref="Mapping.MappingPlan"/> reads. Views are case-insensitive dictionaries built once per record, so every
/// lookup of the plan is a single hash probe (instead of <see cref="AxcelerateRecord.TryGetField"/>'s scan).
/// </summary>
public static class RecordFields
{
    /// <summary>The prefix of an organisation's first detail record's fields in the view, e.g. <c>detail.phone</c>.</summary>
    public const string DetailPrefix = "detail.";

    /// <summary>Views an aXcelerate contact, task or any other record: every field it was read with (custom fields as <c>CUSTOMFIELD_&lt;NAME&gt;</c>), values as text.</summary>
    /// <param name="record">The record as read from aXcelerate.</param>
    /// <returns>The view; empty for a record built in code.</returns>
    public static IReadOnlyDictionary<string, string?> From(AxcelerateRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var fields = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        AddRaw(fields, record, prefix: null);
        return fields;
    }

    /// <summary>
    /// Views an aXcelerate organisation: its own fields as <see cref="From(AxcelerateRecord)"/> does, plus the fields of
    /// its first detail record (phone, website, address) as <c>detail.&lt;field&gt;</c>, e.g. <c>detail.postCode</c>.
    /// </summary>
    /// <param name="organisation">The organisation as read from aXcelerate, with its details.</param>
    /// <returns>The view.</returns>
    public static IReadOnlyDictionary<string, string?> From(AxcelerateOrganisation organisation)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        var fields = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        AddRaw(fields, organisation, prefix: null);
        if (organisation.Details.Count > 0)
        {
            var detail = organisation.Details[0];
            AddRaw(fields, detail, DetailPrefix);
            Add(fields, "type", detail.Type);
            Add(fields, "phone", detail.Phone);
            Add(fields, "fax", detail.Fax);
            Add(fields, "emailAddress", detail.EmailAddress);
            Add(fields, "website", detail.Website);
            Add(fields, "address1", detail.Address1);
            Add(fields, "address2", detail.Address2);
            Add(fields, "city", detail.City);
            Add(fields, "state", detail.State);
            Add(fields, "postCode", detail.Postcode);
            Add(fields, "country", detail.Country);
        }

        return fields;
    }

    /// <summary>Views a HubSpot object: its properties, looked up case-insensitively.</summary>
    /// <param name="hubSpotObject">The object as read from HubSpot, with the properties the plan maps.</param>
    /// <returns>The view.</returns>
    public static IReadOnlyDictionary<string, string?> From(HubSpotObject hubSpotObject)
    {
        ArgumentNullException.ThrowIfNull(hubSpotObject);
        return new Dictionary<string, string?>(hubSpotObject.Properties, StringComparer.OrdinalIgnoreCase);
    }

    private static void AddRaw(Dictionary<string, string?> fields, AxcelerateRecord record, string? prefix)
    {
        if (record.Raw.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        foreach (var property in record.Raw.EnumerateObject())
        {
            fields[prefix + property.Name] = AxcelerateFieldText.From(property.Value);
        }
    }

    // Typed values fill what the raw record lacks (e.g. a detail built in code), never overwrite what was read.
    private static void Add(Dictionary<string, string?> fields, string name, string? value) =>
        fields.TryAdd(DetailPrefix + name, value);
}
