using Axcelerate.HubSpot.AxcelerateApi;
using Axcelerate.HubSpot.Testing.DemoData;
using Microsoft.Extensions.DependencyInjection;
using Axcelerate.HubSpot.Testing.Faults;
using Microsoft.Extensions.Time.Testing;

namespace Axcelerate.HubSpot.Tests.AxcelerateApi.OverSandbox;

public sealed class AxcelerateClientOverSandboxTests
{
    [Fact]
    public async Task Creates_reads_updates_and_finds_a_contact_by_email()
    {
        await using var host = await SandboxHost.StartAsync();
        var contacts = host.Axcelerate.Contacts;

        var created = await contacts.CreateAsync(
            new AxcelerateContactWrite
            {
                GivenName = "Olivia", Surname = "Nguyen", EmailAddress = "olivia.nguyen@example.com.au", DateOfBirth = new DateOnly(1990, 4, 2),
                State = "QLD", CustomFields = new Dictionary<string, string?> { ["usi"] = "ABCDE12345" },
            },
            checkEmailAddressUnique: true);
        await contacts.UpdateAsync(created.ContactId, new AxcelerateContactWrite { MobilePhone = "0412 345 678" });

        var read = await contacts.GetAsync(created.ContactId);
        read!.GivenName.Should().Be("Olivia");
        read.EmailAddress.Should().Be("olivia.nguyen@example.com.au");
        read.CustomFields["usi"].Should().Be("ABCDE12345");
        read.LastUpdated.Should().NotBeNull();
        host.Sandbox.Axcelerate.GetContact((int)created.ContactId)!["MOBILEPHONE"].Should().Be("0412 345 678");

        host.Sandbox.Axcelerate.AddContact("Olivia", "Nguyen", "olivia.nguyen@example.com");
        var found = await contacts.FindByEmailAsync("OLIVIA.NGUYEN@example.com.au");
        found.Match!.ContactId.Should().Be(created.ContactId, "the .com prefix match is filtered out by exact comparison");

        var duplicate = () => contacts.CreateAsync(new AxcelerateContactWrite { GivenName = "O", Surname = "N", EmailAddress = "olivia.nguyen@example.com.au" }, checkEmailAddressUnique: true);
        (await duplicate.Should().ThrowAsync<AxcelerateApiException>()).Which.Message.Should().Contain("not unique");
        host.Sandbox.Axcelerate.Journal.Entries.Where(e => e.Method is "POST" or "PUT")
            .Should().NotBeEmpty().And.OnlyContain(e => e.ContentType!.StartsWith("application/x-www-form-urlencoded", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Streams_every_seeded_contact_across_pages_and_reads_many_by_id()
    {
        await using var host = await SandboxHost.StartAsync(sandbox: o => o.DemoData = new DemoDataOptions { AxcelerateContacts = 150 });
        var expected = host.Sandbox.Axcelerate.Contacts.Select(c => (long)c.Id).ToList();

        var streamed = new List<long>();
        await foreach (var contact in host.Axcelerate.Contacts.SearchAsync(new AxcelerateContactSearch()))
        {
            streamed.Add(contact.ContactId);
        }

        streamed.Should().BeEquivalentTo(expected);
        var many = await host.Axcelerate.Contacts.GetManyAsync(expected.Take(120));
        many.Select(c => c.ContactId).Should().BeEquivalentTo(expected.Take(120));
    }

    [Fact]
    public async Task Notes_merges_users_and_custom_fields_round_trip()
    {
        await using var host = await SandboxHost.StartAsync(sandbox: o => o.DemoData = new DemoDataOptions { AxcelerateContacts = 5, AxcelerateUsers = 2 });
        var client = host.Axcelerate;
        var contact = host.Sandbox.Axcelerate.Contacts[^1];

        var noteId = await client.Contacts.AddNoteAsync(contact.Id, "Asked about RPL");
        var notes = new List<AxcelerateContactNote>();
        await foreach (var note in client.Contacts.ListNotesAsync(contact.Id))
        {
            notes.Add(note);
        }

        notes.Should().ContainSingle();
        noteId.Should().BePositive();

        var other = host.Sandbox.Axcelerate.AddContact("Dup", "Licate", "dup@example.com");
        host.Sandbox.Axcelerate.MergeContacts(other.Id, contact.Id);
        var merges = await client.Contacts.GetMergeHistoryAsync(new DateOnly(2000, 1, 1), new DateOnly(2100, 1, 1));
        merges.Should().ContainSingle().Which.OldContactId.Should().Be(other.Id);

        var user = host.Sandbox.Axcelerate.Users[1];
        var email = host.Sandbox.Axcelerate.GetContact(int.Parse(user["CONTACTID"]!, System.Globalization.CultureInfo.InvariantCulture))!["EMAILADDRESS"]!;
        (await client.Users.FindByEmailAsync(email)).Should().ContainSingle().Which.UserId.Should().Be(user.Id);

        var fields = await client.CustomFields.ListAsync(AxcelerateCustomFieldTarget.Contact).ToListAsync();
        fields.Should().HaveCount(4);
    }

    [Fact]
    public async Task Opportunities_are_created_by_status_label_found_by_name_updated_and_deleted()
    {
        await using var host = await SandboxHost.StartAsync();
        var tasks = host.Axcelerate.Tasks;
        var contact = host.Sandbox.Axcelerate.AddContact("Henry", "Ryan", "henry@example.com");

        var taskId = await tasks.CreateAsync(new AxcelerateTaskWrite
        {
            Name = "White Card - group 7", MarketingContactId = contact.Id, OwnerId = host.Sandbox.Axcelerate.WebServiceContactId,
            OpportunityStatus = "Pending", ForecastValue = 1200m, ForecastProbability = 40m, DueDate = new DateOnly(2026, 6, 30),
        });

        var task = await tasks.GetAsync(taskId);
        task!.OpportunityStatus.Should().Be("Pending");
        task.ForecastValue.Should().Be(1200m);
        task.MarketingContactId.Should().Be(contact.Id);

        (await tasks.FindOpportunitiesByNameAsync("White Card - group 7")).Match!.TaskId.Should().Be(taskId);
        await tasks.UpdateAsync(taskId, new AxcelerateTaskWrite { OpportunityStatus = "Won" });
        host.Sandbox.Axcelerate.GetTask((int)taskId)!["OPPORTUNITYSTATUS"].Should().Be("Won");

        await tasks.DeleteAsync(taskId);
        host.Sandbox.Axcelerate.GetTask((int)taskId).Should().BeNull();
    }

    [Fact]
    public async Task Follow_ups_list_a_contacts_seeded_opportunities_and_read_one_in_the_new_format()
    {
        await using var host = await SandboxHost.StartAsync(sandbox: o => o.DemoData = new DemoDataOptions { AxcelerateContacts = 10, AxcelerateOpportunities = 6 });
        var opportunity = host.Sandbox.Axcelerate.Tasks[0];
        var contactId = long.Parse(opportunity["MARKETINGCONTACTID"]!, System.Globalization.CultureInfo.InvariantCulture);

        var listed = await host.Axcelerate.FollowUps.ListAsync(contactId: contactId).ToListAsync();

        listed.Should().NotBeEmpty().And.OnlyContain(f => f.ContactId == contactId);
        listed.Should().Contain(f => f.MTaskId == opportunity.Id && f.OpportunityStatus == opportunity["OPPORTUNITYSTATUS"]);
        var read = await host.Axcelerate.FollowUps.GetAsync(opportunity.Id, legacyTask: false);
        read!.Name.Should().Be(opportunity["NAME"]);
        read.MarketingContactId.Should().Be(contactId);
        (await host.Axcelerate.FollowUps.GetAsync(opportunity.Id)).Should().BeNull("the sandbox holds no legacy follow-ups");
    }

    [Fact]
    public async Task Organisations_are_created_found_by_name_and_given_details()
    {
        await using var host = await SandboxHost.StartAsync();
        var organisations = host.Axcelerate.Organisations;

        var id = await organisations.CreateAsync(new AxcelerateOrganisationWrite { Name = "Banksia Aged Care", Abn = "12 345 678 901" });
        var detailId = await organisations.CreateDetailAsync(id, new AxcelerateOrganisationDetailWrite { Type = "Street Address", Address1 = "5 Beach Road", Phone = "07 1234 5678" });

        (await organisations.FindByNameAsync("banksia aged care")).Candidates.Should().ContainSingle().Which.OrganisationId.Should().Be(id);
        (await organisations.GetDetailAsync(id, detailId))!.Phone.Should().Be("07 1234 5678");
    }

    [Fact]
    public async Task Retries_an_injected_429_and_503_and_then_succeeds()
    {
        var clientClock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero));
        await using var host = await SandboxHost.StartAsync(services: s => s.AddSingleton<TimeProvider>(clientClock));
        host.Sandbox.Axcelerate.Faults.Add(new FaultRule(SandboxFault.TooManyRequests) { Count = 1, RetryAfter = TimeSpan.FromSeconds(20) });
        host.Sandbox.Axcelerate.Faults.FailNext(1, SandboxFault.ServiceUnavailable);

        var contact = await clientClock.RunUntilCompleteAsync(() => host.Axcelerate.Contacts.GetAsync(host.Sandbox.Axcelerate.WebServiceContactId), TimeSpan.FromSeconds(1));

        contact!.GivenName.Should().Be("Web");
        host.Sandbox.Axcelerate.Journal.Entries.Should().HaveCount(3);
    }

    [Fact]
    public async Task Waits_out_the_sandbox_rate_limit_and_gets_every_answer()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero));
        await using var host = await SandboxHost.StartAsync(
            sandbox: o =>
            {
                o.TimeProvider = clock;
                o.Axcelerate.RateLimitPerWindow = 2;
            },
            services: s => s.AddSingleton<TimeProvider>(clock));

        var contacts = await clock.RunUntilCompleteAsync(
            () => Task.WhenAll(Enumerable.Range(0, 4).Select(_ => host.Axcelerate.Contacts.GetAsync(host.Sandbox.Axcelerate.WebServiceContactId))),
            TimeSpan.FromSeconds(1));

        contacts.Should().OnlyContain(c => c != null && c.GivenName == "Web");
        host.Sandbox.Axcelerate.Journal.Entries.Count.Should().BeGreaterThan(4, "some requests were answered 429 and retried");
    }
}
