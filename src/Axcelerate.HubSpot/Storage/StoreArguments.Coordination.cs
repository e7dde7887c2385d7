namespace Axcelerate.HubSpot.Storage;

internal static partial class StoreArguments
{
    public static void LeaseRequest(string leaseName, string holder)
    {
        SyncKey(leaseName, nameof(leaseName));
        SyncKey(holder, nameof(holder));
    }

    public static void RateRequest(string budgetName, int requested, int limit, TimeSpan window)
    {
        SyncKey(budgetName, nameof(budgetName));
        if (limit < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(limit), limit, "A rate budget's limit is at least 1.");
        }

        if (requested < 1 || requested > limit)
        {
            throw new ArgumentOutOfRangeException(nameof(requested), requested, $"The permits requested must be between 1 and the limit ({limit}).");
        }

        if (window < TimeSpan.FromSeconds(1) || window > TimeSpan.FromDays(1) || window.Ticks % TimeSpan.TicksPerSecond != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(window), window, "A rate budget's window is whole seconds, from 1 second to 1 day.");
        }
    }

    /// <summary>The whole-second slot a time falls in (Unix seconds).</summary>
    public static long RateSlot(DateTimeOffset now) => now.ToUnixTimeSeconds();
}
