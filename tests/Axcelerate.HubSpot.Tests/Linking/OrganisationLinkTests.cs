using Axcelerate.HubSpot.Linking;
using Axcelerate.HubSpot.TestKit;
using Axcelerate.HubSpot.Testing.HubSpot.Objects;

namespace Axcelerate.HubSpot.Tests.Linking;

/// <summary>Linking and exporting aXcelerate organisations as HubSpot companies over real HTTP against the strict sandbox.</summary>
public sealed class OrganisationLinkTests
{
    private static long AddOrganisation(SandboxHost host, string name, string? website = null, string? email = null, string? phone = null)
    {
        var id = host.Sandbox.Axcelerate.AddOrganisation(name).Id;
        if (website is not null || email is not null || phone is not null)
        {
            host.Sandbox.Axcelerate.Store.AddDetail(id, new Dictionary<string, string?>
            {
                ["TYPE"] = "Street Address", ["ADDRESS1"] = "1 George St", ["CITY"] = "Sydney", ["WEBSITE"] = website, ["EMAILADDRESS"] = email, ["PHONE"] = phone,
            });
        }

        return id;
    }

    [Fact]
    public async Task Companies_are_searched_by_the_domain_of_the_organisations_website_then_its_email_or_a_typed_one()
    {
        await using var host = await SandboxHost.StartAsync();
        var byWebsite = AddOrganisation(host, "Harbour Training", website: "https://www.HarbourTraining.com.au/courses");
        var byEmail = AddOrganisation(host, "Bridge College", email: "office@bridgecollege.edu.au");
        var none = AddOrganisation(host, "Nameless Pty Ltd");
        var harbour = host.AddHubSpotCompany("Harbour Training Pty Ltd", "harbourtraining.com.au");
        var bridge = host.AddHubSpotCompany("Bridge College", "bridgecollege.edu.au");
        host.LetSearchCatchUp();

        var website = await host.OrganisationLinks().GetCandidatesAsync(byWebsite);
        var email = await host.OrganisationLinks().GetCandidatesAsync(byEmail);
        var missing = await host.OrganisationLinks().GetCandidatesAsync(none);
        var typed = await host.OrganisationLinks().GetCandidatesAsync(none, "bridgecollege.edu.au");

        website.SearchedFor.Should().Be("harbourtraining.com.au");
        website.Candidates.Should().ContainSingle().Which.HubSpotId.Should().Be(harbour);
        email.SearchedFor.Should().Be("bridgecollege.edu.au");
        email.Candidates.Should().ContainSingle().Which.DisplayName.Should().Be("Bridge College (bridgecollege.edu.au)");
        missing.Searched.Should().BeFalse();
        missing.Refusal.Should().Contain("no website or email address");
        typed.Candidates.Should().ContainSingle().Which.HubSpotId.Should().Be(bridge);
    }

    [Fact]
    public async Task An_organisation_links_to_a_chosen_company_and_its_profile_shows_the_company()
    {
        await using var host = await SandboxHost.StartAsync();
        var organisation = AddOrganisation(host, "Harbour Training", website: "harbourtraining.com.au");
        var company = host.AddHubSpotCompany("Harbour Training", "harbourtraining.com.au");

        var result = await host.OrganisationLinks().LinkAsync(organisation, company);
        var profile = await host.OrganisationLinks().GetProfileAsync(organisation);

        result.Outcome.Should().Be(LinkOutcome.Linked);
        profile.State.Should().Be(HubSpotProfileState.Linked);
        profile.Address.Should().Be(new Uri(LinkingSandbox.RecordAddressPrefix + "0-2/" + company));
        profile.Properties.Should().Contain("name", "Harbour Training");
    }

    [Fact]
    public async Task Export_creates_the_company_with_its_mapped_fields_and_domain_associated_with_the_HubSpot_contacts_of_its_linked_contacts()
    {
        await using var host = await SandboxHost.StartAsync();
        var organisation = AddOrganisation(host, "Harbour Training", website: "www.harbourtraining.com.au", phone: "02 9999 0000");
        var (_, first) = await host.LinkedContactAsync("first@harbourtraining.com.au", organisation);
        var (_, second) = await host.LinkedContactAsync("second@harbourtraining.com.au", organisation);
        var (_, elsewhere) = await host.LinkedContactAsync("elsewhere@example.edu.au");
        host.AddAxcelerateContact("Unlinked", "Staff", "unlinked@harbourtraining.com.au", organisation);

        var result = await host.OrganisationLinks().ExportAsync(organisation);

        result.Outcome.Should().Be(LinkOutcome.Exported, result.Reason);
        var company = host.Sandbox.HubSpot.GetObject(HubSpotObjectType.Companies, result.HubSpotId!)!;
        company["name"].Should().Be("Harbour Training");
        company["domain"].Should().Be("harbourtraining.com.au");
        company["city"].Should().Be("Sydney");
        company["phone"].Should().NotBeNullOrEmpty();
        host.Sandbox.HubSpot.GetAssociatedIds(HubSpotObjectType.Companies, result.HubSpotId!, HubSpotObjectType.Contacts)
            .Should().BeEquivalentTo([first, second]);
        host.Sandbox.HubSpot.Journal.Entries.Should().ContainSingle(e => e.Path.Contains("/companies/contacts/batch/create", StringComparison.Ordinal));
        (await host.Links().FindByAxcelerateIdAsync(MappedEntity.Organisation, organisation))!.HubSpotId.Should().Be(result.HubSpotId);
        elsewhere.Should().NotBeNull();
    }

    [Fact]
    public async Task An_organisation_is_pushed_once_later_changes_and_exports_do_not_reach_HubSpot()
    {
        await using var host = await SandboxHost.StartAsync();
        var organisation = AddOrganisation(host, "Harbour Training", website: "harbourtraining.com.au");
        var exported = await host.OrganisationLinks().ExportAsync(organisation);
        host.Sandbox.Axcelerate.Store.UpdateOrganisation((int)organisation, new Dictionary<string, string?> { ["NAME"] = "Harbour Training Renamed" });
        host.Sandbox.HubSpot.Journal.Clear();

        var again = await host.OrganisationLinks().ExportAsync(organisation);
        var profile = await host.OrganisationLinks().GetProfileAsync(organisation);

        again.Outcome.Should().Be(LinkOutcome.Refused);
        again.Refusal.Should().Be(LinkRefusal.AlreadyLinked);
        again.Reason.Should().Contain($"organisation {organisation} is already linked to HubSpot company {exported.HubSpotId}").And.Contain("pushed to HubSpot once");
        profile.Properties.Should().Contain("name", "Harbour Training");
        host.Sandbox.HubSpot.Companies.Should().ContainSingle().Which["name"].Should().Be("Harbour Training");
        host.Sandbox.HubSpot.Journal.Entries.Should().OnlyContain(e => e.Method == "GET", "nothing is written to HubSpot after the one-time push");
    }

    [Fact]
    public async Task Linking_an_organisation_to_a_company_linked_elsewhere_is_refused_naming_both_ids_and_unlink_frees_it()
    {
        await using var host = await SandboxHost.StartAsync();
        var first = AddOrganisation(host, "First");
        var second = AddOrganisation(host, "Second");
        var company = host.AddHubSpotCompany("Shared", "shared.com.au");
        await host.OrganisationLinks().LinkAsync(first, company);

        var refused = await host.OrganisationLinks().LinkAsync(second, company);
        var unlinked = await host.OrganisationLinks().UnlinkAsync(first);
        var linked = await host.OrganisationLinks().LinkAsync(second, company);

        refused.Refusal.Should().Be(LinkRefusal.HubSpotRecordLinkedElsewhere);
        refused.Reason.Should().Contain($"HubSpot company {company} is already linked to aXcelerate organisation {first}").And.Contain($"organisation {second}");
        unlinked.Should().BeTrue();
        linked.Outcome.Should().Be(LinkOutcome.Linked);
    }
}
