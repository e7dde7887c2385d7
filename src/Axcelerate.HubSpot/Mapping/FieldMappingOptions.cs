namespace Axcelerate.HubSpot.Mapping;

/// <summary>Options of the field-mapping service.</summary>
public sealed class FieldMappingOptions
{
    /// <summary>
    /// The aXcelerate account's IANA time zone, in which its dates and times are local. Null (the default) uses
    /// <c>HubSpotIntegration:Axcelerate:TimeZone</c>, so the account's zone is configured once.
    /// </summary>
    public string? TimeZoneId { get; set; }
}
