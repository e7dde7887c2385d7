using System.Text.Json;
using Axcelerate.HubSpot.Import;
using Axcelerate.HubSpot.TestKit;
using Axcelerate.HubSpot.Testing.HubSpot.Objects;
using Axcelerate.HubSpot.Testing.Journal;

namespace Axcelerate.HubSpot.Tests.Import;

/// <summary>Seeding and observing helpers of the Sync Fields tests (over the real sandbox through <see cref="SandboxHost"/>).</summary>
internal static class FieldSyncSandbox
{
    public static IFieldSyncOrchestrator SyncFields(this SandboxHost host) => host.Get<IFieldSyncOrchestrator>();

    /// <summary>A contact in each system, linked in the store as an import would have left them.</summary>
    public static async Task<(int AxcelerateId, string HubSpotId)> AddLinkedContactAsync(
        this SandboxHost host,
        string email,
        IReadOnlyDictionary<string, string?>? axcelerate = null,
        IReadOnlyDictionary<string, string?>? hubSpot = null)
    {
        var contact = host.Sandbox.Axcelerate.AddContact("Given", "Family", email, axcelerate);
        var hubSpotId = host.AddHubSpotContact("Given", "Family", email, hubSpot);
        await host.Links().LinkAsync(MappedEntity.Contact, contact.Id, hubSpotId);
        return (contact.Id, hubSpotId);
    }

    /// <summary>The HubSpot batch-update requests of contacts.</summary>
    public static IReadOnlyList<JournalEntry> HubSpotBatchUpdates(this SandboxHost host) =>
        host.Sandbox.HubSpot.Journal.Entries.Where(e => e.Method == "POST" && e.Path.EndsWith("/contacts/batch/update", StringComparison.Ordinal)).ToList();

    /// <summary>The inputs of one batch request (id → the properties sent).</summary>
    public static Dictionary<string, Dictionary<string, string?>> BatchInputs(JournalEntry entry)
    {
        using var body = JsonDocument.Parse(entry.Body);
        return body.RootElement.GetProperty("inputs").EnumerateArray().ToDictionary(
            i => i.GetProperty("id").GetString()!,
            i => i.GetProperty("properties").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()));
    }

    public static string? HubSpotValue(this SandboxHost host, string id, string property) =>
        host.Sandbox.HubSpot.GetObject(HubSpotObjectType.Contacts, id)![property];
}

/// <summary>Collects Sync Fields progress reports as they are made.</summary>
internal sealed class RecordingSyncProgress(Action<FieldSyncProgress>? onReport = null) : IProgress<FieldSyncProgress>
{
    public List<FieldSyncProgress> Reports { get; } = [];

    public void Report(FieldSyncProgress value)
    {
        Reports.Add(value);
        onReport?.Invoke(value);
    }
}
