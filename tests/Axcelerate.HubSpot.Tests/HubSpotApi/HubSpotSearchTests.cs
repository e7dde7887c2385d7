using System.Globalization;
using System.Text.Json.Nodes;
using Axcelerate.HubSpot.HubSpotApi;

namespace Axcelerate.HubSpot.Tests.HubSpotApi;

public sealed class HubSpotSearchTests
{
    [Theory]
    [InlineData("2026-03", "/crm/objects/2026-03/contacts/search")]
    [InlineData("v3", "/crm/v3/objects/contacts/search")]
    public async Task Sends_filter_groups_sorts_properties_and_paging_as_HubSpot_expects(string version, string path)
    {
        using var hs = HubSpotTestServices.Create(HubSpotTestServices.BaseSettings(version));
        hs.Http.Answer(_ => StubHandler.Json(200, "{\"total\":3,\"results\":[" + HubSpotJson.Record("5") + "],\"paging\":{\"next\":{\"after\":\"1\"}}}"));

        var page = await hs.HubSpot.Contacts.SearchPageAsync(new HubSpotSearchRequest
        {
            FilterGroups =
            [
                new HubSpotFilterGroup { Filters = [new HubSpotFilter { PropertyName = "email", Operator = HubSpotFilterOperator.Eq, Value = "ann@example.com" }] },
                new HubSpotFilterGroup { Filters = [new HubSpotFilter { PropertyName = "lifecyclestage", Operator = HubSpotFilterOperator.In, Values = ["lead", "customer"] }] },
            ],
            Sorts = [new HubSpotSort("createdate", HubSpotSortDirection.Descending)],
            Properties = ["email"],
            Limit = 200,
            After = "0",
        });

        page.Total.Should().Be(3);
        page.NextAfter.Should().Be("1");
        page.Results.Should().ContainSingle().Which.Id.Should().Be("5");
        var request = hs.Http.Requests.Should().ContainSingle().Subject;
        request.Method.Should().Be(HttpMethod.Post);
        request.Path.Should().Be(path);
        request.Body.Should().Be(
            """{"filterGroups":[{"filters":[{"propertyName":"email","operator":"EQ","value":"ann@example.com"}]},{"filters":[{"propertyName":"lifecyclestage","operator":"IN","values":["lead","customer"]}]}],"sorts":[{"propertyName":"createdate","direction":"DESCENDING"}],"properties":["email"],"limit":200,"after":"0"}""");
    }

    [Fact]
    public async Task Rejects_a_page_size_above_200()
    {
        using var hs = HubSpotTestServices.Create();

        var act = () => hs.HubSpot.Deals.SearchPageAsync(new HubSpotSearchRequest { Limit = 201 });

        await act.Should().ThrowAsync<ArgumentOutOfRangeException>();
    }

    [Fact]
    public async Task Enumerates_past_the_10000_result_cap_by_requerying_after_the_last_object_id()
    {
        const int total = 10_450;
        using var hs = HubSpotTestServices.Create();
        hs.Http.Answer(r => EmulateSearch(r, total));

        var ids = new List<long>();
        await foreach (var contact in hs.HubSpot.Contacts.SearchAsync(new HubSpotSearchRequest
        {
            FilterGroups = [new HubSpotFilterGroup { Filters = [new HubSpotFilter { PropertyName = "lifecyclestage", Operator = HubSpotFilterOperator.Eq, Value = "lead" }] }],
            Limit = 200,
        }))
        {
            ids.Add(long.Parse(contact.Id, CultureInfo.InvariantCulture));
        }

        ids.Should().Equal(Enumerable.Range(1, total).Select(i => (long)i));
        var requeries = hs.Http.Requests.Where(r => r.Body.Contains("\"GT\"", StringComparison.Ordinal)).ToList();
        requeries.Should().NotBeEmpty();
        var first = requeries[0].ReadJson();
        first["filterGroups"]![0]!["filters"]!.AsArray().Select(f => (string)f!["propertyName"]!).Should().Equal("lifecyclestage", "hs_object_id");
        ((string)first["filterGroups"]![0]!["filters"]![1]!["value"]!).Should().Be("10000");
        first["after"].Should().BeNull();
        hs.Http.Requests.Should().AllSatisfy(r => r.ReadJson()["sorts"]!.ToJsonString().Should().Be("""[{"propertyName":"hs_object_id","direction":"ASCENDING"}]"""));
    }

    [Fact]
    public async Task Enumeration_moves_its_window_even_when_no_cursor_is_handed_out_at_the_cap()
    {
        const int total = 10_300;
        using var hs = HubSpotTestServices.Create();
        hs.Http.Answer(r => EmulateSearch(r, total, withholdCursorAtCap: true));

        var ids = new List<long>();
        await foreach (var contact in hs.HubSpot.Contacts.SearchAsync(new HubSpotSearchRequest { Limit = 200 }))
        {
            ids.Add(long.Parse(contact.Id, CultureInfo.InvariantCulture));
        }

        ids.Should().Equal(Enumerable.Range(1, total).Select(i => (long)i), "the reported total says there is more past the cap");
    }

    [Fact]
    public async Task Enumeration_refuses_a_custom_sort()
    {
        using var hs = HubSpotTestServices.Create();

        var act = async () =>
        {
            await foreach (var _ in hs.HubSpot.Contacts.SearchAsync(new HubSpotSearchRequest { Sorts = [new HubSpotSort("createdate")] }))
            {
            }
        };

        await act.Should().ThrowAsync<ArgumentException>().WithMessage("*SearchPageAsync*");
    }

    // Records 1..total; honours hs_object_id GT, sorts by id, and refuses paging beyond 10,000 like HubSpot.
    private static HttpResponseMessage EmulateSearch(RecordedRequest request, int total, bool withholdCursorAtCap = false)
    {
        var body = request.ReadJson();
        var limit = (int)body["limit"]!;
        var offset = body["after"] is { } after ? int.Parse((string)after!, CultureInfo.InvariantCulture) : 0;
        if (offset + limit > 10_000)
        {
            return StubHandler.Json(400, """{"status":"error","category":"VALIDATION_ERROR","message":"There was a problem with the request.","correlationId":"c"}""");
        }

        var floor = body["filterGroups"]!.AsArray().SelectMany(g => g!["filters"]!.AsArray())
            .Where(f => (string)f!["propertyName"]! == "hs_object_id" && (string)f["operator"]! == "GT")
            .Select(f => long.Parse((string)f!["value"]!, CultureInfo.InvariantCulture)).DefaultIfEmpty(0).Max();
        var matching = Enumerable.Range(1, total).Where(id => id > floor).ToList();
        var page = matching.Skip(offset).Take(limit).Select(id => HubSpotJson.Record(id.ToString(CultureInfo.InvariantCulture)));
        var next = offset + limit < matching.Count && !(withholdCursorAtCap && offset + limit >= 10_000) ? (offset + limit).ToString(CultureInfo.InvariantCulture) : null;
        var json = new JsonObject { ["total"] = matching.Count };
        var text = json.ToJsonString().TrimEnd('}') + ",\"results\":[" + string.Join(',', page) + "]"
            + (next is null ? "" : ",\"paging\":{\"next\":{\"after\":\"" + next + "\"}}") + "}";
        return StubHandler.Json(200, text);
    }
}
