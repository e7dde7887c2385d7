using System.Globalization;
using Axcelerate.HubSpot.HubSpotApi;

namespace Axcelerate.HubSpot.Tests.HubSpotApi;

public sealed class HubSpotMetadataClientTests
{
    [Theory]
    [InlineData("2026-03", "/crm/objects/2026-03/contacts/5/associations/companies")]
    [InlineData("v3", "/crm/v4/objects/contacts/5/associations/companies")]
    public async Task Lists_a_records_associations_page_by_page(string version, string path)
    {
        using var hs = HubSpotTestServices.Create(HubSpotTestServices.BaseSettings(version));
        hs.Http.Answer(r => r.QueryValue("after") is null
            ? StubHandler.Json(200, """{"results":[{"toObjectId":77,"associationTypes":[{"category":"HUBSPOT_DEFINED","typeId":279,"label":null},{"category":"USER_DEFINED","typeId":9,"label":"Employer"}]}],"paging":{"next":{"after":"a1"}}}""")
            : StubHandler.Json(200, """{"results":[{"toObjectId":78,"associationTypes":[{"category":"HUBSPOT_DEFINED","typeId":1,"label":"Primary"}]}]}"""));

        var found = new List<HubSpotAssociation>();
        await foreach (var association in hs.HubSpot.Associations.ListAsync("contacts", "5", "companies"))
        {
            found.Add(association);
        }

        found.Select(a => a.ToObjectId).Should().Equal("77", "78");
        found[0].Types.Should().Equal(new HubSpotAssociationType(HubSpotAssociationCategory.HubSpotDefined, 279), new HubSpotAssociationType(HubSpotAssociationCategory.UserDefined, 9, "Employer"));
        hs.Http.Requests.Should().AllSatisfy(r => { r.Path.Should().Be(path); r.QueryValue("limit").Should().Be("500"); });
        hs.Http.Requests[1].QueryValue("after").Should().Be("a1");
    }

    [Theory]
    [InlineData("2026-03", "/crm/objects/2026-03/deals/9/associations/default/contacts/5", "/crm/objects/2026-03/deals/9/associations/companies/3")]
    [InlineData("v3", "/crm/v4/objects/deals/9/associations/default/contacts/5", "/crm/v4/objects/deals/9/associations/companies/3")]
    public async Task Creates_default_and_labelled_associations(string version, string defaultPath, string labelledPath)
    {
        using var hs = HubSpotTestServices.Create(HubSpotTestServices.BaseSettings(version));
        hs.Http.Answer(_ => StubHandler.Json(200, """{"fromObjectTypeId":"0-3","fromObjectId":9,"toObjectTypeId":"0-2","toObjectId":3,"labels":["Primary"]}"""));

        await hs.HubSpot.Associations.CreateDefaultAsync("deals", "9", "contacts", "5");
        var labels = await hs.HubSpot.Associations.CreateAsync("deals", "9", "companies", "3", [HubSpotAssociationType.HubSpotDefined(5)]);

        labels.Should().Equal("Primary");
        hs.Http.Requests.Select(r => (r.Method.Method, r.Path)).Should().Equal(("PUT", defaultPath), ("PUT", labelledPath));
        hs.Http.Requests[1].Body.Should().Be("""[{"associationCategory":"HUBSPOT_DEFINED","associationTypeId":5}]""");
    }

    [Theory]
    [InlineData("2026-03", "/crm/associations/2026-03/contacts/companies/batch/read")]
    [InlineData("v3", "/crm/v4/associations/contacts/companies/batch/read")]
    public async Task Batch_reads_associations_1000_ids_per_request_and_follows_per_record_paging(string version, string path)
    {
        using var hs = HubSpotTestServices.Create(HubSpotTestServices.BaseSettings(version));
        hs.Http.Answer(r =>
        {
            var inputs = r.ReadJson()["inputs"]!.AsArray();
            var results = inputs.Select(i =>
            {
                var id = (string)i!["id"]!;
                var after = (string?)i["after"];
                var paging = id == "1" && after is null ? ",\"paging\":{\"next\":{\"after\":\"p2\"}}" : "";
                var to = after is null ? 100 + int.Parse(id, CultureInfo.InvariantCulture) : 9000;
                return "{\"from\":{\"id\":\"" + id + "\"},\"to\":[{\"toObjectId\":" + to + ",\"associationTypes\":[{\"category\":\"HUBSPOT_DEFINED\",\"typeId\":279}]}]" + paging + "}";
            });
            return StubHandler.Json(200, "{\"status\":\"COMPLETE\",\"results\":[" + string.Join(',', results) + "]}");
        });
        var ids = Enumerable.Range(1, 1500).Select(i => i.ToString(CultureInfo.InvariantCulture)).ToList();

        var result = await hs.HubSpot.Associations.BatchReadAsync("contacts", "companies", ids);

        hs.Http.Requests.Should().AllSatisfy(r => r.Path.Should().Be(path));
        hs.Http.Requests.Select(r => r.ReadJson()["inputs"]!.AsArray().Count).Should().Equal(1000, 1, 500);
        hs.Http.Requests[1].Body.Should().Be("""{"inputs":[{"id":"1","after":"p2"}]}""");
        result.Results.Should().HaveCount(1500);
        result.Results.Single(s => s.FromId == "1").To.Select(a => a.ToObjectId).Should().Equal("101", "9000");
    }

    [Theory]
    [InlineData("2026-03", "/crm/owners/2026-03")]
    [InlineData("v3", "/crm/v3/owners")]
    public async Task Pages_owners_and_finds_one_by_id_or_email(string version, string path)
    {
        using var hs = HubSpotTestServices.Create(HubSpotTestServices.BaseSettings(version));
        hs.Http.Answer(r => r.Path.EndsWith("/404", StringComparison.Ordinal)
            ? StubHandler.Json(404, """{"status":"error","message":"not found","category":"OBJECT_NOT_FOUND","correlationId":"c"}""")
            : r.Path != path
                ? StubHandler.Json(200, """{"id":"31","email":"kim@rto.example","firstName":"Kim","userId":7,"type":"PERSON","archived":false}""")
                : r.QueryValue("after") is null
                    ? StubHandler.Json(200, """{"results":[{"id":"31","email":"kim@rto.example","firstName":"Kim","lastName":"Lee","userId":7}],"paging":{"next":{"after":"o2"}}}""")
                    : StubHandler.Json(200, """{"results":[{"id":"32","email":"sam@rto.example"}]}"""));

        var owners = new List<HubSpotOwner>();
        await foreach (var owner in hs.HubSpot.Owners.ListAsync())
        {
            owners.Add(owner);
        }

        var byId = await hs.HubSpot.Owners.GetAsync("31");
        var missing = await hs.HubSpot.Owners.GetAsync("404");
        var byEmail = await hs.HubSpot.Owners.GetByEmailAsync("kim@rto.example");

        owners.Select(o => o.Id).Should().Equal("31", "32");
        owners[0].UserId.Should().Be(7);
        byId!.FirstName.Should().Be("Kim");
        missing.Should().BeNull();
        byEmail!.Id.Should().Be("31");
        hs.Http.Requests[0].QueryValue("limit").Should().Be("100");
        hs.Http.Requests[1].QueryValue("after").Should().Be("o2");
        hs.Http.Requests[2].Path.Should().Be(path + "/31");
        hs.Http.Requests[4].Path.Should().Be(path);
        hs.Http.Requests[4].QueryValue("email").Should().Be("kim@rto.example");
    }

    [Theory]
    [InlineData("2026-03", "/crm/pipelines/2026-03/deals")]
    [InlineData("v3", "/crm/v3/pipelines/deals")]
    public async Task Reads_deal_pipelines_with_stages_keeping_display_order(string version, string path)
    {
        using var hs = HubSpotTestServices.Create(HubSpotTestServices.BaseSettings(version));
        hs.Http.Answer(_ => StubHandler.Json(200, """
            {"results":[
              {"id":"p2","label":"Short courses","displayOrder":1,"archived":false,"stages":[{"id":"s1","label":"Enquiry","displayOrder":0,"metadata":{"probability":"0.1","isClosed":"false"}}]},
              {"id":"default","label":"Sales","displayOrder":0,"archived":false,"stages":[
                 {"id":"won","label":"Won","displayOrder":2,"metadata":{"probability":"1.0","isClosed":"true"}},
                 {"id":"new","label":"New","displayOrder":0,"metadata":{"probability":"0.1","isClosed":"false"}}]}]}
            """));

        var pipelines = await hs.HubSpot.Pipelines.GetDealPipelinesAsync();

        hs.Http.Requests.Should().ContainSingle().Which.Path.Should().Be(path);
        pipelines.Select(p => (p.Id, p.DisplayOrder)).Should().Equal(("p2", 1), ("default", 0));
        var first = pipelines.FirstByDisplayOrder()!;
        first.Id.Should().Be("default");
        first.Stages.Select(s => s.DisplayOrder).Should().Equal(2, 0);
        first.StagesInDisplayOrder().Select(s => s.Id).Should().Equal("new", "won");
        first.Stages[0].Metadata["isClosed"].Should().Be("true");
    }

    [Theory]
    [InlineData("2026-03", "/crm/properties/2026-03/contacts")]
    [InlineData("v3", "/crm/v3/properties/contacts")]
    public async Task Lists_gets_and_creates_properties(string version, string path)
    {
        using var hs = HubSpotTestServices.Create(HubSpotTestServices.BaseSettings(version));
        const string property = """{"name":"usi","label":"USI","type":"string","fieldType":"text","groupName":"contactinformation","hasUniqueValue":true,"options":[]}""";
        hs.Http.Answer(r => r.Method == HttpMethod.Get && r.Path == path
            ? StubHandler.Json(200, "{\"results\":[" + property + "]}")
            : StubHandler.Json(r.Method == HttpMethod.Post ? 201 : 200, property));

        var all = await hs.HubSpot.Properties.GetPropertiesAsync("contacts");
        var one = await hs.HubSpot.Properties.GetAsync("contacts", "usi");
        var created = await hs.HubSpot.Properties.CreateAsync("contacts", new HubSpotPropertyCreate
        {
            Name = "usi", Label = "USI", Type = "string", FieldType = "text", GroupName = "contactinformation", HasUniqueValue = true,
        });

        all.Should().ContainSingle().Which.HasUniqueValue.Should().BeTrue();
        one!.Label.Should().Be("USI");
        created.Name.Should().Be("usi");
        hs.Http.Requests.Select(r => (r.Method.Method, r.Path)).Should().Equal(("GET", path), ("GET", path + "/usi"), ("POST", path));
        hs.Http.Requests[2].Body.Should().Be("""{"name":"usi","label":"USI","type":"string","fieldType":"text","groupName":"contactinformation","hasUniqueValue":true}""");
    }
}
