using Axcelerate.HubSpot.Deals;
using Axcelerate.HubSpot.Storage;
using Axcelerate.HubSpot.Tests.Users;

namespace Axcelerate.HubSpot.Tests.Deals;

public sealed class DealStageMappingServiceTests : IDisposable
{
    private const string PipelinesPath = "/crm/pipelines/2026-03/deals";

    // The "Sales" pipeline comes second in the JSON but first by displayOrder; an archived pipeline sorts before both.
    private const string Pipelines = """
        {"results":[
          {"id":"partners","label":"Partners","displayOrder":2,"archived":false,"stages":[
            {"id":"p-won","label":"Partner won","displayOrder":0,"archived":false,"metadata":{"probability":"1.0"}}]},
          {"id":"default","label":"Sales","displayOrder":1,"archived":false,"stages":[
            {"id":"closedlost","label":"Closed lost","displayOrder":5,"archived":false,"metadata":{"probability":"0.0"}},
            {"id":"appointmentscheduled","label":"Appointment scheduled","displayOrder":0,"archived":false,"metadata":{"probability":"0.2"}},
            {"id":"confirmedsold","label":"Confirmed Sold","displayOrder":3,"archived":false,"metadata":{"probability":"1.0"}},
            {"id":"closedwon","label":"Closed won","displayOrder":4,"archived":false,"metadata":{"probability":"1.0"}},
            {"id":"retired","label":"Retired","displayOrder":1,"archived":true,"metadata":{"probability":"0.5"}}]},
          {"id":"old","label":"Old","displayOrder":0,"archived":true,"stages":[]}
        ]}
        """;

    private const string Statuses = """
        [{"OPPORTUNITYSTATUSID":1,"NAME":"Lost"},{"OPPORTUNITYSTATUSID":2,"NAME":"Pending"},{"OPPORTUNITYSTATUSID":3,"NAME":"Scheduled"},
         {"OPPORTUNITYSTATUSID":4,"NAME":"Abandoned"},{"OPPORTUNITYSTATUSID":5,"NAME":"Won"}]
        """;

    private readonly StubHandler _http = new();
    private readonly StubHost _host;

    public DealStageMappingServiceTests()
    {
        _http.OnJson(HttpMethod.Get, PipelinesPath, Pipelines);
        _http.OnJson(HttpMethod.Get, "/api/task/opportunityStatuses", Statuses);
        _host = AdministrationTestHost.Create(_http);
    }

    private IDealStageMappingService Service => _host.Get<IDealStageMappingService>();

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task Lists_the_active_stages_of_the_first_pipeline_by_display_order_beside_the_statuses()
    {
        var overview = await Service.GetOverviewAsync();

        overview.PipelineId.Should().Be("default");
        overview.Stages.Select(s => s.StageId).Should().Equal("appointmentscheduled", "confirmedsold", "closedwon", "closedlost");
        overview.Stages.Should().OnlyContain(s => !s.IsMapped);
        overview.OpportunityStatuses.Select(s => s.Name).Should().Equal("Lost", "Pending", "Scheduled", "Abandoned", "Won");
        overview.SavedPipelineId.Should().BeNull();
    }

    [Fact]
    public async Task Saves_a_map_in_stage_order_and_shows_it_in_the_overview()
    {
        var map = await Service.SaveAsync(new Dictionary<string, int> { ["closedlost"] = 1, ["confirmedsold"] = 5, ["closedwon"] = 5 });

        var overview = await Service.GetOverviewAsync();

        map.Entries.Should().Equal(
            new DealStageMapEntry("confirmedsold", "Confirmed Sold", 5, "Won"),
            new DealStageMapEntry("closedwon", "Closed won", 5, "Won"),
            new DealStageMapEntry("closedlost", "Closed lost", 1, "Lost"));
        (await _host.Get<IDealStageMapStore>().GetDealStageMapAsync()).Should().BeEquivalentTo(map);
        overview.Stages.Single(s => s.StageId == "confirmedsold").OpportunityStatusName.Should().Be("Won");
        overview.UnmappedStages.Select(s => s.StageId).Should().Equal("appointmentscheduled");
    }

    [Fact]
    public async Task Resolves_both_ways_and_reports_unmapped_stages_and_statuses()
    {
        await Service.SaveAsync(new Dictionary<string, int> { ["confirmedsold"] = 5, ["closedwon"] = 5, ["closedlost"] = 1 });

        var won = await Service.ResolveStatusAsync("confirmedsold");
        var unmappedStage = await Service.ResolveStatusAsync("appointmentscheduled");
        var stageForWon = await Service.ResolveStageAsync(" won ");
        var stageForLost = await Service.ResolveStageAsync(1);
        var unmappedStatus = await Service.ResolveStageAsync("Pending");

        won.Should().Be(new OpportunityStatusResolution("confirmedsold", 5, "Won", null));
        unmappedStage.IsMapped.Should().BeFalse();
        unmappedStage.Problem.Should().Be("Deal stage 'appointmentscheduled' is not mapped to an opportunity status in the map of pipeline 'Sales' (default).");
        stageForWon.Should().Be(new DealStageResolution("won", "default", "confirmedsold", "Confirmed Sold", null), "the first stage in pipeline order wins");
        stageForLost.DealStageId.Should().Be("closedlost");
        unmappedStatus.Should().BeEquivalentTo(new { IsMapped = false, Problem = "Opportunity status 'Pending' is not mapped to any deal stage of pipeline 'Sales' (default)." });
    }

    [Fact]
    public async Task Resolving_before_any_map_was_saved_is_reported_without_calling_HubSpot()
    {
        var status = await Service.ResolveStatusAsync("closedwon");
        var stage = await Service.ResolveStageAsync("Won");

        status.Problem.Should().Contain("no deal stage map has been saved");
        stage.Problem.Should().Contain("no deal stage map has been saved");
        _http.Requests.Should().BeEmpty();
        _host.Logs.GetSnapshot().Should().Contain(r => r.Message.StartsWith("Deal stage not resolved: Deal stage 'closedwon'", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Refuses_a_stage_from_another_pipeline_and_names_the_stages_that_fit()
    {
        var save = async () => await Service.SaveAsync(new Dictionary<string, int> { ["p-won"] = 5 });

        (await save.Should().ThrowAsync<ArgumentException>()).Which.Message.Should()
            .Contain("'p-won'").And.Contain("pipeline 'Sales' (default), the only one that can be mapped").And.Contain("confirmedsold (Confirmed Sold)");
        (await _host.Get<IDealStageMapStore>().GetDealStageMapAsync()).Should().BeNull();
    }

    [Fact]
    public async Task Refuses_a_status_aXcelerate_does_not_have_and_lists_the_ones_it_has()
    {
        var save = async () => await Service.SaveAsync(new Dictionary<string, int> { ["closedwon"] = 42 });

        (await save.Should().ThrowAsync<ArgumentException>()).Which.Message.Should()
            .Contain("'42 (for stage closedwon)'").And.Contain("'5 (Won)'");
    }

    [Fact]
    public async Task Flags_a_saved_map_made_for_a_pipeline_that_is_no_longer_first()
    {
        await Service.SaveAsync(new Dictionary<string, int> { ["closedwon"] = 5 });
        _http.OnJson(HttpMethod.Get, PipelinesPath, Pipelines.Replace("\"displayOrder\":2,\"archived\":false", "\"displayOrder\":0,\"archived\":false", StringComparison.Ordinal));

        var overview = await Service.GetOverviewAsync();

        overview.PipelineId.Should().Be("partners");
        overview.SavedMapIsForAnotherPipeline.Should().BeTrue();
        overview.Stages.Should().ContainSingle().Which.IsMapped.Should().BeFalse();
    }

    [Fact]
    public async Task Reports_a_portal_without_an_active_deal_pipeline()
    {
        _http.OnJson(HttpMethod.Get, PipelinesPath, """{"results":[]}""");

        var overview = async () => await Service.GetOverviewAsync();

        (await overview.Should().ThrowAsync<InvalidOperationException>()).Which.Message.Should().Contain("no active deal pipeline");
    }
}
