using System.Text.Json.Serialization;

namespace Axcelerate.HubSpot.HubSpotApi;

/// <summary>A search sort direction.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<HubSpotSortDirection>))]
public enum HubSpotSortDirection
{
    /// <summary>Smallest first.</summary>
    [JsonStringEnumMemberName("ASCENDING")] Ascending,

    /// <summary>Largest first.</summary>
    [JsonStringEnumMemberName("DESCENDING")] Descending,
}
