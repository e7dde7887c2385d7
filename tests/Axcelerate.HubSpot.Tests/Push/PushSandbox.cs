using Axcelerate.HubSpot.Push;
using Axcelerate.HubSpot.Settings;
using Axcelerate.HubSpot.TestKit;
using Axcelerate.HubSpot.Testing.HubSpot.Objects;
using Axcelerate.HubSpot.Testing.Journal;

namespace Axcelerate.HubSpot.Tests.Push;

/// <summary>Seeding and observing helpers of the push tests (over the real sandbox through <see cref="SandboxHost"/>).</summary>
internal static class PushSandbox
{
    public static IContactPushService Push(this SandboxHost host) => host.Get<IContactPushService>();

    /// <summary>Turns on both contact push flows (all flows start off).</summary>
    public static async Task EnablePushAsync(this SandboxHost host) =>
        await host.Get<ISyncSettingsService>().SetAsync(new Dictionary<SyncFlow, bool> { [SyncFlow.PushContactOnCreate] = true, [SyncFlow.PushContactOnUpdate] = true });

    public static IReadOnlyList<JournalEntry> HubSpotRequests(this SandboxHost host, string pathEnd) =>
        host.Sandbox.HubSpot.Journal.Entries.Where(e => e.Path.EndsWith(pathEnd, StringComparison.Ordinal)).ToList();

    public static List<HubSpotRecordView> HubSpotContactsWithEmail(this SandboxHost host, string email) =>
        host.Sandbox.HubSpot.Contacts
            .Where(c => string.Equals(c["email"], email, StringComparison.OrdinalIgnoreCase))
            .Select(c => new HubSpotRecordView(c.Id, c["jobtitle"], c["city"]))
            .ToList();

    public static string? HubSpotContactValue(this SandboxHost host, string id, string property) =>
        host.Sandbox.HubSpot.GetObject(HubSpotObjectType.Contacts, id)![property];
}

internal sealed record HubSpotRecordView(string Id, string? JobTitle, string? City);
