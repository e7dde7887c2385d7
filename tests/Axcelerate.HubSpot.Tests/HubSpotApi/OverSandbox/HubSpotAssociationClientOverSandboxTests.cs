using Axcelerate.HubSpot.HubSpotApi;
using Axcelerate.HubSpot.Testing.HubSpot.Objects;

namespace Axcelerate.HubSpot.Tests.HubSpotApi.OverSandbox;

/// <summary>The association client against the emulator, which answers with HubSpot's real shapes and rules.</summary>
public sealed class HubSpotAssociationClientOverSandboxTests
{
    private static Dictionary<string, string?> Props(string name, string value) => new() { [name] = value };

    [Theory]
    [InlineData("2026-03")]
    [InlineData("v3")]
    public async Task Batch_create_reports_every_unlabelled_and_labelled_association_it_made(string apiVersion)
    {
        await using var hs = await SandboxHost.StartAsync(integration: o => o.HubSpot.ApiVersion = apiVersion);
        var sandbox = hs.Sandbox.HubSpot;
        var contacts = Enumerable.Range(1, 3).Select(i => sandbox.CreateObject(HubSpotObjectType.Contacts, Props("email", $"c{i}@example.com")).Id).ToList();
        var companies = Enumerable.Range(1, 3).Select(i => sandbox.CreateObject(HubSpotObjectType.Companies, Props("name", $"Company {i}")).Id).ToList();

        var result = await hs.HubSpot.Associations.BatchCreateAsync("contacts", "companies",
        [
            new HubSpotAssociationInput(contacts[0], companies[0], []),
            new HubSpotAssociationInput(contacts[1], companies[1], []),
            new HubSpotAssociationInput(contacts[2], companies[2], [HubSpotAssociationType.HubSpotDefined(HubSpotAssociationTypeIds.ContactToCompanyPrimary)]),
        ]);

        result.Errors.Should().BeEmpty();
        result.Results.Select(r => (r.FromId, r.ToId)).Should().BeEquivalentTo(contacts.Zip(companies));
        for (var i = 0; i < 3; i++)
        {
            sandbox.GetAssociatedIds(HubSpotObjectType.Contacts, contacts[i], HubSpotObjectType.Companies).Should().Equal(companies[i]);
        }
    }

    [Fact]
    public async Task A_labelled_association_also_carries_the_default_type_and_the_first_company_becomes_the_only_primary()
    {
        await using var hs = await SandboxHost.StartAsync();
        var sandbox = hs.Sandbox.HubSpot;
        var contact = sandbox.CreateObject(HubSpotObjectType.Contacts, Props("email", "pat@example.com")).Id;
        var first = sandbox.CreateObject(HubSpotObjectType.Companies, Props("name", "First Pty Ltd")).Id;
        var second = sandbox.CreateObject(HubSpotObjectType.Companies, Props("name", "Second Pty Ltd")).Id;

        await hs.HubSpot.Associations.CreateDefaultAsync("contacts", contact, "companies", first);
        await hs.HubSpot.Associations.CreateDefaultAsync("contacts", contact, "companies", second);
        var beforeSwitch = await ListAsync(hs.HubSpot, "contacts", contact, "companies");
        var labels = await hs.HubSpot.Associations.CreateAsync("contacts", contact, "companies", second, [HubSpotAssociationType.HubSpotDefined(HubSpotAssociationTypeIds.ContactToCompanyPrimary)]);
        var afterSwitch = await ListAsync(hs.HubSpot, "contacts", contact, "companies");
        var fromCompany = await ListAsync(hs.HubSpot, "companies", second, "contacts");

        beforeSwitch.Single(a => a.ToObjectId == first).Types.Select(t => (t.TypeId, t.Label)).Should().Equal((1, "Primary"), (279, null));
        beforeSwitch.Single(a => a.ToObjectId == second).Types.Select(t => t.TypeId).Should().Equal(279);
        labels.Should().Equal("Primary");
        afterSwitch.Single(a => a.ToObjectId == first).Types.Select(t => t.TypeId).Should().Equal(279);
        afterSwitch.Single(a => a.ToObjectId == second).Types.Select(t => t.TypeId).Should().Equal(1, 279);
        fromCompany.Should().ContainSingle().Which.Types.Select(t => (t.TypeId, t.Label)).Should().Equal((2, "Contact with Primary Company"), (280, null));
    }

    [Fact]
    public async Task Listing_a_records_associations_resumes_from_a_continuation_token()
    {
        await using var hs = await SandboxHost.StartAsync();
        var sandbox = hs.Sandbox.HubSpot;
        var company = sandbox.CreateObject(HubSpotObjectType.Companies, Props("name", "Big Employer")).Id;
        var contacts = Enumerable.Range(1, 5).Select(i => sandbox.CreateObject(HubSpotObjectType.Contacts, Props("email", $"staff{i}@example.com")).Id).ToList();
        foreach (var contact in contacts)
        {
            sandbox.Associate(HubSpotObjectType.Companies, company, HubSpotObjectType.Contacts, contact);
        }

        string? token = null;
        await foreach (var page in hs.HubSpot.Associations.ListAsync("companies", company, "contacts").AsPages(pageSizeHint: 2))
        {
            page.Values.Select(a => a.ToObjectId).Should().Equal(contacts.Take(2));
            token = page.ContinuationToken;
            break;
        }

        List<string> rest = [];
        await foreach (var page in hs.HubSpot.Associations.ListAsync("companies", company, "contacts").AsPages(token, pageSizeHint: 2))
        {
            rest.AddRange(page.Values.Select(a => a.ToObjectId));
        }

        token.Should().NotBeNull();
        rest.Should().Equal(contacts.Skip(2));
    }

    [Fact]
    public async Task Batch_read_gives_a_record_without_associations_an_empty_set_not_an_error()
    {
        await using var hs = await SandboxHost.StartAsync();
        var sandbox = hs.Sandbox.HubSpot;
        var linked = sandbox.CreateObject(HubSpotObjectType.Contacts, Props("email", "linked@example.com")).Id;
        var alone = sandbox.CreateObject(HubSpotObjectType.Contacts, Props("email", "alone@example.com")).Id;
        var company = sandbox.CreateObject(HubSpotObjectType.Companies, Props("name", "Employer Pty Ltd")).Id;
        sandbox.Associate(HubSpotObjectType.Contacts, linked, HubSpotObjectType.Companies, company);

        var result = await hs.HubSpot.Associations.BatchReadAsync("contacts", "companies", [linked, alone]);

        result.HasErrors.Should().BeFalse();
        result.Results.Single(r => r.FromId == linked).To.Should().ContainSingle().Which.ToObjectId.Should().Be(company);
        result.Results.Single(r => r.FromId == alone).To.Should().BeEmpty();
    }

    private static async Task<List<HubSpotAssociation>> ListAsync(IHubSpotClient client, string fromType, string fromId, string toType)
    {
        List<HubSpotAssociation> found = [];
        await foreach (var association in client.Associations.ListAsync(fromType, fromId, toType))
        {
            found.Add(association);
        }

        return found;
    }
}
