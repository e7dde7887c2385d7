using System.Text.Json.Nodes;

namespace Axcelerate.HubSpot.Testing.Axcelerate;

/// <summary>The note types of the sandbox account (88 is aXcelerate's System Note).</summary>
internal static class AxcelerateNoteTypes
{
    private static readonly (int Id, string Name, string Colour)[] Types =
    [
        (88, "System Generated Note", "#cccccc"), (101, "General Note", "#ffffff"), (102, "Phone Call", "#d9edf7"),
        (103, "Email", "#dff0d8"), (104, "Meeting", "#fcf8e3"),
    ];

    public static bool Exists(int id) => Types.Any(t => t.Id == id);

    public static string Name(int id) => Types.FirstOrDefault(t => t.Id == id).Name ?? "General Note";

    public static JsonArray Json() => new(Types.Select(t => (JsonNode)new JsonObject
    {
        ["COLOUR"] = t.Colour, ["ENTRYDATE"] = "2020-01-01 09:00", ["NOTETYPEID"] = t.Id, ["ACTIVE"] = true, ["DESCRIPTOR"] = t.Name,
    }).ToArray());
}
