namespace Axcelerate.HubSpot.Mapping;

/// <summary>aXcelerate's allowed state codes and the normalisation of state names to them.</summary>
public static class AustralianStates
{
    /// <summary>The codes aXcelerate's <c>state</c> fields accept.</summary>
    public static IReadOnlyList<string> Codes { get; } = ["NSW", "VIC", "QLD", "SA", "WA", "TAS", "NT", "ACT", "OTH"];

    private static readonly Dictionary<string, string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["NSW"] = "NSW", ["NEW SOUTH WALES"] = "NSW",
        ["VIC"] = "VIC", ["VICTORIA"] = "VIC",
        ["QLD"] = "QLD", ["QUEENSLAND"] = "QLD",
        ["SA"] = "SA", ["SOUTH AUSTRALIA"] = "SA",
        ["WA"] = "WA", ["WESTERN AUSTRALIA"] = "WA",
        ["TAS"] = "TAS", ["TASMANIA"] = "TAS",
        ["NT"] = "NT", ["NORTHERN TERRITORY"] = "NT",
        ["ACT"] = "ACT", ["AUSTRALIAN CAPITAL TERRITORY"] = "ACT",
        ["OTH"] = "OTH", ["OTHER AUSTRALIAN TERRITORY"] = "OTH", ["JERVIS BAY TERRITORY"] = "OTH",
        ["CHRISTMAS ISLAND"] = "OTH", ["COCOS (KEELING) ISLANDS"] = "OTH", ["COCOS ISLANDS"] = "OTH", ["NORFOLK ISLAND"] = "OTH",
    };

    /// <summary>Turns a state name or code ("New South Wales", "n.s.w.", "nsw") into aXcelerate's code.</summary>
    /// <param name="value">The name or code.</param>
    /// <param name="code">The code, when recognised.</param>
    /// <returns>True when the value names an Australian state or territory.</returns>
    public static bool TryNormalize(string? value, out string code)
    {
        code = string.Empty;
        if (string.IsNullOrWhiteSpace(value))
        {
            return false;
        }

        // Most values are already clean ("QLD", "New South Wales"): look them up as they are, without rebuilding them.
        var cleaned = IsClean(value) ? value : string.Join(' ', value.Replace(".", string.Empty, StringComparison.Ordinal)
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (Names.TryGetValue(cleaned, out var found))
        {
            code = found;
            return true;
        }

        return false;
    }

    // No dots, no white space but single spaces between words: cleaning would return the value unchanged.
    private static bool IsClean(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '.' || (char.IsWhiteSpace(c) && (c != ' ' || i == 0 || i == value.Length - 1 || value[i - 1] == ' ')))
            {
                return false;
            }
        }

        return true;
    }
}
