using System.Globalization;
using System.Text.Json;

namespace Axcelerate.HubSpot.AxcelerateApi;

/// <summary>Turns raw aXcelerate values into text consistently (used by <see cref="AxcelerateRecord"/> and custom fields).</summary>
internal static class AxcelerateFieldText
{
    public static string? From(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString() is { Length: > 0 } text ? text : null,
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Array => Values(value) is { Count: > 0 } items ? string.Join(',', items) : null,
        _ => null,
    };

    public static IReadOnlyList<string> Values(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            return From(value) is { } single ? [single] : [];
        }

        var items = new List<string>();
        foreach (var item in value.EnumerateArray())
        {
            if (From(item) is { } text)
            {
                items.Add(text);
            }
        }

        return items;
    }

    public static string Invariant(long value) => value.ToString(CultureInfo.InvariantCulture);
}
