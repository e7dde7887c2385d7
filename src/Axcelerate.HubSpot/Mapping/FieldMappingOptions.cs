namespace Axcelerate.HubSpot.Mapping;

/// <summary>Options of the field-mapping service.</summary>
public sealed class FieldMappingOptions
{
    /// <summary>The aXcelerate account's IANA time zone, in which its dates and times are local. Default <c>Australia/Sydney</c>.</summary>
    public string TimeZoneId { get; set; } = "Australia/Sydney";
}
