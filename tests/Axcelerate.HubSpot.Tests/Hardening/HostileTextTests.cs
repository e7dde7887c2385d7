using Axcelerate.HubSpot.Sqlite;
using Axcelerate.HubSpot.Storage;

namespace Axcelerate.HubSpot.Tests.Hardening;

/// <summary>
/// Hostile text (markup, SQL, control characters, NUL, RTL overrides, 1 MB) stored in both stores' incoming and
/// outgoing logs and links is read back exactly, and the logs' text search matches it literally: <c>%</c> and
/// <c>_</c> are characters, not wildcards, and a quote cannot end the statement.
/// </summary>
public sealed class HostileTextTests
{
    public static TheoryData<string> Hostile =>
    [
        "<script>alert('x')</script><img src=x onerror=alert(1)>",
        "'; DROP TABLE incoming_log; --",
        "\" OR 1=1 --",
        "NUL\0inside, bell\a, escape\u001b[31m, form\f, tab\t, newline\r\n",
        "\u202Egnp.exe \u200Bzero-width \uFEFFbom",
        "100%_done_\\",
        "Zoë Ångström 日本語 😀",
        "lone \uD800 surrogate",
        new string('x', 1024 * 1024) + "<end>",
    ];

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task Both_stores_keep_hostile_text_exactly_in_logs_and_links(string text)
    {
        using var database = new TempDatabase();
        foreach (var store in new IIntegrationStore[] { new InMemoryIntegrationStore(), new SqliteIntegrationStore(database.ConnectionString) })
        {
            var eventId = Random.Shared.NextInt64(1, long.MaxValue);
            var payload = System.Text.Json.JsonSerializer.Serialize(new { text });
            await store.AppendIncomingAsync([new NewIncomingEvent(eventId, "contact.propertyChange", "77", DateTimeOffset.UnixEpoch, payload)]);
            var incoming = (await store.QueryIncomingAsync(new IncomingLogQuery { PageSize = 1000 })).Items.Single(e => e.EventId == eventId);
            incoming.Payload.Should().Be(payload);

            var outgoing = await store.AppendOutgoingAsync(new NewOutgoingEntry("push", "POST /crm/v3/objects/contacts", OutgoingStatus.Failed) { Error = text, Response = text });
            var read = await store.GetOutgoingAsync(outgoing.Id);
            (read!.Error, read.Response).Should().Be((text, text));

            var link = await store.LinkAsync(MappedEntity.Contact, 4242, text.Length > 200 ? text[..200] : text);
            (await store.FindByAxcelerateIdAsync(MappedEntity.Contact, 4242))!.HubSpotId.Should().Be(link.HubSpotId);
            await store.UnlinkAsync(MappedEntity.Contact, 4242);
        }
    }

    [Fact]
    public async Task Log_search_matches_percent_underscore_and_quotes_literally_in_both_stores()
    {
        using var database = new TempDatabase();
        foreach (var store in new IIntegrationStore[] { new InMemoryIntegrationStore(), new SqliteIntegrationStore(database.ConnectionString) })
        {
            string[] payloads = ["""{"note":"100% sure"}""", """{"note":"a_b"}""", """{"note":"axb"}""", """{"note":"it's"}""", """{"note":"plain"}"""];
            var id = 1;
            foreach (var payload in payloads)
            {
                await store.AppendIncomingAsync([new NewIncomingEvent(id++, "contact.propertyChange", "1", DateTimeOffset.UnixEpoch, payload)]);
                await store.AppendOutgoingAsync(new NewOutgoingEntry("push", "POST /x", OutgoingStatus.Failed) { Error = payload });
            }

            foreach (var (search, expected) in new[] { ("%", "100% sure"), ("_", "a_b"), ("a_b", "a_b"), ("'", "it's"), ("0% s", "100% sure") })
            {
                var incoming = (await store.QueryIncomingAsync(new IncomingLogQuery { Text = search })).Items;
                incoming.Should().ContainSingle($"'{search}' is matched literally").Which.Payload.Should().Contain(expected);
                var outgoing = (await store.QueryOutgoingAsync(new OutgoingLogQuery { Text = search })).Items;
                outgoing.Should().ContainSingle($"'{search}' is matched literally").Which.Error.Should().Contain(expected);
            }
        }
    }
}
