using System.Net;
using System.Text.Json.Nodes;
using Axcelerate.HubSpot.Testing.DemoData;
using Axcelerate.HubSpot.Testing.HubSpot.Objects;

namespace Axcelerate.HubSpot.Testing.Tests.HubSpot;

/// <summary>The emulator's association and owner answers, in HubSpot's shapes.</summary>
public sealed class HubSpotAssociationsAndOwnersTests
{
    [Fact]
    public async Task Batch_default_association_answers_from_to_and_association_spec_for_both_directions()
    {
        await using var hs = await HubSpotSandboxFixture.StartAsync();
        var deal = hs.HubSpot.CreateObject(HubSpotObjectType.Deals, new Dictionary<string, string?> { ["dealname"] = "Cert IV" });
        var company = hs.HubSpot.CreateObject(HubSpotObjectType.Companies, new Dictionary<string, string?> { ["name"] = "Acme" });

        var (response, body) = await hs.PostAsync("crm/associations/2026-03/deals/companies/batch/associate/default", new JsonObject
        {
            ["inputs"] = new JsonArray(new JsonObject { ["from"] = new JsonObject { ["id"] = deal.Id }, ["to"] = new JsonObject { ["id"] = company.Id } }),
        });

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        body!["results"]!.AsArray().Select(r => ((string?)r!["from"]!["id"], (string?)r["to"]!["id"], (string?)r["associationSpec"]!["associationCategory"], (int)r["associationSpec"]!["associationTypeId"]!))
            .Should().BeEquivalentTo([(deal.Id, company.Id, "HUBSPOT_DEFINED", 341), (company.Id, deal.Id, "HUBSPOT_DEFINED", 342)]);
    }

    [Fact]
    public async Task A_new_primary_company_of_a_deal_replaces_the_old_one_and_keeps_the_default_types()
    {
        await using var hs = await HubSpotSandboxFixture.StartAsync();
        var deal = hs.HubSpot.CreateObject(HubSpotObjectType.Deals, new Dictionary<string, string?> { ["dealname"] = "Diploma" });
        var first = hs.HubSpot.CreateObject(HubSpotObjectType.Companies, new Dictionary<string, string?> { ["name"] = "First" });
        var second = hs.HubSpot.CreateObject(HubSpotObjectType.Companies, new Dictionary<string, string?> { ["name"] = "Second" });
        var primary = new JsonArray(new JsonObject { ["associationCategory"] = "HUBSPOT_DEFINED", ["associationTypeId"] = 5 });

        await hs.SendAsync(HttpMethod.Put, $"crm/v4/objects/deals/{deal.Id}/associations/companies/{first.Id}", primary);
        var (_, labelled) = await hs.SendAsync(HttpMethod.Put, $"crm/v4/objects/deals/{deal.Id}/associations/companies/{second.Id}", primary.DeepClone());
        var (_, list) = await hs.GetAsync($"crm/v4/objects/deals/{deal.Id}/associations/companies");
        var (_, fromCompany) = await hs.GetAsync($"crm/v4/objects/companies/{second.Id}/associations/deals");

        labelled!["labels"]!.AsArray().Select(l => (string?)l).Should().Equal("Primary");
        var types = list!["results"]!.AsArray().ToDictionary(r => ((long)r!["toObjectId"]!).ToString(System.Globalization.CultureInfo.InvariantCulture), r => r!["associationTypes"]!.AsArray().Select(t => (int)t!["typeId"]!).ToList());
        types[first.Id].Should().Equal(341);
        types[second.Id].Should().Equal(5, 341);
        fromCompany!["results"]![0]!["associationTypes"]!.AsArray().Select(t => ((int)t!["typeId"]!, (string?)t["label"])).Should().Equal((6, "Deal with Primary Company"), (342, null));
    }

    [Fact]
    public async Task Deactivated_owners_are_listed_and_found_only_with_archived_true()
    {
        await using var hs = await HubSpotSandboxFixture.StartAsync(demoData: new DemoDataOptions { HubSpotOwners = 2, HubSpotContacts = 0, HubSpotCompanies = 0, HubSpotDeals = 0 });
        var gone = hs.HubSpot.Owners.Single(o => o.Archived);

        var (_, active) = await hs.GetAsync("crm/owners/2026-03");
        var (_, archived) = await hs.GetAsync("crm/owners/2026-03?archived=true");
        var (notFound, _) = await hs.GetAsync($"crm/owners/2026-03/{gone.Id}");
        var (found, owner) = await hs.GetAsync($"crm/v3/owners/{gone.Id}?archived=true");

        active!["results"]!.AsArray().Should().HaveCount(2).And.OnlyContain(o => (bool)o!["archived"]! == false && o["userId"] != null);
        ((string?)archived!["results"]!.AsArray().Should().ContainSingle().Subject!["id"]).Should().Be(gone.Id);
        notFound.StatusCode.Should().Be(HttpStatusCode.NotFound);
        found.StatusCode.Should().Be(HttpStatusCode.OK);
        owner!["userId"].Should().BeNull();
        ((int)owner["userIdIncludingInactive"]!).Should().Be(gone.UserId);
        ((bool)owner["archived"]!).Should().BeTrue();
    }
}
