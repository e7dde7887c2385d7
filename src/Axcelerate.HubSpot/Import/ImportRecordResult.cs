using Axcelerate.HubSpot.Mapping;

namespace Axcelerate.HubSpot.Import;

/// <summary>The outcome of one HubSpot record in an import.</summary>
public sealed class ImportRecordResult
{
    internal ImportRecordResult(string hubSpotId, ImportOutcome outcome)
    {
        HubSpotId = hubSpotId;
        Outcome = outcome;
    }

    /// <summary>The HubSpot object id.</summary>
    public string HubSpotId { get; }

    /// <summary>What was done (or would be, in a dry run).</summary>
    public ImportOutcome Outcome { get; }

    /// <summary>The aXcelerate record it is (or would be) linked to; null when created in a dry run, ambiguous, skipped or failed before a match.</summary>
    public long? AxcelerateId { get; init; }

    /// <summary>Why the record got this outcome, in words; null for plain creates, links, updates and unchanged records.</summary>
    public string? Reason { get; init; }

    /// <summary>The aXcelerate ids that matched, for <see cref="ImportOutcome.Ambiguous"/>; otherwise empty.</summary>
    public IReadOnlyList<long> CandidateIds { get; init; } = [];

    /// <summary>The aXcelerate write parameters and values written (or, in a dry run, that would be); empty when nothing was.</summary>
    public IReadOnlyDictionary<string, string> Changes { get; init; } = new Dictionary<string, string>();

    /// <summary>The values that did not convert, each naming the field, the value and the reason; empty unless the record failed for them.</summary>
    public IReadOnlyList<FieldConversionError> ConversionErrors { get; init; } = [];

    /// <inheritdoc />
    public override string ToString() => Reason is null ? $"{HubSpotId}: {Outcome}" : $"{HubSpotId}: {Outcome} ({Reason})";
}
