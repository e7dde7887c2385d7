using System.Text.Json.Serialization;
using Axcelerate.HubSpot.AxcelerateApi.Internal;

namespace Axcelerate.HubSpot.AxcelerateApi;

/// <summary>One contact merge (<c>/log/contactMergeHistory</c>): <see cref="OldContactId"/> now lives on as <see cref="CurrentContactId"/>.</summary>
public sealed class AxcelerateContactMerge : AxcelerateRecord
{
    /// <summary>The contact id that was merged away.</summary>
    public long OldContactId { get; init; }

    /// <summary>The surviving contact id.</summary>
    public long CurrentContactId { get; init; }

    /// <summary>When the merge happened (UTC).</summary>
    [JsonPropertyName("MERGEDUTC")]
    [JsonConverter(typeof(UtcDateTimeConverter))]
    public DateTimeOffset? MergedAt { get; init; }

    /// <summary>The contact id of the user who merged.</summary>
    public long? MergedByContactId { get; init; }
}
