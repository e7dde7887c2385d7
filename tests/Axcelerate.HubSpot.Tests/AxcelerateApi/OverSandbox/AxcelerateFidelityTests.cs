using System.Globalization;
using Axcelerate.HubSpot.AxcelerateApi;
using Axcelerate.HubSpot.Matching;
using AxcelerateLookupShape = Axcelerate.HubSpot.Testing.Axcelerate.AxcelerateLookupShape;
using Axcelerate.HubSpot.Testing.DemoData;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Axcelerate.HubSpot.Tests.AxcelerateApi.OverSandbox;

/// <summary>The client against the sandbox at its production-like defaults (no opt-outs unless a test says why).</summary>
public sealed class AxcelerateFidelityTests
{
    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public async Task An_opportunity_update_without_a_marketing_contact_id_still_changes_status_and_forecast()
    {
        await using var host = await SandboxHost.StartAsync();
        var ax = host.Sandbox.Axcelerate;
        var contact = ax.AddContact("Mia", "Tran", "mia@example.com");
        var task = ax.AddTask("Diploma enquiry", new Dictionary<string, string?>
        {
            ["MARKETINGCONTACTID"] = Text(contact.Id), ["OPPORTUNITYSTATUS"] = "Pending", ["FORECASTVALUE"] = "100",
        });

        await host.Axcelerate.Tasks.UpdateAsync(task.Id, new AxcelerateTaskWrite { OpportunityStatus = "Won", ForecastValue = 900m });

        ax.GetTask(task.Id)!["OPPORTUNITYSTATUS"].Should().Be("Won", "aXcelerate ignores opportunity fields unless marketingContactID is sent");
        ax.GetTask(task.Id)!["FORECASTVALUE"].Should().Be("900");
        ax.Journal.Entries.Last(e => e.Method == "PUT").FormParameters["marketingContactID"].Should().Be(Text(contact.Id));
        ax.IgnoredWriteParameters.Should().BeEmpty();
    }

    [Fact]
    public async Task Opportunity_fields_on_a_plain_workflow_task_are_refused_instead_of_silently_lost()
    {
        await using var host = await SandboxHost.StartAsync();
        var task = host.Sandbox.Axcelerate.AddTask("Check trainer availability");

        var update = () => host.Axcelerate.Tasks.UpdateAsync(task.Id, new AxcelerateTaskWrite { ForecastValue = 10m, OpportunityStatus = "Won" });
        var create = () => host.Axcelerate.Tasks.CreateAsync(new AxcelerateTaskWrite { Name = "x", ForecastValue = 10m, OpportunityStatus = "Won" });

        await update.Should().ThrowAsync<ArgumentException>().WithMessage("*not a marketing opportunity*");
        await create.Should().ThrowAsync<ArgumentException>().WithMessage("*MarketingContactId*");
    }

    [Fact]
    public async Task Finds_an_opportunity_by_exact_name_past_the_tasks_row_cap_and_skips_workflow_tasks_of_the_same_name()
    {
        await using var host = await SandboxHost.StartAsync();
        var ax = host.Sandbox.Axcelerate;
        var contact = ax.AddContact("Noah", "Kelly", "noah@example.com");
        ax.AddTask("Diploma of Business"); // a workflow task: same name, not an opportunity
        for (var i = 1; i <= 55; i++)
        {
            ax.AddTask($"Diploma of Business - enquiry {i}", new Dictionary<string, string?> { ["MARKETINGCONTACTID"] = Text(contact.Id) });
        }

        var wanted = ax.AddTask("Diploma of Business", new Dictionary<string, string?> { ["MARKETINGCONTACTID"] = Text(contact.Id), ["OPPORTUNITYSTATUS"] = "Pending" });

        var result = await host.Axcelerate.Tasks.FindOpportunitiesByNameAsync("Diploma of Business");

        result.Outcome.Should().Be(MatchOutcome.Unique);
        result.Match!.TaskId.Should().Be(wanted.Id);
        ax.Journal.Entries.Where(e => e.Path == "/api/tasks").Should().OnlyContain(e => e.QueryParameters.ContainsKey("name") && !e.QueryParameters.ContainsKey("searchTerm"));
    }

    [Fact]
    public async Task Last_updated_is_one_day_and_the_changed_since_walk_covers_every_day_to_today()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero)); // 11:00 in Brisbane
        await using var host = await SandboxHost.StartAsync(sandbox: o => o.TimeProvider = clock, services: s => s.AddSingleton<TimeProvider>(clock));
        var ax = host.Sandbox.Axcelerate;
        var first = ax.AddContact("Day", "One", "one@example.com");
        clock.Advance(TimeSpan.FromDays(1));
        var second = ax.AddContact("Day", "Two", "two@example.com");
        clock.Advance(TimeSpan.FromDays(1));
        var third = ax.AddContact("Day", "Three", "three@example.com");
        ax.UpdateContact(first.Id, new Dictionary<string, string?> { ["POSITION"] = "Manager" });

        var dayTwo = await host.Axcelerate.Contacts.SearchAsync(new AxcelerateContactSearch { LastUpdated = new DateOnly(2026, 3, 3) }).ToListAsync();
        dayTwo.Select(c => c.ContactId).Should().Equal([second.Id], "lastUpdated matches that day only, as in production");

        var since = await host.Axcelerate.Contacts.ListChangedSinceAsync(new DateOnly(2026, 3, 3)).ToListAsync();
        since.Select(c => c.ContactId).Should().BeEquivalentTo(new long[] { second.Id, third.Id, first.Id });

        // A poller stores the token after the first page and resumes there: it gets exactly the rest of the walk.
        var walk = host.Axcelerate.Contacts.ListChangedSinceAsync(new DateOnly(2026, 3, 3));
        var firstPage = await walk.AsPages(pageSizeHint: 1).FirstAsync();
        var rest = new List<long>();
        await foreach (var page in walk.AsPages(firstPage.ContinuationToken, pageSizeHint: 1))
        {
            rest.AddRange(page.Values.Select(c => c.ContactId));
        }

        firstPage.Values.Select(c => c.ContactId).Concat(rest).Should().BeEquivalentTo(since.Select(c => c.ContactId));
    }

    [Fact]
    public async Task Follow_ups_organisations_and_notes_are_read_to_the_end_past_the_row_caps()
    {
        await using var host = await SandboxHost.StartAsync();
        var ax = host.Sandbox.Axcelerate;
        var contact = ax.AddContact("Ava", "Lopez", "ava@example.com");
        for (var i = 0; i < 23; i++)
        {
            ax.AddTask($"Course enquiry {i}", new Dictionary<string, string?> { ["MARKETINGCONTACTID"] = Text(contact.Id), ["OPPORTUNITYSTATUS"] = "Pending" });
        }

        for (var i = 0; i < 120; i++)
        {
            ax.AddOrganisation($"Harbour College {i:000}");
        }

        for (var i = 0; i < 60; i++)
        {
            await host.Axcelerate.Contacts.AddNoteAsync(contact.Id, $"Called about intake {i}");
        }

        (await host.Axcelerate.FollowUps.ListAsync(contactId: contact.Id).ToListAsync()).Should().HaveCount(23, "the sandbox pages /followUps/ at 10 rows like production");
        (await host.Axcelerate.Organisations.SearchAsync(new AxcelerateOrganisationSearch()).ToListAsync()).Should().HaveCount(120);
        (await host.Axcelerate.Contacts.ListNotesAsync(contact.Id).ToListAsync()).Should().HaveCount(60);
    }

    [Fact]
    public async Task A_stream_resumes_from_its_continuation_token_with_exactly_the_rest()
    {
        await using var host = await SandboxHost.StartAsync(sandbox: o => o.DemoData = new DemoDataOptions { AxcelerateContacts = 40, AxcelerateUsers = 0 });
        var all = await host.Axcelerate.Contacts.SearchAsync(new AxcelerateContactSearch()).ToListAsync();

        string? token = null;
        var firstPart = new List<long>();
        await foreach (var page in host.Axcelerate.Contacts.SearchAsync(new AxcelerateContactSearch { PageSize = 10 }).AsPages())
        {
            firstPart.AddRange(page.Values.Select(c => c.ContactId));
            token = page.ContinuationToken;
            if (firstPart.Count >= 20)
            {
                break;
            }
        }

        var rest = new List<long>();
        await foreach (var page in host.Axcelerate.Contacts.SearchAsync(new AxcelerateContactSearch { PageSize = 10 }).AsPages(token))
        {
            rest.AddRange(page.Values.Select(c => c.ContactId));
        }

        token.Should().NotBeNull();
        firstPart.Should().HaveCount(20);
        rest.Should().NotIntersectWith(firstPart);
        firstPart.Concat(rest).Should().Equal(all.Select(c => c.ContactId));
        var bad = () => host.Axcelerate.Contacts.SearchAsync(new AxcelerateContactSearch()).AsPages("not-a-token").ToListAsync().AsTask();
        await bad.Should().ThrowAsync<ArgumentException>().WithMessage("*continuation token*");
    }

    [Fact]
    public async Task Reads_every_user_beyond_the_ten_row_answer()
    {
        await using var host = await SandboxHost.StartAsync(sandbox: o => o.DemoData = new DemoDataOptions());
        var expected = host.Sandbox.Axcelerate.Users.Where(u => u["ACTIVE"] == "1").Select(u => (long)u.Id).ToList();
        expected.Should().HaveCountGreaterThan(10, "the demo data seeds more users than one answer holds");

        var one = await host.Axcelerate.Users.FindAsync(new AxcelerateUserSearch());
        var all = await host.Axcelerate.Users.GetAllAsync();

        one.Should().HaveCount(10);
        all.IsTruncated.Should().BeFalse(all.TruncationReason);
        all.Users.Select(u => u.UserId).Should().BeEquivalentTo(expected);
    }

    [Fact]
    public async Task Reports_the_user_list_as_truncated_when_splitting_by_surname_cannot_reach_everyone()
    {
        await using var host = await SandboxHost.StartAsync();
        for (var i = 0; i < 12; i++)
        {
            host.Sandbox.Axcelerate.AddUser($"Sam{i}", "Smith", $"sam{i}@example.com");
        }

        var all = await host.Axcelerate.Users.GetAllAsync();

        all.IsTruncated.Should().BeTrue();
        all.TruncationReason.Should().Contain("at most 10 rows").And.Contain("'smi'");
        all.Users.Should().HaveCountGreaterThanOrEqualTo(10);
    }

    [Fact]
    public async Task Undocumented_write_parameters_are_ignored_and_recorded_unless_the_test_opts_out()
    {
        await using var host = await SandboxHost.StartAsync();
        var ax = host.Sandbox.Axcelerate;
        var contact = await host.Axcelerate.Contacts.CreateAsync(new AxcelerateContactWrite
        {
            GivenName = "Leo", Surname = "Park",
            AdditionalParameters = new Dictionary<string, string?> { ["EmergencyContact"] = "Jane Park", ["CitizenStatusID"] = "1", ["website"] = "leo.example.com" },
        });

        var read = await host.Axcelerate.Contacts.GetAsync(contact.ContactId);
        read!.GetFieldText("WEBSITE").Should().BeNull("website is not a documented write parameter");
        read.GetFieldText("EMERGENCYCONTACT").Should().Be("Jane Park");
        read.GetFieldText("CITIZENSTATUSID").Should().Be("1");
        ax.IgnoredWriteParameters.Should().ContainSingle().Which.Should().Be("POST /api/contact/: website");

        // Opt-out: a test of code that relies on the old, kinder sandbox would set this.
        await using var kind = await SandboxHost.StartAsync(sandbox: o => o.Axcelerate.AcceptUndocumentedWriteParameters = true);
        var stored = await kind.Axcelerate.Contacts.CreateAsync(new AxcelerateContactWrite
        {
            GivenName = "Leo", Surname = "Park", AdditionalParameters = new Dictionary<string, string?> { ["website"] = "leo.example.com" },
        });
        (await kind.Axcelerate.Contacts.GetAsync(stored.ContactId))!.GetFieldText("WEBSITE").Should().Be("leo.example.com");
    }

    [Fact]
    public async Task Organisation_lookup_finds_what_the_organisation_name_rule_accepts()
    {
        await using var host = await SandboxHost.StartAsync();
        var acme = host.Sandbox.Axcelerate.AddOrganisation("ACME PTY LTD");
        host.Sandbox.Axcelerate.AddOrganisation("Acme Holdings Pty Ltd");

        var result = await host.Axcelerate.Organisations.FindByNameAsync("Acme Pty. Ltd.");

        result.Outcome.Should().Be(MatchOutcome.Unique);
        result.Match!.OrganisationId.Should().Be(acme.Id);
        (await host.Axcelerate.Contacts.FindByEmailAsync("nobody@example.com")).Outcome.Should().Be(MatchOutcome.None);
    }

    [Fact]
    public async Task Opportunity_status_labels_without_ids_are_written_by_label()
    {
        await using var host = await SandboxHost.StartAsync(sandbox: o => o.Axcelerate.OpportunityStatusesShape = AxcelerateLookupShape.LabelsOnly);
        var contact = host.Sandbox.Axcelerate.AddContact("Zoe", "King", "zoe@example.com");

        var statuses = await host.Axcelerate.Tasks.GetOpportunityStatusesAsync();
        var taskId = await host.Axcelerate.Tasks.CreateAsync(new AxcelerateTaskWrite
        {
            Name = "Cert IV enquiry", MarketingContactId = contact.Id, OpportunityStatus = "Won", ForecastValue = 500m,
        });

        statuses.Should().Contain(s => s.Name == "Won").And.OnlyContain(s => s.Id == null);
        var task = host.Sandbox.Axcelerate.GetTask((int)taskId)!;
        task["OPPORTUNITYSTATUS"].Should().Be("Won");
        task["FORECASTVALUE"].Should().Be("500");
        host.Sandbox.Axcelerate.Journal.Entries.Should().Contain(e => e.Method == "PUT" && e.Path == $"/api/followUp/{taskId}"
            && e.FormParameters["OppertunityStatus"] == "Won" && e.FormParameters["legacyTask"] == "false");
    }

    [Fact]
    public async Task An_unreadable_opportunity_status_lookup_fails_clearly_and_writes_fall_back_to_the_label()
    {
        await using var host = await SandboxHost.StartAsync(sandbox: o => o.Axcelerate.OpportunityStatusesShape = AxcelerateLookupShape.Unreadable);
        var ax = host.Sandbox.Axcelerate;
        var contact = ax.AddContact("Ivy", "Ross", "ivy@example.com");
        var task = ax.AddTask("Short course", new Dictionary<string, string?> { ["MARKETINGCONTACTID"] = Text(contact.Id), ["OPPORTUNITYSTATUS"] = "Pending" });

        var read = () => host.Axcelerate.Tasks.GetOpportunityStatusesAsync();
        (await read.Should().ThrowAsync<AxcelerateApiException>()).Which.Message.Should().Contain("cannot read").And.Contain("NAME");

        await host.Axcelerate.Tasks.UpdateAsync(task.Id, new AxcelerateTaskWrite { OpportunityStatus = "Lost" });
        ax.GetTask(task.Id)!["OPPORTUNITYSTATUS"].Should().Be("Lost");
    }

    [Fact]
    public async Task Multi_value_custom_fields_round_trip_in_the_documented_encoding()
    {
        await using var host = await SandboxHost.StartAsync();

        var created = await host.Axcelerate.Contacts.CreateAsync(new AxcelerateContactWrite
        {
            GivenName = "Ella", Surname = "Hart",
            CustomFields = new Dictionary<string, string?> { ["studyModes"] = AxcelerateCustomFieldValue.Multiple(["Online", "On campus, evenings"]) },
        });

        var read = await host.Axcelerate.Contacts.GetAsync(created.ContactId);
        read!.CustomFields.GetValues("studyModes").Should().Equal("Online", "On campus, evenings");
        host.Sandbox.Axcelerate.Journal.Entries.Last(e => e.Method == "POST").FormParameters["customField_studyModes"].Should().Be("Online,On%20campus%2C%20evenings");
    }
}
