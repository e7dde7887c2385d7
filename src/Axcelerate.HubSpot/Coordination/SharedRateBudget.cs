using Axcelerate.HubSpot.Storage;
using Microsoft.Extensions.Logging;

namespace Axcelerate.HubSpot.Coordination;

/// <summary>
/// The HubSpot request budget every instance on one store shares (<see cref="HubSpotApi.HubSpotOptions.ShareRateBudget"/>):
/// permits come from <see cref="IRateBudgetStore"/> in chunks of <see cref="ChunkSize"/> (one store round trip per chunk,
/// not per request) and are handed out locally; when the store grants none, callers wait for its next whole-second slot.
/// </summary>
/// <remarks>
/// The store counts a chunk in the whole-second slot it was taken in, but a permit is used up to <see cref="HoldFor"/>
/// later and HubSpot counts it from then for its window. So the store's window is HubSpot's plus
/// <see cref="WindowMargin"/> (a second for the slot, a second for the hold): every request HubSpot still counts is then
/// still counted in the store, and the instances together never pass HubSpot's limit in any rolling window. Permits not
/// used within <see cref="HoldFor"/> are dropped (still counted), the price of that guarantee.
/// </remarks>
internal sealed class SharedRateBudget(
    Lazy<IRateBudgetStore> store,
    string name,
    Func<int> limit,
    Func<TimeSpan> window,
    TimeProvider time,
    ILogger logger) : IDisposable
{
    /// <summary>Permits taken from the store at a time.</summary>
    public const int ChunkSize = 5;

    /// <summary>How long permits taken from the store may be handed out.</summary>
    public static readonly TimeSpan HoldFor = TimeSpan.FromSeconds(1);

    /// <summary>What the store's window adds to HubSpot's: one slot plus <see cref="HoldFor"/>.</summary>
    public static readonly TimeSpan WindowMargin = TimeSpan.FromSeconds(2);

    private static readonly TimeSpan RetryAfterFailure = TimeSpan.FromSeconds(1);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private int _held;
    private DateTimeOffset _heldUntil;

    /// <summary>The budget's name in the store: the private app's or the OAuth app's window.</summary>
    public static string BudgetName(bool oauth) => oauth ? "hubspot:oauth:ten-secondly" : "hubspot:private-app:ten-secondly";

    /// <summary>The store window for a HubSpot window: whole seconds, <see cref="WindowMargin"/> longer.</summary>
    public static TimeSpan StoreWindow(TimeSpan hubSpotWindow) =>
        TimeSpan.FromSeconds(Math.Ceiling(hubSpotWindow.TotalSeconds) + WindowMargin.TotalSeconds);

    /// <summary>Waits for one permit of the shared budget.</summary>
    public async Task TakeAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            while (true)
            {
                var now = time.GetUtcNow();
                if (_held > 0 && now < _heldUntil)
                {
                    _held--;
                    return;
                }

                _held = 0;
                var permits = Math.Max(1, limit());
                int granted;
                try
                {
                    granted = await store.Value.TakeRatePermitsAsync(name, Math.Min(ChunkSize, permits), permits, StoreWindow(window()), cancellationToken).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
                {
                    // The store is unreachable: no permit can be proven free, so wait rather than risk the portal's limit.
                    CoordinationLog.RateBudgetFailed(logger, ex, name, RetryAfterFailure);
                    await Task.Delay(RetryAfterFailure, time, cancellationToken).ConfigureAwait(false);
                    continue;
                }

                if (granted > 0)
                {
                    _held = granted - 1;
                    _heldUntil = now + HoldFor;
                    return;
                }

                // Spent: the store frees permits a whole-second slot at a time.
                var nextSlot = DateTimeOffset.FromUnixTimeSeconds(now.ToUnixTimeSeconds() + 1);
                await Task.Delay(nextSlot - now, time, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}
