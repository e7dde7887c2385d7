using Axcelerate.HubSpot.Mapping;

namespace Axcelerate.HubSpot.Import;

/// <summary>The outcome of one linked record in a Sync Fields run.</summary>
public sealed class FieldSyncRecordResult
{
    internal FieldSyncRecordResult(long axcelerateId, string hubSpotId, FieldSyncOutcome outcome)
    {
        AxcelerateId = axcelerateId;
        HubSpotId = hubSpotId;
        Outcome = outcome;
    }

    /// <summary>The aXcelerate id of the linked record.</summary>
    public long AxcelerateId { get; }

    /// <summary>The HubSpot object id of the linked record.</summary>
    public string HubSpotId { get; }

    /// <summary>What was done (or would be, in a dry run).</summary>
    public FieldSyncOutcome Outcome { get; }

    /// <summary>Why the record failed, in words; null for updated and unchanged records.</summary>
    public string? Reason { get; init; }

    /// <summary>
    /// The values written (or, in a dry run, that would be): HubSpot property names when pushing, aXcelerate write
    /// parameter names when pulling. Empty when nothing was.
    /// </summary>
    public IReadOnlyDictionary<string, string> Changes { get; init; } = new Dictionary<string, string>();

    /// <summary>The values that did not convert, each naming the field, the value and the reason; empty unless the record failed for them.</summary>
    public IReadOnlyList<FieldConversionError> ConversionErrors { get; init; } = [];

    /// <inheritdoc />
    public override string ToString() => Reason is null ? $"{AxcelerateId}/{HubSpotId}: {Outcome}" : $"{AxcelerateId}/{HubSpotId}: {Outcome} ({Reason})";
}
