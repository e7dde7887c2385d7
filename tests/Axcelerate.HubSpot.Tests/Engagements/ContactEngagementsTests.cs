using Axcelerate.HubSpot.Engagements;
using Axcelerate.HubSpot.TestKit;
using Axcelerate.HubSpot.Testing.HubSpot.Objects;

namespace Axcelerate.HubSpot.Tests.Engagements;

/// <summary>A linked contact's engagements: its own plus its companies' and deals', over real HTTP against the strict sandbox.</summary>
public sealed class ContactEngagementsTests
{
    private const long AxContact = 5001;

    [Fact]
    public async Task A_contact_view_shows_its_own_its_companies_and_its_deals_engagements_once_each_newest_first()
    {
        await using var host = await SandboxHost.StartAsync();
        host.AddOwner("90000001", "Grace", "Lee");
        var contact = host.AddContact("ada@example.edu.au");
        var company = host.AddCompanyOf(contact, "Harbour Training");
        var deal = host.AddDealOf(contact, "Cert IV intake");
        var other = host.AddContact("someone.else@example.edu.au");
        await host.LinkContactAsync(AxContact, contact);

        var note = host.AddEngagement(HubSpotObjectType.Notes, EngagementSandbox.Day, new Dictionary<string, string?> { ["hs_note_body"] = "<p>Asked about <b>RPL</b>.</p>", ["hubspot_owner_id"] = "90000001" }, (HubSpotObjectType.Contacts, contact));
        var call = host.AddEngagement(HubSpotObjectType.Calls, EngagementSandbox.Day.AddHours(-1), new Dictionary<string, string?>
        {
            ["hs_call_title"] = "Site call", ["hs_call_body"] = "Booked a visit", ["hs_call_direction"] = "INBOUND",
            ["hs_call_status"] = "COMPLETED", ["hs_call_disposition"] = "f240bbac-87c9-4f6e-bf70-924b57d47db7",
        }, (HubSpotObjectType.Companies, company));
        var email = host.AddEngagement(HubSpotObjectType.Emails, EngagementSandbox.Day.AddHours(1), new Dictionary<string, string?>
        {
            ["hs_email_subject"] = "Your quote", ["hs_email_html"] = "<html><body><p>Hi Ada,</p><p>Quote attached.</p></body></html>",
            ["hs_email_direction"] = "INCOMING_EMAIL", ["hs_email_status"] = "SENT",
        }, (HubSpotObjectType.Deals, deal));
        var meeting = host.AddEngagement(HubSpotObjectType.Meetings, EngagementSandbox.Day.AddHours(-2), new Dictionary<string, string?>
        {
            ["hs_meeting_title"] = "Enrolment interview", ["hs_meeting_body"] = "<div>Went well</div>", ["hs_meeting_outcome"] = "COMPLETED",
        }, (HubSpotObjectType.Deals, deal), (HubSpotObjectType.Contacts, contact));
        var task = host.AddEngagement(HubSpotObjectType.Tasks, EngagementSandbox.Day.AddHours(2), new Dictionary<string, string?>
        {
            ["hs_task_subject"] = "Send the enrolment form", ["hs_task_status"] = "NOT_STARTED",
        }, (HubSpotObjectType.Deals, deal));
        host.AddNote(EngagementSandbox.Day, "Not this contact's", (HubSpotObjectType.Contacts, other));

        var view = await host.Engagements().ListContactEngagementsAsync(AxContact).AllAsync();

        view.Select(e => (e.Type, e.Id)).Should().Equal(
            (EngagementType.Task, task), (EngagementType.Email, email), (EngagementType.Note, note), (EngagementType.Call, call), (EngagementType.Meeting, meeting));
        var contactSource = new EngagementSource(EngagementSourceKind.Contact, contact, null);
        var companySource = new EngagementSource(EngagementSourceKind.Company, company, "Harbour Training");
        var dealSource = new EngagementSource(EngagementSourceKind.Deal, deal, "Cert IV intake");

        var t = view[0];
        t.Subject.Should().Be("Send the enrolment form");
        t.Status.Should().Be("NOT_STARTED");
        t.Source.Should().Be(dealSource);
        t.Timestamp.Should().Be(EngagementSandbox.Day.AddHours(2));

        var e = view[1];
        e.Subject.Should().Be("Your quote");
        e.BodyPreview.Should().Be("Hi Ada, Quote attached.");
        e.Direction.Should().Be(EngagementDirection.Inbound);
        e.Status.Should().Be("SENT");
        e.Source.Should().Be(dealSource);

        var n = view[2];
        n.Subject.Should().BeNull();
        n.BodyPreview.Should().Be("Asked about RPL.");
        n.OwnerId.Should().Be("90000001");
        n.OwnerName.Should().Be("Grace Lee");
        n.Source.Should().Be(contactSource);
        n.Url.Should().Be(new Uri($"https://app.hubspot.com/contacts/24680135/record/0-1/{contact}/?engagement={note}"));

        var c = view[3];
        c.Subject.Should().Be("Site call");
        c.Direction.Should().Be(EngagementDirection.Inbound);
        c.Status.Should().Be("COMPLETED");
        c.Outcome.Should().Be("Connected");
        c.Source.Should().Be(companySource);
        c.OwnerName.Should().BeNull();
        c.Url.Should().Be(new Uri($"https://app.hubspot.com/contacts/24680135/record/0-2/{company}/?engagement={call}"));

        var m = view[4];
        m.Outcome.Should().Be("COMPLETED");
        m.Source.Should().Be(contactSource, "an engagement on the contact and on its deal is the contact's own");
        m.Sources.Should().Equal(contactSource, dealSource);
    }

    [Fact]
    public async Task Pages_follow_the_order_and_a_token_resumes_after_its_page_even_when_newer_engagements_arrive()
    {
        await using var host = await SandboxHost.StartAsync();
        var contact = host.AddContact("ada@example.edu.au");
        var company = host.AddCompanyOf(contact, "Harbour Training");
        var deal = host.AddDealOf(contact, "Cert IV intake");
        await host.LinkContactAsync(AxContact, contact);
        var on = new[] { (HubSpotObjectType.Contacts, contact), (HubSpotObjectType.Companies, company), (HubSpotObjectType.Deals, deal) };
        var notes = Enumerable.Range(0, 7).Select(i => host.AddNote(EngagementSandbox.Day.AddMinutes(-i), $"Note {i}", on[i % 3])).ToList();

        host.Sandbox.HubSpot.Journal.Clear();
        var requestsPerPage = new List<int>();
        var pages = new List<Axcelerate.HubSpot.Paging.Page<Engagement>>();
        await foreach (var page in host.Engagements().ListContactEngagementsAsync(AxContact).AsPages(null, 3))
        {
            pages.Add(page);
            requestsPerPage.Add(host.Sandbox.HubSpot.Journal.Entries.Count);
        }

        requestsPerPage.Should().OnlyContain(n => n == requestsPerPage[0], "the view is read once, for its first page");

        pages.Select(p => p.Values.Count).Should().Equal(3, 3, 1);
        pages.SelectMany(p => p.Values).Select(e => e.Id).Should().Equal(notes, "newest first across the contact, its company and its deal");
        pages[0].ContinuationToken.Should().NotBeNull();
        pages[^1].ContinuationToken.Should().BeNull();

        host.AddNote(EngagementSandbox.Day.AddDays(1), "Newer than everything", (HubSpotObjectType.Contacts, contact));
        var resumed = await host.Engagements().ListContactEngagementsAsync(AxContact).PagesAsync(pageSize: 3, from: pages[0].ContinuationToken);

        resumed.SelectMany(p => p.Values).Select(e => e.Id).Should().Equal(notes.Skip(3), "the token resumes after its page's last item, whatever was added before it");
        var all = await host.Engagements().ListContactEngagementsAsync(AxContact).AllAsync();
        all.Should().HaveCount(8);
        all[0].BodyPreview.Should().Be("Newer than everything");
    }

    [Fact]
    public async Task A_token_the_view_did_not_hand_out_and_a_page_size_over_100_are_refused_by_name()
    {
        await using var host = await SandboxHost.StartAsync();
        var pageable = host.Engagements().ListContactEngagementsAsync(AxContact);

        var badToken = () => pageable.AsPages("not-a-token");
        var tooBig = () => pageable.AsPages(null, 101);

        badToken.Should().Throw<ArgumentException>().WithParameterName("continuationToken").WithMessage("*not-a-token*");
        tooBig.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("pageSizeHint");
    }

    [Fact]
    public async Task An_unlinked_contact_is_refused_with_its_id_before_any_HubSpot_request()
    {
        await using var host = await SandboxHost.StartAsync();
        host.Sandbox.HubSpot.Journal.Clear();

        var act = () => host.Engagements().ListContactEngagementsAsync(4242).AllAsync();

        var refused = (await act.Should().ThrowAsync<EngagementRecordNotLinkedException>()).Which;
        refused.Entity.Should().Be(MappedEntity.Contact);
        refused.AxcelerateId.Should().Be(4242);
        refused.Message.Should().Contain("aXcelerate contact 4242 is not linked to a HubSpot contact");
        host.Sandbox.HubSpot.Journal.Entries.Should().BeEmpty();
    }

    [Fact]
    public async Task A_deactivated_owner_is_named_and_a_contact_without_engagements_has_an_empty_view()
    {
        await using var host = await SandboxHost.StartAsync();
        host.AddOwner("90000001", "Grace", "Lee");
        host.AddOwner("90000002", "Former", "Staff", archived: true);
        var contact = host.AddContact("ada@example.edu.au");
        var quiet = host.AddContact("quiet@example.edu.au");
        await host.LinkContactAsync(AxContact, contact);
        await host.LinkContactAsync(AxContact + 1, quiet);
        host.AddEngagement(HubSpotObjectType.Notes, EngagementSandbox.Day, new Dictionary<string, string?> { ["hs_note_body"] = "Old note", ["hubspot_owner_id"] = "90000002" }, (HubSpotObjectType.Contacts, contact));

        var view = await host.Engagements().ListContactEngagementsAsync(AxContact).AllAsync();
        var empty = await host.Engagements().ListContactEngagementsAsync(AxContact + 1).PagesAsync(pageSize: 10);

        view.Should().ContainSingle().Which.OwnerName.Should().Be("Former Staff");
        empty.Should().ContainSingle().Which.Values.Should().BeEmpty();
        empty[0].ContinuationToken.Should().BeNull();
    }
}
