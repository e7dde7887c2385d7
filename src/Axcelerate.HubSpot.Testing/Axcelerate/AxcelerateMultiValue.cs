using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Axcelerate.HubSpot.Testing.Axcelerate;

/// <summary>
/// The documented encodings of a multi-value custom field write: a JSON array (<c>['A,B','C']</c>, single or double
/// quotes) or a comma-separated list of URL-encoded values (<c>A%2CB,C</c>). Stored as a JSON array text, returned as an array.
/// </summary>
internal static class AxcelerateMultiValue
{
    public static bool IsMultiType(string type) => type is "select-multi" or "checkbox";

    public static string Normalise(string value)
    {
        var values = value.TrimStart().StartsWith('[') ? ParseArray(value.Trim()) : value.Length == 0 ? [] : value.Split(',').Select(Uri.UnescapeDataString).ToList();
        return new JsonArray(values.Select(v => (JsonNode)JsonValue.Create(v)).ToArray()).ToJsonString();
    }

    public static JsonArray ToJson(string? stored)
    {
        if (string.IsNullOrEmpty(stored))
        {
            return [];
        }

        try
        {
            return JsonNode.Parse(stored) as JsonArray ?? [JsonValue.Create(stored)];
        }
        catch (JsonException)
        {
            return [JsonValue.Create(stored)];
        }
    }

    /// <summary>Reads <c>['A,B','C']</c> or <c>["A,B","C"]</c>; a backslash escapes the next character.</summary>
    private static List<string> ParseArray(string text)
    {
        var values = new List<string>();
        var i = 1;
        while (i < text.Length - 1)
        {
            var c = text[i];
            if (c is '\'' or '"')
            {
                var quote = c;
                var value = new StringBuilder();
                i++;
                while (i < text.Length && text[i] != quote)
                {
                    if (text[i] == '\\' && i + 1 < text.Length)
                    {
                        i++;
                    }

                    value.Append(text[i]);
                    i++;
                }

                values.Add(value.ToString());
            }

            i++;
        }

        return values;
    }
}
