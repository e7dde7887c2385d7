namespace Axcelerate.HubSpot.Testing.HubSpot;

/// <summary>The portal's daily API budget, shared by every app installed in it.</summary>
public sealed partial class HubSpotSandbox
{
    /// <summary>
    /// Spends part of today's daily budget as another app of the portal would (HubSpot's daily limit is per account,
    /// shared by all its private apps): <paramref name="requests"/> calls, or everything left when null, so the next
    /// private-app call gets HubSpot's 429 <c>DAILY</c> until <see cref="NextDailyReset"/>.
    /// </summary>
    /// <param name="requests">How many calls to count; null spends the rest of the day's budget.</param>
    public void SpendDailyBudget(int? requests = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(requests ?? 0, nameof(requests));
        _rateLimiter.SpendDaily(requests);
    }

    /// <summary>When the daily limit resets: the next midnight in the portal's <see cref="HubSpotSandboxOptions.TimeZone"/>, by the sandbox clock.</summary>
    /// <returns>The instant of the next reset.</returns>
    public DateTimeOffset NextDailyReset() => _rateLimiter.NextDailyReset();
}
