using System.Text.Json.Nodes;
using Axcelerate.HubSpot.TestKit;
using Axcelerate.HubSpot.Testing.HubSpot.Objects;

namespace Axcelerate.HubSpot.Tests.Engagements;

/// <summary>How many HubSpot requests an engagements view makes: batched, never one per association or engagement.</summary>
public sealed class EngagementRequestCountTests
{
    private static readonly HubSpotObjectType[] Types = [HubSpotObjectType.Notes, HubSpotObjectType.Calls, HubSpotObjectType.Emails, HubSpotObjectType.Meetings, HubSpotObjectType.Tasks];

    [Fact]
    public async Task A_contact_with_3_companies_and_5_deals_is_viewed_in_25_requests()
    {
        await using var host = await SandboxHost.StartAsync();
        host.AddOwner("90000001", "Grace", "Lee");
        var contact = host.AddContact("ada@example.edu.au");
        var companies = Enumerable.Range(1, 3).Select(i => host.AddCompanyOf(contact, $"Company {i}")).ToList();
        var deals = Enumerable.Range(1, 5).Select(i => host.AddDealOf(contact, $"Deal {i}")).ToList();
        await host.LinkContactAsync(5001, contact);
        var records = new[] { (HubSpotObjectType.Contacts, contact) }
            .Concat(companies.Select(c => (HubSpotObjectType.Companies, c)))
            .Concat(deals.Select(d => (HubSpotObjectType.Deals, d)))
            .ToList();
        var created = 0;
        foreach (var (type, i) in Types.Select((t, i) => (t, i)))
        {
            // Every engagement type on every record, each with an owner.
            foreach (var (recordType, recordId) in records)
            {
                host.AddEngagement(type, EngagementSandbox.Day.AddMinutes(-created++), new Dictionary<string, string?> { [SubjectOf(type)] = $"{type.Singular} {i}", ["hubspot_owner_id"] = "90000001" }, (recordType, recordId));
            }
        }

        host.Sandbox.HubSpot.Journal.Clear();
        var view = await host.Engagements().ListContactEngagementsAsync(5001).AllAsync();

        view.Should().HaveCount(45);
        view.Should().OnlyContain(e => e.OwnerName == "Grace Lee");
        var requests = host.Sandbox.HubSpot.Journal.Entries;
        requests.Should().HaveCount(25,
            "2 association reads from the contact (companies, deals) + 5 engagement types × 3 record types of association reads"
            + " + 2 name reads (companies, deals) + 5 engagement batch reads + 1 owners list");
        requests.Count(r => r.Method == "POST" && r.Path.Contains("/associations/", StringComparison.Ordinal) && r.Path.EndsWith("/batch/read", StringComparison.Ordinal)).Should().Be(17);
        requests.Count(r => r.Method == "POST" && r.Path.StartsWith("/crm/objects/", StringComparison.Ordinal) && r.Path.EndsWith("/batch/read", StringComparison.Ordinal)).Should().Be(7);
        requests.Count(r => r.Method == "GET" && r.Path.Contains("/owners", StringComparison.Ordinal)).Should().Be(1);
        var engagementRead = requests.Single(r => r.Path.StartsWith("/crm/objects/", StringComparison.Ordinal) && r.Path.EndsWith("/notes/batch/read", StringComparison.Ordinal));
        var body = JsonNode.Parse(engagementRead.Body)!;
        body["inputs"]!.AsArray().Should().HaveCount(9);
        body["properties"]!.AsArray().Select(p => (string?)p).Should().BeEquivalentTo("hs_timestamp", "hubspot_owner_id", "hs_note_body");
    }

    [Fact]
    public async Task Engagements_are_read_100_ids_per_request()
    {
        await using var host = await SandboxHost.StartAsync();
        var contact = host.AddContact("ada@example.edu.au");
        await host.LinkContactAsync(5001, contact);
        for (var i = 0; i < 150; i++)
        {
            host.AddNote(EngagementSandbox.Day.AddMinutes(-i), $"Note {i}", (HubSpotObjectType.Contacts, contact));
        }

        host.Sandbox.HubSpot.Journal.Clear();
        var view = await host.Engagements().ListContactEngagementsAsync(5001).AllAsync();

        view.Should().HaveCount(150);
        var reads = host.Sandbox.HubSpot.Journal.Entries.Where(r => r.Path.StartsWith("/crm/objects/", StringComparison.Ordinal) && r.Path.EndsWith("/notes/batch/read", StringComparison.Ordinal)).ToList();
        reads.Select(r => JsonNode.Parse(r.Body)!["inputs"]!.AsArray().Count).Should().BeEquivalentTo([100, 50]);
        host.Sandbox.HubSpot.Journal.Entries.Should().HaveCount(2 + 5 + 2, "no company or deal: 2 association reads, 5 per engagement type, 2 note reads, no owners to look up");
    }

    private static string SubjectOf(HubSpotObjectType type) => type.Name switch
    {
        "notes" => "hs_note_body",
        "calls" => "hs_call_title",
        "emails" => "hs_email_subject",
        "meetings" => "hs_meeting_title",
        _ => "hs_task_subject",
    };
}
