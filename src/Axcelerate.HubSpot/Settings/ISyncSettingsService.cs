namespace Axcelerate.HubSpot.Settings;

/// <summary>
/// The integration's sync settings: one switch per flow (<see cref="SyncFlow"/>), all off until an administrator turns them
/// on. A flow that is off does nothing and says so in the log (<see cref="ShouldRunAsync"/>). Values are read from the
/// store on every call, so a change made by one host instance is seen by all.
/// </summary>
public interface ISyncSettingsService
{
    /// <summary>Reads the state of every flow.</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The effective settings.</returns>
    Task<SyncSettings> GetAsync(CancellationToken cancellationToken = default);

    /// <summary>Sets several flows at once (an administrator saving the settings form); flows not listed keep their state.</summary>
    /// <param name="switches">The flows to set and their new state.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The effective settings after the change.</returns>
    Task<SyncSettings> SetAsync(IReadOnlyDictionary<SyncFlow, bool> switches, CancellationToken cancellationToken = default);

    /// <summary>Turns one flow on or off.</summary>
    /// <param name="flow">The flow.</param>
    /// <param name="enabled">The new state.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The effective settings after the change.</returns>
    Task<SyncSettings> SetAsync(SyncFlow flow, bool enabled, CancellationToken cancellationToken = default);

    /// <summary>Whether a flow is on, without logging.</summary>
    /// <param name="flow">The flow.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>True when the flow runs.</returns>
    Task<bool> IsEnabledAsync(SyncFlow flow, CancellationToken cancellationToken = default);

    /// <summary>
    /// The guard every flow calls first: true when the flow is on; otherwise logs "Flow X is off; nothing done" (with
    /// the subject, e.g. the record or event) and returns false, and the caller must do nothing.
    /// </summary>
    /// <param name="flow">The flow about to run.</param>
    /// <param name="subject">What the flow would have acted on, for the log line (e.g. <c>contact 123</c>); no secrets.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>True when the flow may run.</returns>
    Task<bool> ShouldRunAsync(SyncFlow flow, string? subject = null, CancellationToken cancellationToken = default);
}
