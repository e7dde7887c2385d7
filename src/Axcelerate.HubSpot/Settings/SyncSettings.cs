using System.Collections.ObjectModel;

namespace Axcelerate.HubSpot.Settings;

/// <summary>The effective on/off state of every <see cref="SyncFlow"/>, stored values over defaults.</summary>
public sealed class SyncSettings
{
    /// <summary>
    /// The state of a flow nobody has set: off. Nothing moves between the systems until an administrator turns a
    /// flow on, so a fresh install never writes into a live account by surprise.
    /// </summary>
    public const bool DefaultEnabled = false;

    internal SyncSettings(IReadOnlyDictionary<SyncFlow, bool> stored)
    {
        var flows = new Dictionary<SyncFlow, bool>();
        foreach (var flow in Enum.GetValues<SyncFlow>())
        {
            flows[flow] = stored.TryGetValue(flow, out var enabled) ? enabled : DefaultEnabled;
        }

        Flows = new ReadOnlyDictionary<SyncFlow, bool>(flows);
    }

    /// <summary>Every flow and whether it is on.</summary>
    public IReadOnlyDictionary<SyncFlow, bool> Flows { get; }

    /// <summary>Whether a flow is on.</summary>
    /// <param name="flow">The flow.</param>
    /// <returns>True when the flow runs.</returns>
    public bool IsEnabled(SyncFlow flow) => Flows.TryGetValue(flow, out var enabled) ? enabled : DefaultEnabled;
}
