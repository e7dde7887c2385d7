using Axcelerate.HubSpot.Storage;

namespace Axcelerate.HubSpot.TestKit.Storage;

/// <summary>The contract of the poller's watermarks and the outgoing log's searches and retention by count.</summary>
public abstract partial class IntegrationStoreContractTests
{
    [Fact]
    public async Task A_poll_watermark_is_kept_per_poller_and_replaced_by_a_later_save()
    {
        (await Store.GetPollWatermarkAsync("contacts")).Should().BeNull();

        await Store.SavePollWatermarkAsync("contacts", new DateOnly(2026, 3, 2));
        await Store.SavePollWatermarkAsync("organisations", new DateOnly(2025, 12, 31));
        await Store.SavePollWatermarkAsync("contacts", new DateOnly(2026, 3, 4));

        (await Store.GetPollWatermarkAsync("contacts")).Should().Be(new DateOnly(2026, 3, 4));
        (await Store.GetPollWatermarkAsync("organisations")).Should().Be(new DateOnly(2025, 12, 31));
        var blank = () => Store.SavePollWatermarkAsync(" ", new DateOnly(2026, 1, 1)).AsTask();
        await blank.Should().ThrowAsync<ArgumentException>();
    }

    [Fact]
    public async Task The_outgoing_log_is_searched_by_method_path_http_status_and_text_case_insensitively()
    {
        var update = await Store.AppendOutgoingAsync(new NewOutgoingEntry("contact.push", "POST /crm/objects/2026-03/contacts/batch/update", OutgoingStatus.Failed)
        {
            Service = RemoteService.HubSpot,
            Method = "POST",
            Path = "/crm/objects/2026-03/contacts/batch/update",
            HttpStatus = 400,
            RequestBody = """{"inputs":[{"id":"51","properties":{"jobtitle":"Trainer"}}]}""",
            Error = "HTTP 400 Bad Request",
        });
        var read = await Store.AppendOutgoingAsync(new NewOutgoingEntry("contact.push", "GET /api/contacts/search", OutgoingStatus.Succeeded)
        {
            Service = RemoteService.Axcelerate,
            Method = "GET",
            Path = "/api/contacts/search?contactIDs=7",
            HttpStatus = 200,
            Response = """[{"CONTACTID":7,"EMAILADDRESS":"Ada@Example.edu.au"}]""",
        });

        (await Store.QueryOutgoingAsync(new OutgoingLogQuery { Method = "post" })).Items.Should().ContainSingle().Which.Id.Should().Be(update.Id);
        (await Store.QueryOutgoingAsync(new OutgoingLogQuery { PathContains = "BATCH/UPDATE" })).Items.Should().ContainSingle().Which.Id.Should().Be(update.Id);
        (await Store.QueryOutgoingAsync(new OutgoingLogQuery { HttpStatus = 200 })).Items.Should().ContainSingle().Which.Id.Should().Be(read.Id);
        (await Store.QueryOutgoingAsync(new OutgoingLogQuery { Text = "JobTitle" })).Items.Should().ContainSingle().Which.Id.Should().Be(update.Id, "the request body is searched");
        (await Store.QueryOutgoingAsync(new OutgoingLogQuery { Text = "ada@example" })).Items.Should().ContainSingle().Which.Id.Should().Be(read.Id, "the response is searched");
        (await Store.QueryOutgoingAsync(new OutgoingLogQuery { Text = "bad request" })).Items.Should().ContainSingle().Which.Id.Should().Be(update.Id, "the error is searched");
        (await Store.QueryOutgoingAsync(new OutgoingLogQuery { Text = "100%_" })).Items.Should().BeEmpty("text is matched literally, not as a pattern");
        (await Store.QueryOutgoingAsync(new OutgoingLogQuery { Text = "contact", Method = "GET", HttpStatus = 200 })).Items.Should().ContainSingle().Which.Id.Should().Be(read.Id);
    }

    [Fact]
    public async Task Retention_by_count_keeps_the_newest_entries()
    {
        for (var i = 1; i <= 5; i++)
        {
            await Store.AppendOutgoingAsync(new NewOutgoingEntry("import", $"request {i}", OutgoingStatus.Succeeded));
        }

        (await Store.DeleteOutgoingBeyondAsync(10)).Should().Be(0);
        (await Store.DeleteOutgoingBeyondAsync(2)).Should().Be(3);
        (await Store.QueryOutgoingAsync(new OutgoingLogQuery())).Items.Select(e => e.RequestSummary).Should().Equal("request 5", "request 4");
        (await Store.DeleteOutgoingBeyondAsync(0)).Should().Be(2);
        (await Store.QueryOutgoingAsync(new OutgoingLogQuery())).Items.Should().BeEmpty();
    }
}
