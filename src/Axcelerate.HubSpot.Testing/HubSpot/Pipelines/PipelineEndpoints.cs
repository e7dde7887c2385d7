using System.Text.Json.Nodes;
using Axcelerate.HubSpot.Testing.HubSpot.Objects;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Axcelerate.HubSpot.Testing.HubSpot.Pipelines;

/// <summary>Deal pipelines: the default "Sales Pipeline" and a second one, each with stages carrying probability and isClosed.</summary>
internal static class PipelineEndpoints
{
    /// <summary>(pipeline id, label, displayOrder, stages (id, label, probability, closed)).</summary>
    public static readonly IReadOnlyList<(string Id, string Label, int DisplayOrder, (string Id, string Label, string Probability, bool Closed)[] Stages)> DealPipelines =
    [
        ("default", "Sales Pipeline", 0,
        [
            ("appointmentscheduled", "Appointment Scheduled", "0.2", false), ("qualifiedtobuy", "Qualified To Buy", "0.4", false),
            ("presentationscheduled", "Presentation Scheduled", "0.6", false), ("decisionmakerboughtin", "Decision Maker Bought-In", "0.8", false),
            ("contractsent", "Contract Sent", "0.9", false), ("closedwon", "Closed Won", "1.0", true), ("closedlost", "Closed Lost", "0.0", true),
        ]),
        ("75e28846-ad0d-4be2-a027-5e1da6590b98", "Training Enrolments", 1,
        [
            ("1011", "Enquiry", "0.1", false), ("1012", "Application Received", "0.5", false),
            ("1013", "Enrolled", "1.0", true), ("1014", "Withdrawn", "0.0", true),
        ]),
    ];

    public static void Map(IEndpointRouteBuilder group, string prefix)
    {
        group.MapGet(prefix + "/{type}", (string type) => IsDeals(type)
            ? HubSpotResponses.Json(new JsonObject { ["results"] = new JsonArray([.. DealPipelines.Select(p => (JsonNode)Pipeline(p))]) })
            : HubSpotResponses.Json(new JsonObject { ["results"] = new JsonArray() }));
        group.MapGet(prefix + "/{type}/{pipelineId}", (string type, string pipelineId) => Find(type, pipelineId) is { } p ? HubSpotResponses.Json(Pipeline(p)) : HubSpotResponses.NotFound());
        group.MapGet(prefix + "/{type}/{pipelineId}/stages", (string type, string pipelineId) => Find(type, pipelineId) is { } p
            ? HubSpotResponses.Json(new JsonObject { ["results"] = Stages(p) })
            : HubSpotResponses.NotFound());
        group.MapGet(prefix + "/{type}/{pipelineId}/stages/{stageId}", (string type, string pipelineId, string stageId) =>
            Find(type, pipelineId) is { } p && Stages(p).OfType<JsonObject>().FirstOrDefault(s => (string?)s["id"] == stageId) is { } stage
                ? HubSpotResponses.Json(stage.DeepClone())
                : HubSpotResponses.NotFound());
    }

    private static bool IsDeals(string type) => HubSpotObjectType.Find(type) == HubSpotObjectType.Deals;

    private static (string Id, string Label, int DisplayOrder, (string Id, string Label, string Probability, bool Closed)[] Stages)? Find(string type, string id) =>
        IsDeals(type) ? DealPipelines.FirstOrDefault(p => p.Id == id) is { Id: not null } p ? p : null : null;

    private static JsonObject Pipeline((string Id, string Label, int DisplayOrder, (string Id, string Label, string Probability, bool Closed)[] Stages) pipeline) => new()
    {
        ["id"] = pipeline.Id,
        ["label"] = pipeline.Label,
        ["displayOrder"] = pipeline.DisplayOrder,
        ["stages"] = Stages(pipeline),
        ["createdAt"] = "1970-01-01T00:00:00Z",
        ["updatedAt"] = "1970-01-01T00:00:00Z",
        ["archived"] = false,
    };

    private static JsonArray Stages((string Id, string Label, int DisplayOrder, (string Id, string Label, string Probability, bool Closed)[] Stages) pipeline) =>
        new([.. pipeline.Stages.Select((s, i) => (JsonNode)new JsonObject
        {
            ["id"] = s.Id,
            ["label"] = s.Label,
            ["displayOrder"] = i,
            ["metadata"] = new JsonObject { ["isClosed"] = s.Closed ? "true" : "false", ["probability"] = s.Probability },
            ["createdAt"] = "1970-01-01T00:00:00Z",
            ["updatedAt"] = "1970-01-01T00:00:00Z",
            ["archived"] = false,
        })]);
}
