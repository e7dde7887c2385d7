using Axcelerate.HubSpot.Mapping;

namespace Axcelerate.HubSpot.Push;

/// <summary>What a push did with one aXcelerate contact.</summary>
/// <param name="AxcelerateId">The aXcelerate contact id.</param>
/// <param name="Outcome">What happened.</param>
public sealed record ContactPushResult(long AxcelerateId, ContactPushOutcome Outcome)
{
    /// <summary>The linked HubSpot contact id, when there is one.</summary>
    public string? HubSpotId { get; init; }

    /// <summary>Why the contact was skipped or failed, or a note on an unchanged contact (e.g. an echo); null otherwise.</summary>
    public string? Reason { get; init; }

    /// <summary>The HubSpot properties written (or that would have been), property → value; empty when none.</summary>
    public IReadOnlyDictionary<string, string> Changes { get; init; } = new Dictionary<string, string>();

    /// <summary>The values that did not convert, when the contact failed because of them.</summary>
    public IReadOnlyList<FieldConversionError> ConversionErrors { get; init; } = [];

    /// <summary>True when the failure may pass if tried again (no answer, 429, 5xx); the poller retries those.</summary>
    internal bool Transient { get; init; }
}
