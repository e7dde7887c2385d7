namespace Axcelerate.HubSpot.Mapping;

/// <summary>The mappings each entity starts with, between aXcelerate's standard fields and HubSpot's default properties.</summary>
/// <remarks>
/// aXcelerate names are the write parameters of its API (read back upper-cased). Organisation phone and address live in
/// an organisation's first detail record, named <c>detail.&lt;parameter&gt;</c>. aXcelerate contacts have no owner, so
/// contacts map no owner; HubSpot contacts have no work-phone property, so aXcelerate's work phone is not mapped.
/// Every default uses a documented write parameter. HubSpot's company <c>domain</c> is deliberately not mapped: an
/// organisation's website is readable (<c>DETAILS[].WEBSITE</c>) but aXcelerate documents no parameter to write it, so
/// the HubSpot → aXcelerate organisation push would lose it silently. Organisations are matched by name instead.
/// </remarks>
public static class DefaultFieldMappings
{
    /// <summary>Returns the default mappings of one entity.</summary>
    /// <param name="entity">The kind of record.</param>
    /// <returns>A new list of active mappings.</returns>
    public static IReadOnlyList<FieldMapping> For(MappedEntity entity) => entity switch
    {
        MappedEntity.Contact =>
        [
            Map(entity, "givenName", "firstname", FieldType.Text),
            Map(entity, "surname", "lastname", FieldType.Text),
            Map(entity, "emailAddress", "email", FieldType.Email),
            Map(entity, "mobilephone", "mobilephone", FieldType.Phone),
            Map(entity, "phone", "phone", FieldType.Phone),
            Map(entity, "address1", "address", FieldType.Text),
            Map(entity, "city", "city", FieldType.Text),
            Map(entity, "state", "state", FieldType.AustralianState),
            Map(entity, "postcode", "zip", FieldType.Text),
            Map(entity, "country", "country", FieldType.Text),
            Map(entity, "organisation", "company", FieldType.Text),
            Map(entity, "position", "jobtitle", FieldType.Text),
        ],
        MappedEntity.Organisation =>
        [
            Map(entity, "name", "name", FieldType.Text),
            Map(entity, "detail.phone", "phone", FieldType.Phone),
            Map(entity, "detail.address1", "address", FieldType.Text),
            Map(entity, "detail.city", "city", FieldType.Text),
            Map(entity, "detail.state", "state", FieldType.AustralianState),
            Map(entity, "detail.postCode", "zip", FieldType.Text),
        ],
        MappedEntity.Opportunity =>
        [
            Map(entity, "name", "dealname", FieldType.Text),
            Map(entity, "ForecastValue", "amount", FieldType.Number),
            Map(entity, "dueDate", "closedate", FieldType.Date),
            Map(entity, "OpportunityStatus", "dealstage", FieldType.SingleSelect),
            Map(entity, "ownerID", "hubspot_owner_id", FieldType.SingleSelect),
        ],
        _ => throw new ArgumentOutOfRangeException(nameof(entity), entity, "Unknown entity."),
    };

    /// <summary>True when administrators may add and delete mappings of the entity (contacts); otherwise only the predefined set can be deactivated and retyped.</summary>
    /// <param name="entity">The kind of record.</param>
    /// <returns>True for contacts.</returns>
    public static bool IsFullyCustomisable(MappedEntity entity) => entity == MappedEntity.Contact;

    private static FieldMapping Map(MappedEntity entity, string axcelerate, string hubSpot, FieldType type) => new(entity, axcelerate, hubSpot, type);
}
