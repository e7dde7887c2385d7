namespace Axcelerate.HubSpot.Storage;

/// <summary>The outcome of logging one received event.</summary>
/// <param name="Entry">The logged entry: the new one, or the one already logged for the same event.</param>
/// <param name="IsDuplicate">True when the same event (event id + subscription type + object id) was already logged, e.g. a HubSpot retry.</param>
public sealed record IncomingAppendResult(IncomingLogEntry Entry, bool IsDuplicate);
