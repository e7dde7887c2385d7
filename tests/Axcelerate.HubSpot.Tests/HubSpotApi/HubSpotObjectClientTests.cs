using System.Net;
using Axcelerate.HubSpot.HubSpotApi;

namespace Axcelerate.HubSpot.Tests.HubSpotApi;

public sealed class HubSpotObjectClientTests
{
    [Theory]
    [InlineData("2026-03", "/crm/objects/2026-03/contacts/42")]
    [InlineData("v3", "/crm/v3/objects/contacts/42")]
    public async Task Gets_a_record_by_id_on_the_versioned_path_with_bearer_token(string version, string path)
    {
        using var hs = HubSpotTestServices.Create(HubSpotTestServices.BaseSettings(version));
        hs.Http.Answer(_ => StubHandler.Json(200, HubSpotJson.Record("42", ("email", "ann@example.com"))));

        var contact = await hs.HubSpot.Contacts.GetAsync("42", new HubSpotGetOptions { Properties = ["email", "firstname"] });

        contact!.Id.Should().Be("42");
        contact.GetProperty("email").Should().Be("ann@example.com");
        contact.CreatedAt.Should().Be(new DateTimeOffset(2026, 1, 5, 10, 0, 0, TimeSpan.Zero));
        var request = hs.Http.Requests.Should().ContainSingle().Subject;
        request.Method.Should().Be(HttpMethod.Get);
        request.Path.Should().Be(path);
        request.QueryValue("properties").Should().Be("email,firstname");
        request.QueryValue("idProperty").Should().BeNull();
        request.Authorization.Should().Be("Bearer " + HubSpotTestServices.AccessToken);
    }

    [Fact]
    public async Task Gets_a_record_by_unique_property_and_returns_null_when_HubSpot_has_none()
    {
        using var hs = HubSpotTestServices.Create();
        hs.Http.Answer(_ => StubHandler.Json(404, """{"status":"error","message":"Object not found.","correlationId":"c-1","category":"OBJECT_NOT_FOUND"}"""));

        var contact = await hs.HubSpot.Contacts.GetAsync("nobody@example.com", new HubSpotGetOptions { IdProperty = "email" });

        contact.Should().BeNull();
        var request = hs.Http.Requests.Should().ContainSingle().Subject;
        request.Path.Should().Be("/crm/objects/2026-03/contacts/nobody%40example.com");
        request.QueryValue("idProperty").Should().Be("email");
    }

    [Theory]
    [InlineData("2026-03", "/crm/objects/2026-03/companies")]
    [InlineData("v3", "/crm/v3/objects/companies")]
    public async Task Lists_every_page_following_the_after_cursor(string version, string path)
    {
        using var hs = HubSpotTestServices.Create(HubSpotTestServices.BaseSettings(version));
        hs.Http.Answer(r => r.QueryValue("after") switch
        {
            null => StubHandler.Json(200, HubSpotJson.Page("c2", HubSpotJson.Record("1"), HubSpotJson.Record("2"))),
            "c2" => StubHandler.Json(200, HubSpotJson.Page("c3", HubSpotJson.Record("3"))),
            _ => StubHandler.Json(200, HubSpotJson.Page(null, HubSpotJson.Record("4"))),
        });

        var ids = new List<string>();
        await foreach (var company in hs.HubSpot.Companies.ListAsync(new HubSpotListOptions { Properties = ["name", "domain"] }))
        {
            ids.Add(company.Id);
        }

        ids.Should().Equal("1", "2", "3", "4");
        hs.Http.Requests.Select(r => r.QueryValue("after")).Should().Equal(null, "c2", "c3");
        hs.Http.Requests.Should().AllSatisfy(r =>
        {
            r.Path.Should().Be(path);
            r.QueryValue("limit").Should().Be("100");
            r.QueryValue("properties").Should().Be("name,domain");
        });
    }

    [Fact]
    public async Task Rejects_a_page_size_above_100()
    {
        using var hs = HubSpotTestServices.Create();

        var act = () => hs.HubSpot.Deals.ListPageAsync(options: new HubSpotListOptions { PageSize = 101 });

        await act.Should().ThrowAsync<ArgumentOutOfRangeException>();
        hs.Http.Requests.Should().BeEmpty();
    }

    [Theory]
    [InlineData("2026-03", "/crm/objects/2026-03/deals")]
    [InlineData("v3", "/crm/v3/objects/deals")]
    public async Task Creates_a_record_with_properties_and_associations(string version, string path)
    {
        using var hs = HubSpotTestServices.Create(HubSpotTestServices.BaseSettings(version));
        hs.Http.Answer(_ => StubHandler.Json(201, HubSpotJson.Record("900", ("dealname", "Cert IV"))));

        var deal = await hs.HubSpot.Deals.CreateAsync(new HubSpotObjectInput
        {
            Properties = { ["dealname"] = "Cert IV", ["amount"] = "1200" },
            Associations = [new HubSpotAssociationSpec("51", [HubSpotAssociationType.HubSpotDefined(3)])],
        });

        deal.Id.Should().Be("900");
        var request = hs.Http.Requests.Should().ContainSingle().Subject;
        request.Method.Should().Be(HttpMethod.Post);
        request.Path.Should().Be(path);
        request.ReadJson().ToJsonString().Should().Be(
            """{"properties":{"dealname":"Cert IV","amount":"1200"},"associations":[{"to":{"id":"51"},"types":[{"associationCategory":"HUBSPOT_DEFINED","associationTypeId":3}]}]}""");
    }

    [Fact]
    public async Task Updates_by_unique_property_and_archives()
    {
        using var hs = HubSpotTestServices.Create();
        hs.Http.Answer(r => r.Method == HttpMethod.Delete ? StubHandler.NoContent() : StubHandler.Json(200, HubSpotJson.Record("7")));

        await hs.HubSpot.Contacts.UpdateAsync("ann@example.com", new Dictionary<string, string?> { ["phone"] = "" }, idProperty: "email");
        await hs.HubSpot.Contacts.ArchiveAsync("7");

        var (update, archive) = (hs.Http.Requests[0], hs.Http.Requests[1]);
        update.Method.Should().Be(HttpMethod.Patch);
        update.Path.Should().Be("/crm/objects/2026-03/contacts/ann%40example.com");
        update.QueryValue("idProperty").Should().Be("email");
        update.Body.Should().Be("""{"properties":{"phone":""}}""");
        archive.Method.Should().Be(HttpMethod.Delete);
        archive.Path.Should().Be("/crm/objects/2026-03/contacts/7");
    }

    [Fact]
    public async Task Engagement_clients_and_custom_objects_use_their_own_type_segment()
    {
        using var hs = HubSpotTestServices.Create();
        hs.Http.Answer(_ => StubHandler.Json(200, HubSpotJson.Record("1")));
        var client = hs.HubSpot;

        foreach (var objects in new[] { client.Notes, client.Calls, client.Emails, client.Meetings, client.Tasks, client.Objects("2-123") })
        {
            await objects.GetAsync("1");
        }

        hs.Http.Requests.Select(r => r.Path).Should().Equal(
            "/crm/objects/2026-03/notes/1", "/crm/objects/2026-03/calls/1", "/crm/objects/2026-03/emails/1",
            "/crm/objects/2026-03/meetings/1", "/crm/objects/2026-03/tasks/1", "/crm/objects/2026-03/2-123/1");
    }

    [Fact]
    public async Task Maps_HubSpot_errors_to_HubSpotApiException_with_category_correlation_id_and_items()
    {
        using var hs = HubSpotTestServices.Create();
        hs.Http.Answer(_ => StubHandler.Json(400, """
            {"status":"error","message":"Property values were not valid","correlationId":"aeb5f871-7f07-4993-9211-075dc63e7cbf",
             "category":"VALIDATION_ERROR","subCategory":"INVALID_PROPERTY",
             "errors":[{"message":"Property \"colour\" does not exist","code":"PROPERTY_DOESNT_EXIST","in":"colour","context":{"propertyName":["colour"]}}]}
            """));

        var act = () => hs.HubSpot.Contacts.CreateAsync(new HubSpotObjectInput { Properties = { ["colour"] = "red" } });

        var ex = (await act.Should().ThrowAsync<HubSpotApiException>()).Which;
        ex.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        ex.Category.Should().Be("VALIDATION_ERROR");
        ex.SubCategory.Should().Be("INVALID_PROPERTY");
        ex.CorrelationId.Should().Be("aeb5f871-7f07-4993-9211-075dc63e7cbf");
        ex.RequestMethod.Should().Be("POST");
        ex.RequestPath.Should().Be("/crm/objects/2026-03/contacts");
        ex.Errors.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Code = "PROPERTY_DOESNT_EXIST", In = "colour" });
        ex.Errors[0].Context["propertyName"].Should().Equal("colour");
        ex.Message.Should().Contain("POST /crm/objects/2026-03/contacts").And.Contain("VALIDATION_ERROR")
            .And.Contain("Property values were not valid").And.Contain("aeb5f871-7f07-4993-9211-075dc63e7cbf");
        ex.ToString().Should().NotContain(HubSpotTestServices.AccessToken);
    }
}
