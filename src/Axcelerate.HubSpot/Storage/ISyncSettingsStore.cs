namespace Axcelerate.HubSpot.Storage;

/// <summary>Keeps the on/off switch of each sync flow. Defaults for flows never set belong to <c>ISyncSettingsService</c>.</summary>
public interface ISyncSettingsStore
{
    /// <summary>Reads the switches that were ever set.</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The stored switches; flows never set are absent.</returns>
    ValueTask<IReadOnlyDictionary<SyncFlow, bool>> GetSyncSettingsAsync(CancellationToken cancellationToken = default);

    /// <summary>Sets several switches in one transaction (an administrator saving the whole form).</summary>
    /// <param name="switches">The flows to set and their new state; flows not listed keep theirs.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the switches are durable.</returns>
    ValueTask SetSyncSettingsAsync(IReadOnlyDictionary<SyncFlow, bool> switches, CancellationToken cancellationToken = default);
}
