using System.Text.Json;
using Axcelerate.HubSpot.Sqlite;
using Axcelerate.HubSpot.Storage;

namespace Axcelerate.HubSpot.Sample.Tests;

/// <summary><c>logs incoming</c>, <c>logs reset|rerun|delete</c> run as processes over a store file, as a user would run them.</summary>
public sealed class SampleIncomingLogTests
{
    // These commands touch only the store (a re-run of an event the integration does not synchronise calls no service).
    private static readonly Dictionary<string, string> Environment = new()
    {
        ["HubSpotIntegration__HubSpot__AccessToken"] = "token",
        ["HubSpotIntegration__Axcelerate__BaseUrl"] = "http://127.0.0.1:9/",
        ["HubSpotIntegration__Axcelerate__ApiToken"] = "a",
        ["HubSpotIntegration__Axcelerate__WsToken"] = "w",
    };

    [Fact]
    public async Task Logs_commands_search_reset_rerun_and_delete_incoming_entries_in_the_store_file()
    {
        var store = Path.Combine(Path.GetTempPath(), $"axcelerate-hubspot-sample-logs-{Guid.NewGuid():N}.db");
        try
        {
            long failed, unsupported, pending;
            using (var seeded = new SqliteIntegrationStore($"Data Source={store}"))
            {
                var at = new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
                var appended = await seeded.AppendIncomingAsync(
                [
                    new NewIncomingEvent(1, "contact.creation", "501", at, """{"eventId":1,"objectId":501,"subscriptionType":"contact.creation"}"""),
                    new NewIncomingEvent(2, "contact.privacyDeletion", "502", at, """{"eventId":2,"objectId":502,"subscriptionType":"contact.privacyDeletion"}"""),
                    new NewIncomingEvent(3, "contact.propertyChange", "503", at, """{"eventId":3,"objectId":503,"propertyName":"email","propertyValue":"ada@example.edu.au"}"""),
                ]);
                (failed, unsupported, pending) = (appended[0].Entry.Id, appended[1].Entry.Id, appended[2].Entry.Id);
                await seeded.MarkIncomingAsync(failed, IncomingStatus.Failed, "aXcelerate refused the request (412): surname is required");
                await seeded.MarkIncomingAsync(unsupported, IncomingStatus.Failed, "earlier failure");
            }

            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            async Task<JsonElement> RunAsync(params string[] args)
            {
                var run = await ProcessRunner.RunSampleAsync(Environment, ["logs", .. args, "--json", "--store", store], timeout.Token);
                run.ExitCode.Should().Be(0, run.Error);
                run.Error.Should().BeEmpty();
                using var document = JsonDocument.Parse(run.Out);
                return document.RootElement.Clone();
            }

            static List<long> Ids(JsonElement list) => list.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("id").GetInt64()).ToList();

            Ids(await RunAsync("incoming")).Should().Equal(pending, unsupported, failed);
            Ids(await RunAsync("incoming", "--status", "failed")).Should().Equal(unsupported, failed);
            Ids(await RunAsync("incoming", "--search", "ADA@example")).Should().Equal(pending);
            Ids(await RunAsync("incoming", "--search", "surname is required")).Should().Equal(failed);

            var reset = await RunAsync("reset", failed.ToString(System.Globalization.CultureInfo.InvariantCulture));
            reset.GetProperty("status").GetString().Should().Be("Pending");
            reset.GetProperty("error").ValueKind.Should().Be(JsonValueKind.Null);

            var rerun = await RunAsync("rerun", unsupported.ToString(System.Globalization.CultureInfo.InvariantCulture));
            rerun.GetProperty("status").GetString().Should().Be("Skipped");
            rerun.GetProperty("error").GetString().Should().Contain("contact.privacyDeletion").And.Contain("not synchronised");
            rerun.GetProperty("attempts").GetInt32().Should().Be(1);

            var deleted = await RunAsync("delete", failed.ToString(System.Globalization.CultureInfo.InvariantCulture));
            deleted.GetProperty("status").GetString().Should().Be("Deleted");
            Ids(await RunAsync("incoming", "--status", "Deleted")).Should().Equal(failed);

            var again = await ProcessRunner.RunSampleAsync(Environment, ["logs", "delete", failed.ToString(System.Globalization.CultureInfo.InvariantCulture), "--store", store], timeout.Token);
            again.ExitCode.Should().Be(1);
            again.Error.TrimEnd().Should().Be($"error: Incoming entry {failed} is deleted already.");

            var missing = await ProcessRunner.RunSampleAsync(Environment, ["logs", "rerun", "999999", "--store", store], timeout.Token);
            missing.ExitCode.Should().Be(1);
            missing.Error.Should().Contain("999999");

            var badStatus = await ProcessRunner.RunSampleAsync(Environment, ["logs", "incoming", "--status", "Lost", "--store", store], timeout.Token);
            badStatus.ExitCode.Should().Be(2);
            badStatus.Error.Should().Contain("'Lost'").And.Contain("Pending");

            var noSubcommand = await ProcessRunner.RunSampleAsync(Environment, ["logs"], timeout.Token);
            noSubcommand.ExitCode.Should().Be(2);
            noSubcommand.Error.Should().Contain("incoming");
        }
        finally
        {
            foreach (var file in new[] { store, store + "-wal", store + "-shm" })
            {
                File.Delete(file);
            }
        }
    }
}
