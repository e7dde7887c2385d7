using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Axcelerate.HubSpot.Testing.HubSpot.Objects;
using Axcelerate.HubSpot.Testing.HubSpot.Pipelines;

namespace Axcelerate.HubSpot.Testing.HubSpot.Properties;

/// <summary>
/// HubSpot's checks of the property values of a write: the property must exist, must not be read-only or calculated,
/// and its value must fit its type (enumeration options, number, date at midnight UTC, datetime, bool, email). Every
/// problem is listed in one 400 <c>VALIDATION_ERROR</c>.
/// </summary>
internal sealed partial class PropertyValidation(PropertyCatalog catalog, HubSpotSandboxOptions options, Func<IEnumerable<string>> ownerIds)
{
    private const long DayMilliseconds = 86_400_000;

    /// <summary>The VALIDATION_ERROR body listing every invalid property value, or null when all are valid.</summary>
    /// <param name="type">The object type written.</param>
    /// <param name="properties">The values written ("" or null clears a value).</param>
    /// <param name="existing">The record being updated, or null for a create.</param>
    /// <returns>The error body, or null.</returns>
    public JsonObject? Validate(HubSpotObjectType type, IReadOnlyDictionary<string, string?> properties, HubSpotRecord? existing)
    {
        List<(string Name, string Code, string Message)> problems = [];
        foreach (var (name, value) in properties)
        {
            if (catalog.Find(type, name) is not { } definition)
            {
                problems.Add((name, "PROPERTY_DOESNT_EXIST", $"Property \"{name}\" does not exist"));
                continue;
            }

            if (!options.ValidatePropertyValues)
            {
                continue;
            }

            if (definition.ReadOnlyValue || definition.Calculated)
            {
                problems.Add((name, "READ_ONLY_VALUE", $"{name} is a read only property; its value cannot be set."));
                continue;
            }

            if (!string.IsNullOrEmpty(value) && Check(type, definition, value, properties, existing) is { } problem)
            {
                problems.Add((name, problem.Code, problem.Message));
            }
        }

        return problems.Count == 0 ? null : Body(problems);
    }

    private (string Code, string Message)? Check(HubSpotObjectType type, HubSpotPropertyDefinition definition, string value, IReadOnlyDictionary<string, string?> properties, HubSpotRecord? existing)
    {
        if (type == HubSpotObjectType.Contacts && definition.Name == "email" && !EmailPattern().IsMatch(value))
        {
            return ("INVALID_EMAIL", $"Email address {value} is invalid");
        }

        switch (definition.Type)
        {
            case "enumeration":
                var allowed = AllowedOptions(type, definition, properties, existing);
                if (allowed is null)
                {
                    return null;
                }

                var values = definition.FieldType == "checkbox" ? value.Split(';', StringSplitOptions.RemoveEmptyEntries) : [value];
                var wrong = values.FirstOrDefault(v => !allowed.Contains(v, StringComparer.Ordinal));
                return wrong is null ? null : ("INVALID_OPTION", $"{wrong} was not one of the allowed options: [{string.Join(", ", allowed)}]");
            case "number":
                return decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _) ? null : ("INVALID_INTEGER", $"{value} is not a valid number.");
            case "bool":
                return value is "true" or "false" ? null : ("INVALID_BOOLEAN", $"{value} is not a valid boolean; use true or false.");
            case "date":
                return CheckDate(value);
            case "datetime":
                return long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out _) || IsIsoDateTime(value)
                    ? null
                    : ("INVALID_DATETIME", $"{value} is not a valid datetime; use milliseconds since the epoch or ISO 8601.");
            default:
                return null;
        }
    }

    private IReadOnlyList<string>? AllowedOptions(HubSpotObjectType type, HubSpotPropertyDefinition definition, IReadOnlyDictionary<string, string?> properties, HubSpotRecord? existing)
    {
        if (definition.Name == "hubspot_owner_id")
        {
            return [.. ownerIds()];
        }

        if (type == HubSpotObjectType.Deals && definition.Name == "pipeline")
        {
            return [.. PipelineEndpoints.DealPipelines.Select(p => p.Id)];
        }

        if (type == HubSpotObjectType.Deals && definition.Name == "dealstage")
        {
            var pipelineId = properties.GetValueOrDefault("pipeline") is { Length: > 0 } given ? given : existing?["pipeline"] ?? "default";
            var pipeline = PipelineEndpoints.DealPipelines.FirstOrDefault(p => p.Id == pipelineId);
            return pipeline.Id is null ? [] : [.. pipeline.Stages.Select(s => s.Id)];
        }

        return definition.Options.Count == 0 ? null : [.. definition.Options.Select(o => o.Value)];
    }

    private static (string Code, string Message)? CheckDate(string value)
    {
        if (long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var epoch))
        {
            var remainder = ((epoch % DayMilliseconds) + DayMilliseconds) % DayMilliseconds;
            return remainder == 0
                ? null
                : ("INVALID_DATE", $"{value} is at {TimeSpan.FromMilliseconds(remainder).ToString(@"hh\:mm\:ss\.fff", CultureInfo.InvariantCulture)} UTC, not midnight!");
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            return null;
        }

        if (IsIsoDateTime(value) && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
        {
            return parsed.UtcDateTime.TimeOfDay == TimeSpan.Zero ? null : ("INVALID_DATE", $"{value} is at {parsed.UtcDateTime:HH:mm:ss.fff} UTC, not midnight!");
        }

        return ("INVALID_DATE", $"{value} is not a valid date; use midnight UTC in milliseconds since the epoch or yyyy-MM-dd.");
    }

    private static bool IsIsoDateTime(string value) =>
        value.Length >= 10 && char.IsDigit(value[0]) && value[4] == '-' && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _);

    private static JsonObject Body(List<(string Name, string Code, string Message)> problems)
    {
        var details = new JsonArray([.. problems.Select(p => (JsonNode)new JsonObject
        {
            ["isValid"] = false,
            ["message"] = p.Message,
            ["error"] = p.Code,
            ["name"] = p.Name,
            ["localizedErrorMessage"] = p.Message,
        })]);
        var body = HubSpotResponses.ErrorBody($"Property values were not valid: {details.ToJsonString()}", "VALIDATION_ERROR");
        body["errors"] = new JsonArray([.. problems.Select(p => (JsonNode)new JsonObject
        {
            ["message"] = p.Message,
            ["code"] = p.Code,
            ["context"] = new JsonObject { ["propertyName"] = new JsonArray(p.Name) },
        })]);
        return body;
    }

    // RFC-2822-ish local part, a domain with at least one dot and a top-level domain of two or more letters.
    [GeneratedRegex(@"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,}$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex EmailPattern();
}
