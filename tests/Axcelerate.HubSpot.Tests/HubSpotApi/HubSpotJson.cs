using System.Text.Json.Nodes;

namespace Axcelerate.HubSpot.Tests.HubSpotApi;

/// <summary>HubSpot-shaped JSON for stub answers: a CRM record and a page of them.</summary>
internal static class HubSpotJson
{
    public static string Record(string id, params (string Name, string Value)[] properties)
    {
        var props = new JsonObject { ["hs_object_id"] = id };
        foreach (var (name, value) in properties)
        {
            props[name] = value;
        }

        return new JsonObject
        {
            ["id"] = id,
            ["properties"] = props,
            ["createdAt"] = "2026-01-05T10:00:00.000Z",
            ["updatedAt"] = "2026-01-06T10:00:00.000Z",
            ["archived"] = false,
        }.ToJsonString();
    }

    public static string Page(string? after, params string[] records) =>
        "{\"results\":[" + string.Join(',', records) + "]" + (after is null ? "" : ",\"paging\":{\"next\":{\"after\":\"" + after + "\",\"link\":\"x\"}}") + "}";
}
