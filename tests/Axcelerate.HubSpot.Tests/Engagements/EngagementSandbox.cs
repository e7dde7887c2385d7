using Axcelerate.HubSpot.Engagements;
using Axcelerate.HubSpot.Paging;
using Axcelerate.HubSpot.Storage;
using Axcelerate.HubSpot.TestKit;
using Axcelerate.HubSpot.Testing.HubSpot.Objects;
using Axcelerate.HubSpot.Testing.HubSpot.Owners;

namespace Axcelerate.HubSpot.Tests.Engagements;

/// <summary>Arranging HubSpot records and engagements in the sandbox (as users would in HubSpot) for the engagements tests.</summary>
internal static class EngagementSandbox
{
    public static readonly DateTimeOffset Day = new(2026, 2, 10, 9, 0, 0, TimeSpan.Zero);

    public static IEngagementService Engagements(this SandboxHost host) => host.Get<IEngagementService>();

    public static string AddContact(this SandboxHost host, string email) =>
        host.Sandbox.HubSpot.CreateObject(HubSpotObjectType.Contacts, new Dictionary<string, string?> { ["email"] = email, ["firstname"] = "Ada" }).Id;

    public static string AddCompanyOf(this SandboxHost host, string contactId, string name)
    {
        var id = host.Sandbox.HubSpot.CreateObject(HubSpotObjectType.Companies, new Dictionary<string, string?> { ["name"] = name }).Id;
        host.Sandbox.HubSpot.Associate(HubSpotObjectType.Contacts, contactId, HubSpotObjectType.Companies, id);
        return id;
    }

    public static string AddDealOf(this SandboxHost host, string contactId, string name)
    {
        var id = host.Sandbox.HubSpot.CreateObject(HubSpotObjectType.Deals, new Dictionary<string, string?> { ["dealname"] = name }).Id;
        host.Sandbox.HubSpot.Associate(HubSpotObjectType.Deals, id, HubSpotObjectType.Contacts, contactId);
        return id;
    }

    /// <summary>Creates an engagement at <paramref name="at"/> associated with each of <paramref name="on"/>.</summary>
    public static string AddEngagement(this SandboxHost host, HubSpotObjectType type, DateTimeOffset at, IReadOnlyDictionary<string, string?> properties, params (HubSpotObjectType Type, string Id)[] on)
    {
        var values = new Dictionary<string, string?>(properties) { ["hs_timestamp"] = at.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture) };
        var id = host.Sandbox.HubSpot.CreateObject(type, values).Id;
        foreach (var (toType, toId) in on)
        {
            host.Sandbox.HubSpot.Associate(type, id, toType, toId);
        }

        return id;
    }

    public static string AddNote(this SandboxHost host, DateTimeOffset at, string body, params (HubSpotObjectType Type, string Id)[] on) =>
        host.AddEngagement(HubSpotObjectType.Notes, at, new Dictionary<string, string?> { ["hs_note_body"] = body }, on);

    public static void AddOwner(this SandboxHost host, string id, string first, string last, bool archived = false) =>
        host.Sandbox.HubSpot.AddOwner(new SandboxHubSpotOwner(id, int.Parse(id, System.Globalization.CultureInfo.InvariantCulture) - 20_000_000, $"{first.ToLowerInvariant()}@example.com", first, last, archived));

    public static async Task LinkContactAsync(this SandboxHost host, long axcelerateId, string hubSpotId) =>
        await host.Get<IRecordLinkStore>().LinkAsync(MappedEntity.Contact, axcelerateId, hubSpotId);

    public static async Task LinkOrganisationAsync(this SandboxHost host, long axcelerateId, string hubSpotId) =>
        await host.Get<IRecordLinkStore>().LinkAsync(MappedEntity.Organisation, axcelerateId, hubSpotId);

    public static async Task<List<T>> AllAsync<T>(this AsyncPageable<T> pageable)
    {
        var all = new List<T>();
        await foreach (var item in pageable)
        {
            all.Add(item);
        }

        return all;
    }

    public static async Task<List<Page<T>>> PagesAsync<T>(this AsyncPageable<T> pageable, int pageSize, string? from = null)
    {
        var pages = new List<Page<T>>();
        await foreach (var page in pageable.AsPages(from, pageSize))
        {
            pages.Add(page);
        }

        return pages;
    }
}
