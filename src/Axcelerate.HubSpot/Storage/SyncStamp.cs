namespace Axcelerate.HubSpot.Storage;

/// <summary>What was last written one way for a linked record: a hash of the values and when, used to recognise echoes.</summary>
/// <param name="ValuesHash">A hash of the normalised values written (computed by the writer, opaque to the store).</param>
/// <param name="At">When the values were written (UTC).</param>
public sealed record SyncStamp(string ValuesHash, DateTimeOffset At);
