namespace Axcelerate.HubSpot.Import;

/// <summary>
/// An import was refused before it started because its estimated HubSpot calls exceed what is left of the portal's daily
/// API budget (<see cref="HubSpotApi.IHubSpotClient.RateLimits"/>). Nothing was written. Run it after the daily reset, or
/// import fewer records.
/// </summary>
public sealed class ImportBudgetExceededException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="entity">The kind of record.</param>
    /// <param name="neededCalls">The estimated HubSpot calls.</param>
    /// <param name="remainingCalls">HubSpot's remaining daily budget.</param>
    public ImportBudgetExceededException(MappedEntity entity, long neededCalls, long remainingCalls)
        : this(entity, neededCalls, remainingCalls, null)
    {
    }

    /// <summary>Creates the exception, saying when the budget resets.</summary>
    /// <param name="entity">The kind of record.</param>
    /// <param name="neededCalls">The estimated HubSpot calls.</param>
    /// <param name="remainingCalls">HubSpot's remaining daily budget.</param>
    /// <param name="resetsAt">When HubSpot resets the daily limit (midnight in the portal's time zone); null when unknown.</param>
    public ImportBudgetExceededException(MappedEntity entity, long neededCalls, long remainingCalls, DateTimeOffset? resetsAt)
        : base($"The import of {entity} needs about {neededCalls} HubSpot API calls, but only {remainingCalls} remain in today's daily limit; it was not started. "
            + $"Run it after HubSpot's daily reset ({(resetsAt is { } at ? $"{at:O}, " : "")}midnight in the account's time zone) or import fewer records.")
    {
        Entity = entity;
        NeededCalls = neededCalls;
        RemainingCalls = remainingCalls;
        ResetsAt = resetsAt;
    }

    /// <summary>When HubSpot resets the daily limit and the import can run (midnight in the portal's time zone); null when unknown.</summary>
    public DateTimeOffset? ResetsAt { get; }

    /// <summary>The kind of record.</summary>
    public MappedEntity Entity { get; }

    /// <summary>The estimated HubSpot calls the import needs.</summary>
    public long NeededCalls { get; }

    /// <summary>The calls left in today's daily budget when the import was refused.</summary>
    public long RemainingCalls { get; }
}
