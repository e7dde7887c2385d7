using Axcelerate.HubSpot.Engagements;
using Axcelerate.HubSpot.TestKit;
using Axcelerate.HubSpot.Testing.HubSpot.Objects;

namespace Axcelerate.HubSpot.Tests.Engagements;

/// <summary>A linked organisation's engagements: its company's, over real HTTP against the strict sandbox.</summary>
public sealed class OrganisationEngagementsTests
{
    [Fact]
    public async Task An_organisation_view_shows_its_company_engagements_only_newest_first()
    {
        await using var host = await SandboxHost.StartAsync();
        var contact = host.AddContact("ada@example.edu.au");
        var company = host.AddCompanyOf(contact, "Harbour Training");
        await host.LinkOrganisationAsync(7001, company);
        var meeting = host.AddEngagement(HubSpotObjectType.Meetings, EngagementSandbox.Day.AddDays(-1), new Dictionary<string, string?> { ["hs_meeting_title"] = "Training plan", ["hs_meeting_outcome"] = "SCHEDULED" }, (HubSpotObjectType.Companies, company));
        var task = host.AddEngagement(HubSpotObjectType.Tasks, EngagementSandbox.Day, new Dictionary<string, string?> { ["hs_task_subject"] = "Renew the agreement", ["hs_task_status"] = "WAITING" }, (HubSpotObjectType.Companies, company), (HubSpotObjectType.Contacts, contact));
        host.AddNote(EngagementSandbox.Day, "The contact's own note", (HubSpotObjectType.Contacts, contact));

        var view = await host.Engagements().ListOrganisationEngagementsAsync(7001).AllAsync();

        view.Select(e => e.Id).Should().Equal(task, meeting);
        view.Should().OnlyContain(e => e.Source == new EngagementSource(EngagementSourceKind.Company, company, null));
        view[0].Status.Should().Be("WAITING");
        view[1].Outcome.Should().Be("SCHEDULED");
        view[1].Url.Should().Be(new Uri($"https://app.hubspot.com/contacts/24680135/record/0-2/{company}/?engagement={meeting}"));
    }

    [Fact]
    public async Task An_unlinked_organisation_is_refused_with_its_id()
    {
        await using var host = await SandboxHost.StartAsync();

        var act = () => host.Engagements().ListOrganisationEngagementsAsync(7002).AllAsync();

        (await act.Should().ThrowAsync<EngagementRecordNotLinkedException>())
            .WithMessage("aXcelerate organisation 7002 is not linked to a HubSpot company*")
            .Which.Entity.Should().Be(MappedEntity.Organisation);
    }
}
