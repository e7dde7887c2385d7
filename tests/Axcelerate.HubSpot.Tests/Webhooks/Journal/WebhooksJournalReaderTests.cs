using System.Globalization;
using System.Text.Json.Nodes;
using Axcelerate.HubSpot.HubSpotApi;
using Axcelerate.HubSpot.Storage;
using Axcelerate.HubSpot.Testing.HubSpot.Objects;
using Axcelerate.HubSpot.Webhooks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Axcelerate.HubSpot.Tests.Webhooks.Journal;

/// <summary>
/// The webhooks journal reader over real HTTP against the strict sandbox: HubSpot changes reach the incoming log in
/// the push-webhook shape, a restart continues from the stored offset, an expired offset is reported with what was
/// missed, repeats are deduplicated, and a refused token is a clear error without the secret.
/// </summary>
public sealed class WebhooksJournalReaderTests
{
    private static Dictionary<string, string?> Person(string given, string email) =>
        new() { ["firstname"] = given, ["lastname"] = "Journal", ["email"] = email };

    private static async Task SubscribeAsync(SandboxHost host) =>
        await host.JournalClient().EnsureSubscriptionsAsync(host.Sandbox.HubSpot.Options.PortalId);

    [Fact]
    public async Task HubSpot_changes_arrive_in_the_incoming_log_shaped_like_pushed_webhook_events()
    {
        await using var host = await JournalHost.StartAsync();
        await SubscribeAsync(host);
        var hubSpot = host.Sandbox.HubSpot;

        var byUser = hubSpot.CreateObject(HubSpotObjectType.Contacts, Person("Ada", "ada@example.com"));
        hubSpot.SimulateUserEdit(HubSpotObjectType.Contacts, byUser.Id, new Dictionary<string, string?> { ["jobtitle"] = "Trainer" });
        var byApp = await host.HubSpot.Contacts.CreateAsync(new HubSpotObjectInput { Properties = Person("Bea", "bea@example.com") });
        var company = hubSpot.CreateObject(HubSpotObjectType.Companies, new Dictionary<string, string?> { ["name"] = "Skills Co" });
        hubSpot.Associate(HubSpotObjectType.Contacts, byUser.Id, HubSpotObjectType.Companies, company.Id);
        hubSpot.SimulateDelete(HubSpotObjectType.Contacts, byApp.Id);

        var result = await host.Reader().ReadAsync();

        result.Should().Match<WebhooksJournalReadResult>(r => r.EntriesRead == 6 && r.Duplicates == 0 && r.CaughtUp && r.Gap == null);
        var log = await host.IncomingAsync();
        log.Should().HaveCount(result.EventsLogged).And.OnlyContain(e => e.Status == IncomingStatus.Pending && e.PortalId == hubSpot.Options.PortalId);
        log.Should().ContainSingle(e => e.SubscriptionType == "contact.creation" && e.ObjectId == byUser.Id);
        log.Should().ContainSingle(e => e.SubscriptionType == "company.creation" && e.ObjectId == company.Id);
        log.Should().ContainSingle(e => e.SubscriptionType == "contact.deletion" && e.ObjectId == byApp.Id);

        var edit = log.Should().ContainSingle(e => e.SubscriptionType == "contact.propertyChange" && e.ObjectId == byUser.Id).Subject;
        var payload = JsonNode.Parse(edit.Payload)!;
        ((string?)payload["propertyName"], (string?)payload["propertyValue"]).Should().Be(("jobtitle", "Trainer"));
        ((string?)payload["changeSource"], (string?)payload["sourceId"]).Should().Be(("CRM_UI", "userId:70000001"));
        ((long?)payload["eventId"]).Should().Be(edit.EventId);
        ((long?)payload["occurredAt"]).Should().Be(edit.OccurredAt.ToUnixTimeMilliseconds());
        ((string?)payload["subscriptionType"]).Should().Be("contact.propertyChange");

        var appCreation = JsonNode.Parse(log.Single(e => e.SubscriptionType == "contact.creation" && e.ObjectId == byApp.Id).Payload)!;
        ((string?)appCreation["changeSource"], (string?)appCreation["sourceId"]).Should().Be(
            ("INTEGRATION", hubSpot.Options.AppId.ToString(CultureInfo.InvariantCulture)), "the integration recognises its own writes by sourceId");
        log.Where(e => e.SubscriptionType == "contact.associationChange" && e.ObjectId == byUser.Id).Select(e => JsonNode.Parse(e.Payload)!)
            .Should().Contain(p => (string?)p["associationType"] == "CONTACT_TO_COMPANY" && p["toObjectId"]!.ToJsonString() == company.Id && (bool?)p["associationRemoved"] == false);

        (await host.Reader().ReadAsync()).Should().Be(new WebhooksJournalReadResult(0, 0, 0, true, null), "nothing new was published");
        var status = await host.Reader().GetStatusAsync();
        var lastOffset = hubSpot.WebhooksJournal.Offsets[^1];
        status.Should().Match<WebhooksJournalStatus>(s => s.JournalKey == "global" && s.Offset == lastOffset && s.CaughtUp && s.LastError == null && s.Gap == null);
    }

    [Fact]
    public async Task A_merge_arrives_as_contact_merge_with_the_new_id_and_the_merged_ids()
    {
        await using var host = await JournalHost.StartAsync();
        await SubscribeAsync(host);
        var hubSpot = host.Sandbox.HubSpot;
        var primary = hubSpot.CreateObject(HubSpotObjectType.Contacts, Person("Pri", "pri@example.com"));
        var merged = hubSpot.CreateObject(HubSpotObjectType.Contacts, Person("Mer", "mer@example.com"));
        var result = hubSpot.SimulateMerge(HubSpotObjectType.Contacts, primary.Id, merged.Id);

        await host.Reader().ReadAsync();

        var log = await host.IncomingAsync();
        var merge = JsonNode.Parse(log.Should().ContainSingle(e => e.SubscriptionType == "contact.merge").Subject.Payload)!;
        ((string?)merge["newObjectId"]!.ToJsonString()).Should().Be(result.Id, "HubSpot mints a new id on a contact merge");
        merge["mergedObjectIds"]!.AsArray().Select(n => n!.ToJsonString()).Should().Contain(merged.Id);
        ((string?)merge["source"]).Should().Be("webhooks-journal");
        ((string?)merge["journalOffset"]).Should().NotBeNullOrEmpty();
    }

    [Fact]
    public async Task A_new_process_on_the_same_store_continues_from_the_stored_offset_repeating_and_losing_nothing()
    {
        using var database = new TempDatabase();
        var store = new Func<IServiceProvider, IIntegrationStore>(sp => new Axcelerate.HubSpot.Sqlite.SqliteIntegrationStore(database.ConnectionString, sp.GetService<TimeProvider>()));
        await using var host = await JournalHost.StartAsync(o => o.BatchSize = 2, store);
        await SubscribeAsync(host);
        var hubSpot = host.Sandbox.HubSpot;
        List<string> ids = [];
        for (var i = 0; i < 3; i++)
        {
            ids.Add(hubSpot.CreateObject(HubSpotObjectType.Contacts, Person($"First{i}", $"first{i}@example.com")).Id);
        }

        var first = await host.Reader().ReadAsync();
        first.Should().Match<WebhooksJournalReadResult>(r => r.EntriesRead == 2 && !r.CaughtUp, "the batch size stops the poll after two entries");

        // The first process stops; changes keep happening meanwhile.
        await host.Services.DisposeAsync();
        for (var i = 0; i < 2; i++)
        {
            ids.Add(hubSpot.CreateObject(HubSpotObjectType.Contacts, Person($"Later{i}", $"later{i}@example.com")).Id);
        }

        await using var second = JournalHost.StartAnotherProcess(host, store, o => o.BatchSize = 100);
        var reader = second.GetRequiredService<IWebhooksJournalReader>();
        var resumed = await reader.ReadAsync();

        resumed.Should().Match<WebhooksJournalReadResult>(r => r.EntriesRead == 3 && r.Duplicates == 0 && r.CaughtUp);
        var log = await second.GetRequiredService<IIncomingLogStore>().IncomingAsync();
        log.Where(e => e.SubscriptionType == "contact.creation").Select(e => e.ObjectId).Should().BeEquivalentTo(ids, "every creation arrives exactly once");
        log.Select(e => (e.EventId, e.SubscriptionType, e.ObjectId)).Should().OnlyHaveUniqueItems();
        (await reader.GetStatusAsync()).Offset.Should().Be(hubSpot.WebhooksJournal.Offsets[^1]);
    }

    [Fact]
    public async Task Reading_an_entry_again_after_a_crash_before_its_offset_was_saved_logs_nothing_twice()
    {
        await using var host = await JournalHost.StartAsync();
        await SubscribeAsync(host);
        host.Sandbox.HubSpot.CreateObject(HubSpotObjectType.Contacts, Person("Cy", "cy@example.com"));
        host.Sandbox.HubSpot.CreateObject(HubSpotObjectType.Contacts, Person("Di", "di@example.com"));
        var first = await host.Reader().ReadAsync();
        var logged = await host.IncomingAsync();

        // As if the process died after the events were durable but before the offset moved past the second entry.
        var offsets = host.Get<IWebhooksJournalOffsetStore>();
        await offsets.SaveJournalCheckpointAsync(new WebhooksJournalCheckpoint("global", host.Sandbox.HubSpot.WebhooksJournal.Offsets[0], null));
        var again = await host.Reader().ReadAsync();

        again.Should().Match<WebhooksJournalReadResult>(r => r.EntriesRead == 1 && r.EventsLogged == 0 && r.Duplicates > 0);
        (await host.IncomingAsync()).Should().BeEquivalentTo(logged, "the store deduplicates on event id, type and object");
        first.EventsLogged.Should().Be(logged.Count);
    }

    [Fact]
    public async Task An_offset_older_than_three_days_is_reported_with_what_may_have_been_missed_and_reading_goes_on_from_the_earliest_entry()
    {
        await using var host = await JournalHost.StartAsync();
        await SubscribeAsync(host);
        var hubSpot = host.Sandbox.HubSpot;
        hubSpot.CreateObject(HubSpotObjectType.Contacts, Person("Early", "early@example.com"));
        await host.Reader().ReadAsync();
        var lastRead = host.JournalClock().GetUtcNow();

        // The host is down for more than three days; a change made soon after it stopped expires unread.
        host.JournalClock().Advance(TimeSpan.FromHours(1));
        var lost = hubSpot.CreateObject(HubSpotObjectType.Contacts, Person("Lost", "lost@example.com"));
        host.JournalClock().Advance(TimeSpan.FromDays(3));
        var kept = hubSpot.CreateObject(HubSpotObjectType.Contacts, Person("Kept", "kept@example.com"));
        var keptAt = host.JournalClock().GetUtcNow();

        var result = await host.Reader().ReadAsync();

        result.Gap.Should().NotBeNull();
        result.Gap!.MissedFrom.Should().Be(lastRead);
        result.Gap.MissedUntil.Should().Be(keptAt);
        result.Gap.ToString().Should().Contain("may have been missed");
        var log = await host.IncomingAsync();
        log.Should().Contain(e => e.ObjectId == kept.Id, "reading continues from the earliest kept entry");
        log.Should().NotContain(e => e.ObjectId == lost.Id, "its entry expired before it was read");
        var status = await host.Reader().GetStatusAsync();
        status.Gap.Should().Be(result.Gap, "the host can read what was missed");
        status.Offset.Should().Be(hubSpot.WebhooksJournal.Offsets[^1]);
        host.Logs.GetSnapshot().Should().ContainSingle(r => r.Level == LogLevel.Warning && r.Id.Id == 8001)
            .Which.Message.Should().Contain("has expired").And.Contain(lastRead.ToString("O", CultureInfo.InvariantCulture));
        (await host.Reader().ReadAsync()).Gap.Should().BeNull("the next poll reads on from a live offset");
    }

    [Fact]
    public async Task Starting_from_latest_skips_what_happened_before_the_first_run()
    {
        await using var host = await JournalHost.StartAsync(o => o.StartFrom = WebhooksJournalStart.Latest);
        await SubscribeAsync(host);
        var before = host.Sandbox.HubSpot.CreateObject(HubSpotObjectType.Contacts, Person("Old", "old@example.com"));

        (await host.Reader().ReadAsync()).EntriesRead.Should().Be(0);
        var after = host.Sandbox.HubSpot.CreateObject(HubSpotObjectType.Contacts, Person("New", "new@example.com"));
        await host.Reader().ReadAsync();

        var log = await host.IncomingAsync();
        log.Should().Contain(e => e.ObjectId == after.Id).And.NotContain(e => e.ObjectId == before.Id);
    }

    [Fact]
    public async Task The_local_journal_of_the_installed_portal_is_read_with_its_installPortalId()
    {
        await using var host = await JournalHost.StartAsync(o => (o.Journal, o.InstallPortalId) = (WebhooksJournalKind.Local, 24_680_135));
        await SubscribeAsync(host);
        var contact = host.Sandbox.HubSpot.CreateObject(HubSpotObjectType.Contacts, Person("Lo", "lo@example.com"));

        (await host.Reader().ReadAsync()).EntriesRead.Should().Be(1);

        (await host.IncomingAsync()).Should().Contain(e => e.ObjectId == contact.Id);
        (await host.Reader().GetStatusAsync()).JournalKey.Should().Be("local:24680135");
    }

    [Fact]
    public async Task A_refused_token_request_fails_clearly_and_never_shows_the_secret()
    {
        const string secret = "wrong-secret-4f1d9c";
        await using var host = await JournalHost.StartAsync(o => o.ClientSecret = secret);

        var read = async () => await host.Reader().ReadAsync();

        var error = (await read.Should().ThrowAsync<HubSpotApiException>()).Which;
        error.Message.Should().Contain("client-credentials").And.Contain("client secret").And.NotContain(secret);
        error.ToString().Should().NotContain(secret);
        (await host.Reader().GetStatusAsync()).LastError.Should().Contain("client-credentials").And.NotContain(secret);
        host.Logs.GetSnapshot().Should().NotContain(r => r.Message.Contains(secret, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_scope_the_app_may_not_request_is_named_in_the_error()
    {
        await using var host = await JournalHost.StartAsync();
        host.Sandbox.HubSpot.WebhooksJournal.ClientCredentialsScopes = ["crm.objects.contacts.read"];

        var read = async () => await host.Reader().ReadAsync();

        (await read.Should().ThrowAsync<HubSpotApiException>()).Which.Message.Should().Contain("not allowed these scopes: developer.webhooks_journal.read");
    }

    [Fact]
    public async Task The_token_is_fetched_once_and_renewed_when_it_is_about_to_expire()
    {
        await using var host = await JournalHost.StartAsync();
        await SubscribeAsync(host);
        var journal = host.Sandbox.HubSpot.WebhooksJournal;
        var afterSubscribing = journal.TokensIssued;

        await host.Reader().ReadAsync();
        await host.Reader().ReadAsync();
        journal.TokensIssued.Should().Be(afterSubscribing + 1, "one journal token serves both polls");

        host.JournalClock().Advance(TimeSpan.FromMinutes(29.5));
        await host.Reader().ReadAsync();
        journal.TokensIssued.Should().Be(afterSubscribing + 2, "a token within a minute of expiry is replaced");
    }

    [Fact]
    public async Task Ensuring_subscriptions_creates_the_integrations_set_once_and_keeps_actions_added_by_others()
    {
        await using var host = await JournalHost.StartAsync();
        var journal = host.Sandbox.HubSpot.WebhooksJournal;
        journal.Subscribe("OBJECT", HubSpotObjectType.Contacts, ["CREATE", "RESTORE"]);

        var first = await host.JournalClient().EnsureSubscriptionsAsync(24_680_135);
        var second = await host.JournalClient().EnsureSubscriptionsAsync(24_680_135);

        first.Should().HaveCount(6);
        second.Select(s => s.Id).Should().BeEquivalentTo(first.Select(s => s.Id));
        journal.Subscriptions.Should().HaveCount(6);
        journal.Subscriptions.Single(s => s.SubscriptionType == "OBJECT" && s.ObjectTypeId == "0-1").Actions
            .Should().BeEquivalentTo(["CREATE", "RESTORE", "UPDATE", "DELETE", "MERGE"]);
        journal.Subscriptions.Where(s => s.SubscriptionType == "ASSOCIATION").Select(s => s.ObjectTypeId).Should().BeEquivalentTo(["0-1", "0-2", "0-3"]);

        await host.JournalClient().DeleteSubscriptionAsync(first[0].Id);
        (await host.JournalClient().GetSubscriptionsAsync()).Should().HaveCount(5);
    }

    [Fact]
    public async Task The_background_reader_polls_on_its_interval()
    {
        await using var host = await JournalHost.StartAsync(o => o.PollInterval = TimeSpan.FromSeconds(30));
        await SubscribeAsync(host);
        var service = host.Services.GetServices<IHostedService>().Should().ContainSingle(s => s is IWebhooksJournalReader).Subject;
        await service.StartAsync(CancellationToken.None);
        try
        {
            await WaitUntilAsync(async () => (await host.Reader().GetStatusAsync()).LastPolledAt is not null);
            var contact = host.Sandbox.HubSpot.CreateObject(HubSpotObjectType.Contacts, Person("Bg", "bg@example.com"));
            (await host.IncomingAsync()).Should().BeEmpty("the next poll is not due yet");

            // Each step moves the fake clock one interval on (the loop may not be waiting yet when the first one passes).
            await WaitUntilAsync(async () => (await host.IncomingAsync()).Any(e => e.ObjectId == contact.Id), () => host.JournalClock().Advance(TimeSpan.FromSeconds(30)));
        }
        finally
        {
            await service.StopAsync(CancellationToken.None);
        }
    }

    [Fact]
    public void Options_name_each_bad_setting_at_start()
    {
        var services = new ServiceCollection();
        services.AddHubSpotIntegration(o =>
        {
            o.HubSpot.AccessToken = "token";
            (o.Axcelerate.BaseUrl, o.Axcelerate.ApiToken, o.Axcelerate.WsToken) = (new Uri("https://college.app.axcelerate.com/api"), "api", "ws");
        }).UseInMemoryStore()
            .ReadWebhooksJournal(o => (o.Journal, o.PollInterval, o.BatchSize) = (WebhooksJournalKind.Local, TimeSpan.Zero, 0));
        using var provider = services.BuildServiceProvider();

        var read = () => provider.GetRequiredService<IOptions<WebhooksJournalOptions>>().Value;

        read.Should().Throw<OptionsValidationException>().Which.Failures.Should().Contain(f => f.Contains("InstallPortalId", StringComparison.Ordinal))
            .And.Contain(f => f.Contains("PollInterval", StringComparison.Ordinal)).And.Contain(f => f.Contains("BatchSize", StringComparison.Ordinal))
            .And.Contain(f => f.Contains("ClientSecret", StringComparison.Ordinal));
    }

    [Fact]
    public void Options_bind_from_a_configuration_section()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["HubSpotIntegration:WebhooksJournal:Journal"] = "Local",
            ["HubSpotIntegration:WebhooksJournal:InstallPortalId"] = "24680135",
            ["HubSpotIntegration:WebhooksJournal:PollInterval"] = "00:02:00",
            ["HubSpotIntegration:WebhooksJournal:StartFrom"] = "Latest",
            ["HubSpotIntegration:WebhooksJournal:ClientId"] = "id",
            ["HubSpotIntegration:WebhooksJournal:ClientSecret"] = "secret",
        }).Build();
        var services = new ServiceCollection();
        services.AddHubSpotIntegration(o =>
        {
            o.HubSpot.AccessToken = "token";
            (o.Axcelerate.BaseUrl, o.Axcelerate.ApiToken, o.Axcelerate.WsToken) = (new Uri("https://college.app.axcelerate.com/api"), "api", "ws");
        }).UseInMemoryStore().ReadWebhooksJournal(configuration.GetSection("HubSpotIntegration:WebhooksJournal"));
        using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<WebhooksJournalOptions>>().Value;

        options.Should().Match<WebhooksJournalOptions>(o => o.Journal == WebhooksJournalKind.Local && o.InstallPortalId == 24_680_135
            && o.PollInterval == TimeSpan.FromMinutes(2) && o.StartFrom == WebhooksJournalStart.Latest && o.JournalKey == "local:24680135");
        options.ToString().Should().NotContain("secret\"").And.Contain("(set)");
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition, Action? step = null)
    {
        // Waits for the background loop on another thread; the clock it polls on is the fake one.
        for (var i = 0; i < 500 && !await condition(); i++)
        {
            step?.Invoke();
            await Task.Delay(10);
        }

        (await condition()).Should().BeTrue();
    }
}
