using Axcelerate.HubSpot.Import;
using Axcelerate.HubSpot.TestKit;

namespace Axcelerate.HubSpot.Tests.Import;

/// <summary>
/// How many aXcelerate reads matching costs: a run with many unlinked contacts reads the account once, a page of 100
/// at a time, instead of one email search per record; a small run searches per record. Counted in the sandbox's
/// request journal.
/// </summary>
public sealed class ContactImportMatchingCallsTests
{
    private static async Task<SandboxHost> StartAsync() =>
        await SandboxHost.StartAsync(
            sandbox: o => o.HubSpot.UseProfessionalLimits(), // a private app's daily budget: the import counts its records
            integration: o => o.Axcelerate.RequestsPerSecond = 1000); // the in-process account sets no quota

    private static int ContactSearches(SandboxHost host) =>
        host.Sandbox.Axcelerate.Journal.Entries.Count(e => e.Method == "GET" && e.Path.EndsWith("/contacts/search", StringComparison.Ordinal));

    private static int EmailSearches(SandboxHost host) =>
        host.Sandbox.Axcelerate.Journal.Entries.Count(e => e.Method == "GET" && e.Path.EndsWith("/contacts/search", StringComparison.Ordinal) && e.QueryParameters.ContainsKey("emailAddress"));

    [Fact]
    public async Task A_run_of_many_unlinked_contacts_reads_the_account_a_page_at_a_time_instead_of_searching_each_email()
    {
        await using var host = await StartAsync();
        for (var i = 0; i < 200; i++)
        {
            host.Sandbox.Axcelerate.AddContact($"Given{i}", $"Family{i}", $"person{i}@example.edu.au");
        }

        host.Sandbox.Axcelerate.AddContact("Twin", "One", "twin@example.edu.au");
        host.Sandbox.Axcelerate.AddContact("Twin", "Two", "twin@example.edu.au");
        var shared = host.AddHubSpotContacts(200); // person1..200: person1..199 are in aXcelerate with equal names
        var twin = host.AddHubSpotContact("Twin", "One", "twin@example.edu.au");
        var created = host.AddHubSpotContact("New", "Person", "new@example.edu.au");
        host.LetSearchCatchUp(); // HubSpot's count of the run's records sees them
        host.ClearJournals();

        var report = await host.Import().ImportAllAsync(new ImportRequest(MappedEntity.Contact) { PageSize = 100 });

        report.Failed.Should().Be(0);
        report.Records.Single(r => r.HubSpotId == twin).Outcome.Should().Be(ImportOutcome.Ambiguous, "both aXcelerate contacts of the email are in the account read");
        report.Records.Single(r => r.HubSpotId == created).Outcome.Should().Be(ImportOutcome.Created);
        report.Records.Where(r => shared.Contains(r.HubSpotId) && r.Outcome == ImportOutcome.Linked).Should().HaveCount(199, "person1..199 match by email");
        report.Records.Single(r => r.HubSpotId == shared[^1]).Outcome.Should().Be(ImportOutcome.Created, "person200 is not in aXcelerate");
        var accountPages = (host.Sandbox.Axcelerate.Contacts.Count - 2 + 99) / 100; // as the account was before the run's two creates
        ContactSearches(host).Should().Be(accountPages, "the account is read once, a page of 100 at a time");
        EmailSearches(host).Should().Be(0);
    }

    [Fact]
    public async Task A_small_run_searches_each_unlinked_email_once()
    {
        await using var host = await StartAsync();
        host.Sandbox.Axcelerate.AddContact("Given1", "Family1", "person1@example.edu.au");
        host.AddHubSpotContacts(5);
        host.LetSearchCatchUp(); // HubSpot's count of the run's records sees them
        host.ClearJournals();

        var report = await host.Import().ImportAllAsync(new ImportRequest(MappedEntity.Contact));

        report.Linked.Should().Be(1);
        report.Created.Should().Be(4);
        EmailSearches(host).Should().Be(5);
        ContactSearches(host).Should().Be(5, "reading the account costs more than five searches could save");
    }
}
