using System.Text.Json.Serialization;

namespace Axcelerate.HubSpot.HubSpotApi;

/// <summary>Who defined an association type.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<HubSpotAssociationCategory>))]
public enum HubSpotAssociationCategory
{
    /// <summary>HubSpot's built-in types (e.g. contact → company 279).</summary>
    [JsonStringEnumMemberName("HUBSPOT_DEFINED")]
    HubSpotDefined,

    /// <summary>Labels defined in the portal.</summary>
    [JsonStringEnumMemberName("USER_DEFINED")]
    UserDefined,

    /// <summary>Types defined by an app.</summary>
    [JsonStringEnumMemberName("INTEGRATOR_DEFINED")]
    IntegratorDefined,

    /// <summary>Work associations.</summary>
    [JsonStringEnumMemberName("WORK")]
    Work,
}
