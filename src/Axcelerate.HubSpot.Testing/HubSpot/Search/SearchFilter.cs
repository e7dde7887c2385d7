using System.Globalization;
using System.Text.Json.Nodes;
using Axcelerate.HubSpot.Testing.HubSpot.Objects;

namespace Axcelerate.HubSpot.Testing.HubSpot.Search;

/// <summary>
/// One search filter. Strict (HubSpot's rules): values compare by the property's type — numbers and dates numerically,
/// strings as case-insensitive text, enumerations exactly; <c>IN</c>/<c>NOT_IN</c> on strings match the lower-cased
/// stored value exactly. Lenient: numbers whenever both sides parse, otherwise case-insensitive text.
/// </summary>
internal sealed record SearchFilter(string PropertyName, string Operator, string? Value, string? HighValue, IReadOnlyList<string> Values)
{
    private static readonly HashSet<string> Operators = ["EQ", "NEQ", "LT", "LTE", "GT", "GTE", "BETWEEN", "IN", "NOT_IN", "HAS_PROPERTY", "NOT_HAS_PROPERTY", "CONTAINS_TOKEN", "NOT_CONTAINS_TOKEN"];

    public static bool TryParse(JsonObject json, out SearchFilter filter, out string problem)
    {
        var name = HubSpotResponses.Text(json["propertyName"]);
        var op = HubSpotResponses.Text(json["operator"])?.ToUpperInvariant();
        filter = new SearchFilter(name ?? string.Empty, op ?? string.Empty, HubSpotResponses.Text(json["value"]), HubSpotResponses.Text(json["highValue"]), [.. (json["values"] as JsonArray ?? []).Select(HubSpotResponses.Text).OfType<string>()]);
        problem = string.Empty;
        if (string.IsNullOrEmpty(name))
        {
            problem = "Every filter needs a propertyName.";
            return false;
        }

        if (op is null || !Operators.Contains(op))
        {
            problem = $"Unknown filter operator '{op}' on {name}.";
            return false;
        }

        if (op is "EQ" or "NEQ" or "LT" or "LTE" or "GT" or "GTE" or "CONTAINS_TOKEN" or "NOT_CONTAINS_TOKEN" && filter.Value is null)
        {
            problem = $"Filter {op} on {name} needs a value.";
            return false;
        }

        if (op == "BETWEEN" && (filter.Value is null || filter.HighValue is null))
        {
            problem = $"Filter BETWEEN on {name} needs value and highValue.";
            return false;
        }

        if (op is "IN" or "NOT_IN" && filter.Values.Count == 0)
        {
            problem = $"Filter {op} on {name} needs values.";
            return false;
        }

        return true;
    }

    /// <summary>Whether the record passes; <paramref name="associatedIds"/> answers the <c>associations.{type}</c> pseudo-properties.</summary>
    /// <param name="record">The record as search sees it.</param>
    /// <param name="associatedIds">The associated ids visible to search.</param>
    /// <param name="propertyType">The property's declared type (string, number, enumeration…), or null when unknown or matching leniently.</param>
    public bool Matches(HubSpotRecord record, Func<HubSpotRecord, HubSpotObjectType, IReadOnlyList<string>> associatedIds, string? propertyType = null)
    {
        if (PropertyName.StartsWith("associations.", StringComparison.OrdinalIgnoreCase) && HubSpotObjectType.Find(PropertyName["associations.".Length..]) is { } toType)
        {
            var ids = associatedIds(record, toType);
            return Operator switch
            {
                "EQ" => ids.Contains(Value!),
                "NEQ" => !ids.Contains(Value!),
                "IN" => Values.Any(ids.Contains),
                "NOT_IN" => !Values.Any(ids.Contains),
                "HAS_PROPERTY" => ids.Count > 0,
                "NOT_HAS_PROPERTY" => ids.Count == 0,
                _ => false,
            };
        }

        var actual = record[PropertyName];
        if (propertyType is not null)
        {
            return MatchesTyped(actual, propertyType);
        }

        return Operator switch
        {
            "HAS_PROPERTY" => actual is not null,
            "NOT_HAS_PROPERTY" => actual is null,
            "EQ" => actual is not null && Compare(actual, Value) == 0,
            "NEQ" => actual is null || Compare(actual, Value) != 0,
            "LT" => actual is not null && Compare(actual, Value) < 0,
            "LTE" => actual is not null && Compare(actual, Value) <= 0,
            "GT" => actual is not null && Compare(actual, Value) > 0,
            "GTE" => actual is not null && Compare(actual, Value) >= 0,
            "BETWEEN" => actual is not null && Compare(actual, Value) >= 0 && Compare(actual, HighValue) <= 0,
            "IN" => actual is not null && Values.Any(v => Compare(actual, v) == 0),
            "NOT_IN" => actual is null || !Values.Any(v => Compare(actual, v) == 0),
            "CONTAINS_TOKEN" => actual is not null && ContainsToken(actual, Value!),
            "NOT_CONTAINS_TOKEN" => actual is null || !ContainsToken(actual, Value!),
            _ => false,
        };
    }

    private bool MatchesTyped(string? actual, string type)
    {
        int Cmp(string? right) => CompareAs(type, actual, right);
        bool InList(string value) => type switch
        {
            // HubSpot lower-cases text for IN/NOT_IN, so only lower-case values can match.
            "string" or "phone_number" => Values.Contains(value.ToLowerInvariant(), StringComparer.Ordinal),
            "enumeration" or "bool" => Values.Contains(value, StringComparer.Ordinal),
            _ => Values.Any(v => CompareAs(type, value, v) == 0),
        };

        return Operator switch
        {
            "HAS_PROPERTY" => actual is not null,
            "NOT_HAS_PROPERTY" => actual is null,
            "EQ" => actual is not null && Cmp(Value) == 0,
            "NEQ" => actual is null || Cmp(Value) != 0,
            "LT" => actual is not null && Cmp(Value) < 0,
            "LTE" => actual is not null && Cmp(Value) <= 0,
            "GT" => actual is not null && Cmp(Value) > 0,
            "GTE" => actual is not null && Cmp(Value) >= 0,
            "BETWEEN" => actual is not null && Cmp(Value) >= 0 && Cmp(HighValue) <= 0,
            "IN" => actual is not null && InList(actual),
            "NOT_IN" => actual is null || !InList(actual),
            "CONTAINS_TOKEN" => actual is not null && ContainsToken(actual, Value!),
            "NOT_CONTAINS_TOKEN" => actual is null || !ContainsToken(actual, Value!),
            _ => false,
        };
    }

    /// <summary>Compares two values as a property of <paramref name="type"/> does in HubSpot's search.</summary>
    public static int CompareAs(string? type, string? left, string? right)
    {
        if (left is null || right is null)
        {
            return left is null ? (right is null ? 0 : -1) : 1;
        }

        return type switch
        {
            "number" or "date" or "datetime" => AsNumber(left) is { } l && AsNumber(right) is { } r ? l.CompareTo(r) : string.CompareOrdinal(left, right),
            "enumeration" or "bool" => string.CompareOrdinal(left, right),
            "string" or "phone_number" => string.Compare(left, right, StringComparison.OrdinalIgnoreCase),
            _ => Compare(left, right),
        };
    }

    public static int Compare(string? left, string? right)
    {
        if (left is null || right is null)
        {
            return left is null ? (right is null ? 0 : -1) : 1;
        }

        if (AsNumber(left) is { } l && AsNumber(right) is { } r)
        {
            return l.CompareTo(r);
        }

        return string.Compare(left, right, StringComparison.OrdinalIgnoreCase);
    }

    public static IEnumerable<string> Tokens(string? text) =>
        (text ?? string.Empty).Split([' ', '@', '.', ',', '-', '_', '/', '(', ')', '+', ';', ':'], StringSplitOptions.RemoveEmptyEntries);

    private static bool ContainsToken(string actual, string token)
    {
        // HubSpot tokenises text; '*' is a wildcard, and a whole value (e.g. an email) also matches as one token.
        if (string.Equals(actual, token, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (token.Contains('*', StringComparison.Ordinal))
        {
            var pattern = "^" + System.Text.RegularExpressions.Regex.Escape(token).Replace("\\*", ".*", StringComparison.Ordinal) + "$";
            return System.Text.RegularExpressions.Regex.IsMatch(actual, pattern, System.Text.RegularExpressions.RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1))
                || Tokens(actual).Any(t => System.Text.RegularExpressions.Regex.IsMatch(t, pattern, System.Text.RegularExpressions.RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1)));
        }

        return Tokens(actual).Any(t => string.Equals(t, token, StringComparison.OrdinalIgnoreCase));
    }

    private static decimal? AsNumber(string value)
    {
        if (decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        // Dates compare as epoch milliseconds, as HubSpot stores them.
        return value.Length >= 10 && char.IsDigit(value[0]) && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
            ? date.ToUnixTimeMilliseconds()
            : null;
    }
}
