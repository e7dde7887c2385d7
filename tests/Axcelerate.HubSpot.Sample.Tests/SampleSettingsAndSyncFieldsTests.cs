using System.Text.Json;

namespace Axcelerate.HubSpot.Sample.Tests;

/// <summary><c>settings</c> and <c>sync-fields</c> run as processes, as a user would run them.</summary>
public sealed class SampleSettingsAndSyncFieldsTests
{
    [Fact]
    public async Task Settings_turns_flows_on_and_off_and_keeps_them_in_the_store_file()
    {
        // settings touches only the store: these services are never called.
        var environment = new Dictionary<string, string>
        {
            ["HubSpotIntegration__HubSpot__AccessToken"] = "token",
            ["HubSpotIntegration__Axcelerate__BaseUrl"] = "http://127.0.0.1:9/",
            ["HubSpotIntegration__Axcelerate__ApiToken"] = "a",
            ["HubSpotIntegration__Axcelerate__WsToken"] = "w",
        };
        var store = Path.Combine(Path.GetTempPath(), $"axcelerate-hubspot-sample-test-{Guid.NewGuid():N}.db");
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            async Task<Dictionary<string, bool>> SettingsAsync(params string[] options)
            {
                var run = await ProcessRunner.RunSampleAsync(environment, ["settings", "--json", "--store", store, .. options], timeout.Token);
                run.ExitCode.Should().Be(0, run.Error);
                run.Error.Should().BeEmpty();
                using var document = JsonDocument.Parse(run.Out);
                document.RootElement.EnumerateObject().Select(p => p.Name).Should().Equal("flows");
                return document.RootElement.GetProperty("flows").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetBoolean());
            }

            var fresh = await SettingsAsync();
            fresh.Keys.Should().BeEquivalentTo(Enum.GetNames<SyncFlow>(), "every flow is shown");
            fresh.Values.Should().OnlyContain(on => !on, "every flow is off until an administrator turns it on");

            var changed = await SettingsAsync("--enable", "PushContactOnUpdate", "--enable", "ContactUpdateWebhook");
            changed.Where(f => f.Value).Select(f => f.Key).Should().BeEquivalentTo("PushContactOnUpdate", "ContactUpdateWebhook");

            var read = await SettingsAsync();
            read.Should().Equal(changed, "the next run reads the switches back from the --store file");

            var all = await SettingsAsync("--enable-all", "--disable", "ContactUpdateWebhook");
            all.Where(f => !f.Value).Select(f => f.Key).Should().Equal("ContactUpdateWebhook");

            var unknown = await ProcessRunner.RunSampleAsync(environment, ["settings", "--enable", "PushEverything", "--store", store], timeout.Token);
            unknown.ExitCode.Should().Be(2);
            unknown.Error.TrimEnd().Should().StartWith("error: ").And.Contain("'PushEverything'").And.Contain("PushContactOnUpdate").And.NotContain("\n");
            (await SettingsAsync()).Should().Equal(all, "a refused command changes nothing");
        }
        finally
        {
            foreach (var file in new[] { store, store + "-wal", store + "-shm" })
            {
                File.Delete(file);
            }
        }
    }

    [Fact]
    public async Task Sync_fields_push_writes_a_changed_field_to_HubSpot_and_a_second_push_finds_everything_unchanged()
    {
        // Limits on, as in the import tests: 30 contacts stay far below aXcelerate's 150 requests a minute.
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await using var sandbox = await StandaloneSandbox.StartAsync(timeout.Token, "--contacts", "30", "--companies", "3", "--deals", "3");
        var hubSpot = sandbox.HubSpot;
        var axcelerate = sandbox.Axcelerate;
        var environment = sandbox.Environment;
        var store = sandbox.Store;
        async Task<JsonElement> RunAsync(params string[] args)
        {
            var run = await ProcessRunner.RunSampleAsync(environment, [.. args, "--json", "--store", store], timeout.Token);
            run.ExitCode.Should().Be(0, run.Error);
            run.Error.Should().BeEmpty();
            using var document = JsonDocument.Parse(run.Out);
            return document.RootElement.Clone();
        }

        var import = await RunAsync("import", "contacts", "--all");
        var linked = import.GetProperty("records").EnumerateArray()
            .Where(r => r.GetProperty("outcome").GetString() is "created" or "linked")
            .Select(r => (AxcelerateId: r.GetProperty("axcelerateId").GetInt64(), HubSpotId: r.GetProperty("hubSpotId").GetString()!))
            .ToList();
        linked.Should().NotBeEmpty();
        var (axcelerateId, hubSpotId) = linked[^1];

        // The position changes in aXcelerate after the import (as a user editing the contact there would).
        using var http = new HttpClient();
        using (var put = new HttpRequestMessage(HttpMethod.Put, new Uri($"{axcelerate}/api/contact/{axcelerateId}")))
        {
            put.Headers.Add("apitoken", "sandbox-api-token");
            put.Headers.Add("wstoken", "sandbox-ws-token");
            put.Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["position"] = "Head of Sample Tests" });
            using var response = await http.SendAsync(put, timeout.Token);
            response.EnsureSuccessStatusCode();
        }

        var hubSpotWritesBefore = await WritesAsync(http, hubSpot, timeout.Token);
        var push = await RunAsync("sync-fields", "--push", "--fields", "jobtitle", "--all");

        push.EnumerateObject().Select(p => p.Name).Should().Equal("direction", "updated", "unchanged", "failed", "records");
        push.GetProperty("direction").GetString().Should().Be("push");
        (push.GetProperty("updated").GetInt32(), push.GetProperty("unchanged").GetInt32(), push.GetProperty("failed").GetInt32())
            .Should().Be((1, linked.Count - 1, 0), "only the edited contact's job title differs");
        var records = push.GetProperty("records").EnumerateArray().ToList();
        records.Should().HaveCount(linked.Count, "--all goes through every linked contact");
        foreach (var record in records)
        {
            record.EnumerateObject().Select(p => p.Name).Should().Equal("axcelerateId", "hubSpotId", "outcome", "reason");
            var edited = record.GetProperty("axcelerateId").GetInt64() == axcelerateId;
            record.GetProperty("outcome").GetString().Should().Be(edited ? "updated" : "unchanged");
            if (edited)
            {
                record.GetProperty("hubSpotId").GetString().Should().Be(hubSpotId);
            }
        }

        (await WritesAsync(http, hubSpot, timeout.Token)).Should().BeGreaterThan(hubSpotWritesBefore, "the push wrote to HubSpot");
        (await JobTitleAsync(http, hubSpot, hubSpotId, timeout.Token)).Should().Be("Head of Sample Tests");

        var hubSpotWritesAfter = await WritesAsync(http, hubSpot, timeout.Token);
        var again = await RunAsync("sync-fields", "--push", "--fields", "jobtitle", "--all");

        (again.GetProperty("updated").GetInt32(), again.GetProperty("unchanged").GetInt32(), again.GetProperty("failed").GetInt32())
            .Should().Be((0, linked.Count, 0), "HubSpot already holds every value");
        (await WritesAsync(http, hubSpot, timeout.Token)).Should().Be(hubSpotWritesAfter, "the second push writes nothing");

        var unknown = await ProcessRunner.RunSampleAsync(environment, ["sync-fields", "--pull", "--fields", "jobtitle,shoe_size", "--store", store], timeout.Token);
        unknown.ExitCode.Should().Be(2);
        unknown.Error.TrimEnd().Should().StartWith("error: ").And.Contain("'shoe_size' is not a mapped contact field").And.NotContain("Parameter");
    }


    // HubSpot requests that change data (the batch reads and searches are POSTs too, so only updates and creates count).
    private static async Task<int> WritesAsync(HttpClient http, string hubSpot, CancellationToken cancellationToken)
    {
        using var journal = JsonDocument.Parse(await http.GetStringAsync(new Uri(hubSpot + "/__sandbox/requests"), cancellationToken));
        return journal.RootElement.EnumerateArray().Count(e =>
            e.GetProperty("method").GetString() is "PATCH" or "PUT" or "DELETE"
            || (e.GetProperty("method").GetString() == "POST" && e.GetProperty("path").GetString()!.EndsWith("/batch/update", StringComparison.Ordinal)));
    }

    private static async Task<string?> JobTitleAsync(HttpClient http, string hubSpot, string hubSpotId, CancellationToken cancellationToken)
    {
        using var get = new HttpRequestMessage(HttpMethod.Get, new Uri($"{hubSpot}/crm/v3/objects/contacts/{hubSpotId}?properties=jobtitle"));
        get.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "sandbox-hubspot-token");
        using var response = await http.SendAsync(get, cancellationToken);
        response.EnsureSuccessStatusCode();
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        return document.RootElement.GetProperty("properties").GetProperty("jobtitle").GetString();
    }
}
