using Axcelerate.HubSpot.Storage;
using Microsoft.Extensions.Logging;

namespace Axcelerate.HubSpot.Settings;

/// <summary>Reads and writes the flow switches through the store; see <see cref="ISyncSettingsService"/>.</summary>
internal sealed class SyncSettingsService(ISyncSettingsStore store, ILogger<SyncSettingsService> logger) : ISyncSettingsService
{
    public async Task<SyncSettings> GetAsync(CancellationToken cancellationToken = default) =>
        new(await store.GetSyncSettingsAsync(cancellationToken).ConfigureAwait(false));

    public async Task<SyncSettings> SetAsync(IReadOnlyDictionary<SyncFlow, bool> switches, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(switches);
        foreach (var flow in switches.Keys)
        {
            if (!Enum.IsDefined(flow))
            {
                throw new ArgumentOutOfRangeException(nameof(switches), flow, $"{flow} is not a sync flow.");
            }
        }

        var before = await GetAsync(cancellationToken).ConfigureAwait(false);
        await store.SetSyncSettingsAsync(switches, cancellationToken).ConfigureAwait(false);
        foreach (var (flow, enabled) in switches)
        {
            if (before.IsEnabled(flow) != enabled)
            {
                SettingsLog.FlowSwitched(logger, flow, enabled ? "on" : "off");
            }
        }

        return await GetAsync(cancellationToken).ConfigureAwait(false);
    }

    public Task<SyncSettings> SetAsync(SyncFlow flow, bool enabled, CancellationToken cancellationToken = default) =>
        SetAsync(new Dictionary<SyncFlow, bool> { [flow] = enabled }, cancellationToken);

    public async Task<bool> IsEnabledAsync(SyncFlow flow, CancellationToken cancellationToken = default) =>
        (await GetAsync(cancellationToken).ConfigureAwait(false)).IsEnabled(flow);

    public async Task<bool> ShouldRunAsync(SyncFlow flow, string? subject = null, CancellationToken cancellationToken = default)
    {
        if (await IsEnabledAsync(flow, cancellationToken).ConfigureAwait(false))
        {
            return true;
        }

        SettingsLog.FlowOff(logger, flow, string.IsNullOrWhiteSpace(subject) ? "(no subject)" : subject);
        return false;
    }
}
