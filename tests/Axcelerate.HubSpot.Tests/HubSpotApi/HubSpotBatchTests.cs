using System.Text.Json.Nodes;
using Axcelerate.HubSpot.HubSpotApi;

namespace Axcelerate.HubSpot.Tests.HubSpotApi;

public sealed class HubSpotBatchTests
{
    [Theory]
    [InlineData("2026-03", "/crm/objects/2026-03/contacts/batch/create")]
    [InlineData("v3", "/crm/v3/objects/contacts/batch/create")]
    public async Task Splits_250_creates_into_requests_of_100_100_and_50_with_a_trace_id_per_input(string version, string path)
    {
        using var hs = HubSpotTestServices.Create(HubSpotTestServices.BaseSettings(version));
        hs.Http.Answer(r => StubHandler.Json(201, EchoCreated(r)));
        var inputs = Enumerable.Range(0, 250).Select(i => new HubSpotObjectInput { Properties = { ["email"] = $"s{i}@example.com" } });

        var result = await hs.HubSpot.Contacts.BatchCreateAsync(inputs);

        hs.Http.Requests.Should().HaveCount(3).And.AllSatisfy(r => { r.Method.Should().Be(HttpMethod.Post); r.Path.Should().Be(path); });
        hs.Http.Requests.Select(r => r.ReadJson()["inputs"]!.AsArray().Count).Should().Equal(100, 100, 50);
        var traceIds = hs.Http.Requests.SelectMany(r => r.ReadJson()["inputs"]!.AsArray().Select(i => (string)i!["objectWriteTraceId"]!)).ToList();
        traceIds.Should().Equal(Enumerable.Range(0, 250).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        hs.Http.Requests[2].ReadJson()["inputs"]![0]!["properties"]!["email"]!.GetValue<string>().Should().Be("s200@example.com");
        result.Results.Should().HaveCount(250);
        result.HasErrors.Should().BeFalse();
    }

    [Fact]
    public async Task Reports_207_multi_status_failures_against_the_failed_inputs_and_keeps_the_rest()
    {
        using var hs = HubSpotTestServices.Create();
        hs.Http.Answer(r =>
        {
            var inputs = r.ReadJson()["inputs"]!.AsArray();
            var good = inputs.Where(i => (string)i!["objectWriteTraceId"]! != "1").Select((i, n) => Created((string)i!["objectWriteTraceId"]!, 500 + n));
            return StubHandler.Json(207, $$$"""
                {"status":"COMPLETE","results":[{{{string.Join(',', good)}}}],"numErrors":1,
                 "errors":[{"status":"error","category":"CONFLICT","message":"Contact already exists. Existing ID: 512","context":{"objectWriteTraceId":["1"]}}]}
                """);
        });

        var result = await hs.HubSpot.Contacts.BatchCreateAsync(
        [
            new HubSpotObjectInput { Properties = { ["email"] = "a@example.com" } },
            new HubSpotObjectInput { Properties = { ["email"] = "dup@example.com" } },
            new HubSpotObjectInput { Properties = { ["email"] = "c@example.com" } },
        ]);

        result.Results.Select(r => r.ObjectWriteTraceId).Should().Equal("0", "2");
        var error = result.Errors.Should().ContainSingle().Subject;
        error.InputIndex.Should().Be(1);
        error.ObjectWriteTraceId.Should().Be("1");
        error.Category.Should().Be("CONFLICT");
        error.Message.Should().Contain("Existing ID: 512");
    }

    [Fact]
    public async Task A_207_whose_error_context_holds_plain_strings_is_still_read_and_the_existing_id_typed()
    {
        using var hs = HubSpotTestServices.Create();
        hs.Http.Answer(_ => StubHandler.Json(207, """
            {"status":"COMPLETE","results":[{"id":"7","properties":{"email":"a@example.com"}}],"numErrors":1,
             "errors":[{"status":"error","category":"CONFLICT","message":"Contact already exists. Existing ID: 512",
                        "context":{"objectWriteTraceId":"1","existingId":["512"]},
                        "errors":[{"message":"dup","code":"CONFLICT","context":{"propertyName":"email"}}]}]}
            """));

        var result = await hs.HubSpot.Contacts.BatchCreateAsync(
        [
            new HubSpotObjectInput { Properties = { ["email"] = "A@example.com" } },
            new HubSpotObjectInput { Properties = { ["email"] = "dup@example.com" } },
        ]);

        result.ResultsByInput[0].Id.Should().Be("7", "the result is tied to its input by the email, case-insensitively");
        var error = result.Errors.Should().ContainSingle().Subject;
        error.InputIndex.Should().Be(1);
        error.ExistingObjectId.Should().Be("512");
    }

    [Fact]
    public async Task Batch_read_reports_each_missing_id_as_its_own_error()
    {
        using var hs = HubSpotTestServices.Create();
        hs.Http.Answer(_ => StubHandler.Json(207, $$$"""
            {"status":"COMPLETE","results":[{{{HubSpotJson.Record("1")}}}],
             "errors":[{"status":"error","category":"OBJECT_NOT_FOUND","message":"Could not get some CONTACT objects","context":{"ids":["2","3"]}}]}
            """));

        var result = await hs.HubSpot.Contacts.BatchReadAsync(["1", "2", "3"], new HubSpotGetOptions { Properties = ["email"] });

        var request = hs.Http.Requests.Should().ContainSingle().Subject;
        request.Path.Should().Be("/crm/objects/2026-03/contacts/batch/read");
        request.Body.Should().Be("""{"inputs":[{"id":"1"},{"id":"2"},{"id":"3"}],"properties":["email"]}""");
        result.Results.Should().ContainSingle().Which.Id.Should().Be("1");
        result.Errors.Select(e => (e.InputIndex, e.Id, e.Category)).Should().Equal((1, "2", "OBJECT_NOT_FOUND"), (2, "3", "OBJECT_NOT_FOUND"));
    }

    [Fact]
    public async Task A_rejected_update_request_fails_only_its_own_inputs_and_the_next_request_still_runs()
    {
        using var hs = HubSpotTestServices.Create();
        var calls = 0;
        hs.Http.Answer(r => Interlocked.Increment(ref calls) == 1
            ? StubHandler.Json(400, """{"status":"error","category":"VALIDATION_ERROR","message":"Property values were not valid","correlationId":"c-9"}""")
            : StubHandler.Json(200, "{\"status\":\"COMPLETE\",\"results\":[" + string.Join(',', r.ReadJson()["inputs"]!.AsArray().Select(i => HubSpotJson.Record((string)i!["id"]!))) + "]}"));
        var updates = Enumerable.Range(1, 150).Select(i => new HubSpotObjectUpdate { Id = i.ToString(System.Globalization.CultureInfo.InvariantCulture), Properties = { ["lifecyclestage"] = "customer" } });

        var result = await hs.HubSpot.Companies.BatchUpdateAsync(updates);

        hs.Http.Requests.Should().HaveCount(2).And.AllSatisfy(r => r.Path.Should().Be("/crm/objects/2026-03/companies/batch/update"));
        result.Errors.Should().HaveCount(100).And.AllSatisfy(e => e.Category.Should().Be("VALIDATION_ERROR"));
        result.Errors.Select(e => e.InputIndex).Should().Equal(Enumerable.Range(0, 100).Cast<int?>());
        result.Results.Should().HaveCount(50);
        result.Results[0].Id.Should().Be("101");
    }

    [Fact]
    public async Task Upserts_by_unique_property_and_archives_in_batches()
    {
        using var hs = HubSpotTestServices.Create();
        hs.Http.Answer(r => r.Path.EndsWith("/archive", StringComparison.Ordinal)
            ? StubHandler.NoContent()
            : StubHandler.Json(200, """{"status":"COMPLETE","results":[{"id":"9","properties":{"email":"ann@example.com"},"new":true}]}"""));

        var upserted = await hs.HubSpot.Contacts.BatchUpsertAsync([new HubSpotObjectUpsert { Id = "ann@example.com", IdProperty = "email", Properties = { ["firstname"] = "Ann" } }]);
        var archived = await hs.HubSpot.Contacts.BatchArchiveAsync(Enumerable.Range(1, 101).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        hs.Http.Requests[0].Path.Should().Be("/crm/objects/2026-03/contacts/batch/upsert");
        // The key is sent as a property too, so the result names it and can be tied to its input.
        hs.Http.Requests[0].Body.Should().Be("""{"inputs":[{"id":"ann@example.com","idProperty":"email","properties":{"firstname":"Ann","email":"ann@example.com"},"objectWriteTraceId":"0"}]}""");
        upserted.Results.Should().ContainSingle().Which.New.Should().BeTrue();
        upserted.ResultsByInput[0].Id.Should().Be("9");
        hs.Http.Requests.Skip(1).Select(r => r.ReadJson()["inputs"]!.AsArray().Count).Should().Equal(100, 1);
        hs.Http.Requests[1].Path.Should().Be("/crm/objects/2026-03/contacts/batch/archive");
        archived.Results.Should().HaveCount(101);
    }

    private static string EchoCreated(RecordedRequest request)
    {
        var results = request.ReadJson()["inputs"]!.AsArray().Select((input, i) => Created((string)input!["objectWriteTraceId"]!, 1000 + i));
        return "{\"status\":\"COMPLETE\",\"results\":[" + string.Join(',', results) + "]}";
    }

    private static string Created(string traceId, int id) =>
        new JsonObject { ["id"] = id.ToString(System.Globalization.CultureInfo.InvariantCulture), ["properties"] = new JsonObject(), ["objectWriteTraceId"] = traceId }.ToJsonString();
}
