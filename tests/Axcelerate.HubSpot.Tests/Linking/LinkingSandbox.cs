using System.Globalization;
using Axcelerate.HubSpot.Deals;
using Axcelerate.HubSpot.Linking;
using Axcelerate.HubSpot.Storage;
using Axcelerate.HubSpot.TestKit;
using Axcelerate.HubSpot.Testing.HubSpot.Objects;

namespace Axcelerate.HubSpot.Tests.Linking;

/// <summary>Seeding helpers shared by the link and export tests (over the real sandbox through <see cref="SandboxHost"/>).</summary>
internal static class LinkingSandbox
{
    /// <summary>The sandbox portal's record address prefix, as the account-info details give it.</summary>
    public const string RecordAddressPrefix = "https://app.hubspot.com/contacts/24680135/record/";

    public static IContactLinkService ContactLinks(this SandboxHost host) => host.Get<IContactLinkService>();

    public static IOrganisationLinkService OrganisationLinks(this SandboxHost host) => host.Get<IOrganisationLinkService>();

    public static IOpportunityLinkService OpportunityLinks(this SandboxHost host) => host.Get<IOpportunityLinkService>();

    public static IRecordLinkStore Links(this SandboxHost host) => host.Get<IRecordLinkStore>();

    /// <summary>Maps qualifiedtobuy ↔ Prospect (2) and closedwon ↔ Won (5) in the sandbox's first pipeline ("default").</summary>
    public static Task MapStagesAsync(this SandboxHost host) =>
        host.Get<IDealStageMappingService>().SaveAsync(new Dictionary<string, int> { ["qualifiedtobuy"] = 2, ["closedwon"] = 5 });

    public static long AddAxcelerateContact(this SandboxHost host, string given, string surname, string? email, long? organisationId = null)
    {
        var fields = new Dictionary<string, string?>();
        if (organisationId is { } org)
        {
            fields["ORGID"] = org.ToString(CultureInfo.InvariantCulture);
        }

        return host.Sandbox.Axcelerate.AddContact(given, surname, email, fields).Id;
    }

    public static string AddHubSpotContact(this SandboxHost host, string first, string last, string email) =>
        host.Sandbox.HubSpot.CreateObject(HubSpotObjectType.Contacts, new Dictionary<string, string?> { ["firstname"] = first, ["lastname"] = last, ["email"] = email }).Id;

    public static string AddHubSpotCompany(this SandboxHost host, string name, string? domain = null) =>
        host.Sandbox.HubSpot.CreateObject(HubSpotObjectType.Companies, new Dictionary<string, string?> { ["name"] = name, ["domain"] = domain }).Id;

    public static string AddHubSpotDeal(this SandboxHost host, string name, string stage = "qualifiedtobuy", string? amount = null, string? ownerId = null, string pipeline = "default")
    {
        var properties = new Dictionary<string, string?> { ["dealname"] = name, ["pipeline"] = pipeline, ["dealstage"] = stage, ["amount"] = amount };
        if (ownerId is not null)
        {
            properties["hubspot_owner_id"] = ownerId;
        }

        return host.Sandbox.HubSpot.CreateObject(HubSpotObjectType.Deals, properties).Id;
    }

    /// <summary>An aXcelerate contact linked to a new HubSpot contact; returns both ids.</summary>
    public static async Task<(long AxcelerateId, string HubSpotId)> LinkedContactAsync(this SandboxHost host, string email, long? organisationId = null)
    {
        var ax = host.AddAxcelerateContact("Linked", "Contact", email, organisationId);
        var hs = host.AddHubSpotContact("Linked", "Contact", email);
        var result = await host.ContactLinks().LinkAsync(ax, hs);
        result.Outcome.Should().Be(LinkOutcome.Linked, result.Reason);
        return (ax, hs);
    }

    public static long AddOpportunity(this SandboxHost host, string name, long? marketingContactId, string? status = "Prospect", string? value = "2500", long? ownerId = null)
    {
        var fields = new Dictionary<string, string?> { ["OPPORTUNITYSTATUS"] = status, ["FORECASTVALUE"] = value };
        if (marketingContactId is { } contact)
        {
            fields["MARKETINGCONTACTID"] = contact.ToString(CultureInfo.InvariantCulture);
        }

        if (ownerId is { } owner)
        {
            fields["OWNERID"] = owner.ToString(CultureInfo.InvariantCulture);
        }

        return host.Sandbox.Axcelerate.AddTask(name, fields).Id;
    }
}
