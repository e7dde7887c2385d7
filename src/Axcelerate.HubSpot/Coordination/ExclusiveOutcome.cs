using Axcelerate.HubSpot.Storage;

namespace Axcelerate.HubSpot.Coordination;

/// <summary>How an attempt to run exclusive work ended.</summary>
/// <param name="Ran">True when this instance held the lease and the work ran to its end.</param>
/// <param name="Value">The work's result when it ran.</param>
/// <param name="HeldBy">Who held the lease when it did not run (null if it was released meanwhile).</param>
internal readonly record struct ExclusiveOutcome<T>(bool Ran, T? Value, StoreLease? HeldBy);
