using System.Text.Json.Serialization;

namespace Axcelerate.HubSpot.HubSpotApi;

/// <summary>A search filter operator.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<HubSpotFilterOperator>))]
public enum HubSpotFilterOperator
{
    /// <summary>Equal to.</summary>
    [JsonStringEnumMemberName("EQ")] Eq,

    /// <summary>Not equal to.</summary>
    [JsonStringEnumMemberName("NEQ")] Neq,

    /// <summary>Less than.</summary>
    [JsonStringEnumMemberName("LT")] Lt,

    /// <summary>Less than or equal to.</summary>
    [JsonStringEnumMemberName("LTE")] Lte,

    /// <summary>Greater than.</summary>
    [JsonStringEnumMemberName("GT")] Gt,

    /// <summary>Greater than or equal to.</summary>
    [JsonStringEnumMemberName("GTE")] Gte,

    /// <summary>Between <c>value</c> and <c>highValue</c>.</summary>
    [JsonStringEnumMemberName("BETWEEN")] Between,

    /// <summary>One of <c>values</c>.</summary>
    [JsonStringEnumMemberName("IN")] In,

    /// <summary>None of <c>values</c>.</summary>
    [JsonStringEnumMemberName("NOT_IN")] NotIn,

    /// <summary>Has any value.</summary>
    [JsonStringEnumMemberName("HAS_PROPERTY")] HasProperty,

    /// <summary>Has no value.</summary>
    [JsonStringEnumMemberName("NOT_HAS_PROPERTY")] NotHasProperty,

    /// <summary>Contains the token.</summary>
    [JsonStringEnumMemberName("CONTAINS_TOKEN")] ContainsToken,

    /// <summary>Does not contain the token.</summary>
    [JsonStringEnumMemberName("NOT_CONTAINS_TOKEN")] NotContainsToken,
}
