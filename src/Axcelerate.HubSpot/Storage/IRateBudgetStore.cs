namespace Axcelerate.HubSpot.Storage;

/// <summary>
/// Request budgets shared by every host instance on one store, so instances together stay inside a remote limit (a
/// HubSpot portal's requests per 10 seconds) that each would otherwise spend as if it were alone.
/// </summary>
public interface IRateBudgetStore
{
    /// <summary>
    /// Takes up to <paramref name="requested"/> permits from a budget in one atomic write: the permits granted under
    /// <paramref name="budgetName"/> within the rolling <paramref name="window"/> ending now, counted in whole-second
    /// slots, never exceed <paramref name="limit"/>.
    /// </summary>
    /// <param name="budgetName">Which budget, e.g. <c>hubspot:general</c>; up to 1000 characters.</param>
    /// <param name="requested">How many permits the caller wants, 1 to <paramref name="limit"/>.</param>
    /// <param name="limit">The most permits the window allows, at least 1.</param>
    /// <param name="window">The rolling window, whole seconds, 1 second to 1 day.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>How many permits were granted, 0 to <paramref name="requested"/>.</returns>
    ValueTask<int> TakeRatePermitsAsync(string budgetName, int requested, int limit, TimeSpan window, CancellationToken cancellationToken = default);
}
