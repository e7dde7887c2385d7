using Axcelerate.HubSpot.Import;
using Axcelerate.HubSpot.Storage;
using Axcelerate.HubSpot.TestKit;
using Axcelerate.HubSpot.Testing.Axcelerate;
using Axcelerate.HubSpot.Testing.HubSpot.Objects;
using Axcelerate.HubSpot.Testing.Journal;

namespace Axcelerate.HubSpot.Tests.Import;

/// <summary>Seeding and observing helpers shared by the import tests (over the real sandbox through <see cref="SandboxHost"/>).</summary>
internal static class ImportSandbox
{
    public static IImportOrchestrator Import(this SandboxHost host) => host.Get<IImportOrchestrator>();

    public static IRecordLinkStore Links(this SandboxHost host) => host.Get<IRecordLinkStore>();

    /// <summary>Creates a HubSpot contact as a user would and returns its id.</summary>
    public static string AddHubSpotContact(this SandboxHost host, string first, string last, string? email, IReadOnlyDictionary<string, string?>? more = null)
    {
        var properties = new Dictionary<string, string?>(more ?? new Dictionary<string, string?>()) { ["firstname"] = first, ["lastname"] = last };
        if (email is not null)
        {
            properties["email"] = email;
        }

        return host.Sandbox.HubSpot.CreateObject(HubSpotObjectType.Contacts, properties).Id;
    }

    /// <summary>Creates <paramref name="count"/> HubSpot contacts person1@… and returns their ids in creation order.</summary>
    public static List<string> AddHubSpotContacts(this SandboxHost host, int count, string domain = "example.edu.au") =>
        Enumerable.Range(1, count).Select(i => host.AddHubSpotContact($"Given{i}", $"Family{i}", $"person{i}@{domain}")).ToList();

    public static string AddHubSpotCompany(this SandboxHost host, string name, IReadOnlyDictionary<string, string?>? more = null)
    {
        var properties = new Dictionary<string, string?>(more ?? new Dictionary<string, string?>()) { ["name"] = name };
        return host.Sandbox.HubSpot.CreateObject(HubSpotObjectType.Companies, properties).Id;
    }

    /// <summary>The requests that change data in aXcelerate (anything but GET).</summary>
    public static IReadOnlyList<JournalEntry> AxcelerateWrites(this SandboxHost host) =>
        host.Sandbox.Axcelerate.Journal.Entries.Where(e => e.Method != "GET").ToList();

    /// <summary>The requests that change data in HubSpot (writes; list and batch reads excluded).</summary>
    public static IReadOnlyList<JournalEntry> HubSpotWrites(this SandboxHost host) =>
        host.Sandbox.HubSpot.Journal.Entries
            .Where(e => e.Method is "PATCH" or "PUT" or "DELETE" || (e.Method == "POST" && !e.Path.EndsWith("/search", StringComparison.Ordinal) && !e.Path.EndsWith("/batch/read", StringComparison.Ordinal)))
            .ToList();

    public static void ClearJournals(this SandboxHost host)
    {
        host.Sandbox.Axcelerate.Journal.Clear();
        host.Sandbox.HubSpot.Journal.Clear();
    }

    /// <summary>The aXcelerate contacts other than the sandbox's own web-service contact.</summary>
    public static List<AxcelerateSandboxRecord> AxcelerateContactsWithEmail(this SandboxHost host) =>
        host.Sandbox.Axcelerate.Contacts.Where(c => c.Id != host.Sandbox.Axcelerate.WebServiceContactId).ToList();
}

/// <summary>Collects progress reports as they are made (no synchronisation context in between).</summary>
internal sealed class RecordingProgress(Action<ImportProgress>? onReport = null) : IProgress<ImportProgress>
{
    public List<ImportProgress> Reports { get; } = [];

    public void Report(ImportProgress value)
    {
        Reports.Add(value);
        onReport?.Invoke(value);
    }
}
