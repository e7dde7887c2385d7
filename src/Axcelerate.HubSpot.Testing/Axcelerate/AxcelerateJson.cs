using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Axcelerate.HubSpot.Testing.Axcelerate;

/// <summary>Writes records the way aXcelerate does: upper-case keys, numbers where the samples have numbers, JSON null for empty.</summary>
internal static class AxcelerateJson
{
    public static JsonObject Contact(AxcelerateSandboxRecord contact, AxcelerateStore store)
    {
        var json = Object(contact, AxcelerateFields.ContactOutput, AxcelerateFields.ContactNumbers, AxcelerateFields.ContactBooleans, AxcelerateFields.ContactLists);
        AddCustomFields(json, contact, store, "contact");
        return json;
    }

    public static JsonObject Organisation(AxcelerateSandboxRecord organisation, AxcelerateStore store)
    {
        var json = Object(organisation, AxcelerateFields.OrganisationOutput, AxcelerateFields.OrganisationNumbers, EmptySet, EmptySet);
        json["PARENT"] = organisation["PARENTORGID"] is { } parentId && int.TryParse(parentId, NumberStyles.Integer, CultureInfo.InvariantCulture, out var id)
            && store.GetOrganisation(id) is { } parent
            ? Object(parent, AxcelerateFields.OrganisationOutput, AxcelerateFields.OrganisationNumbers, EmptySet, EmptySet)
            : new JsonObject();
        json["DETAILS"] = new JsonArray(store.Details(organisation.Id).Select(d => (JsonNode)Detail(d)).ToArray());
        json["CATEGORIES"] = new JsonArray();
        AddCustomFields(json, organisation, store, "organisation");
        return json;
    }

    public static JsonObject Detail(AxcelerateSandboxRecord detail) =>
        Object(detail, AxcelerateFields.DetailOutput, new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "DETAILID", "ORGID" }, EmptySet, EmptySet);

    public static JsonObject Task(AxcelerateSandboxRecord task)
    {
        var json = Object(task, AxcelerateFields.TaskOutput, AxcelerateFields.TaskNumbers, EmptySet, EmptySet);
        if (task["MARKETINGCONTACTID"] is not null)
        {
            foreach (var (key, value) in Object(task, AxcelerateFields.MarketingTaskOutput, AxcelerateFields.TaskNumbers, EmptySet, EmptySet).ToList())
            {
                json[key] = value?.DeepClone();
            }

            json["FORECASTDISTRIBUTION"] = new JsonArray();
            json["MARKETINGLASTCONTACTNOTE"] = new JsonObject
            {
                ["NOTETEXT"] = null, ["NOTEDATE"] = null, ["NOTESID"] = null, ["NOTE_ENTEREDBYID"] = null, ["NOTE_ENTEREDBY"] = null,
            };
        }

        return json;
    }

    public static JsonObject Error(int code, string messages, string details) => new()
    {
        ["DATA"] = string.Empty,
        ["ERROR"] = true,
        ["MESSAGES"] = messages,
        ["CODE"] = code.ToString(CultureInfo.InvariantCulture),
        ["DETAILS"] = details,
    };

    public static IResult Ok(JsonNode body, int status = StatusCodes.Status200OK) =>
        Results.Text(body.ToJsonString(), "application/json; charset=utf-8", statusCode: status);

    public static IResult Fail(int status, string messages, string details) => Ok(Error(status, messages, details), status);

    public static IResult ValidationError(params string[] missing) =>
        Fail(StatusCodes.Status412PreconditionFailed, "Validation Error.", string.Join(",", missing.Select(m => $"{m} is undefined in the request collection.")));

    public static IResult NotFound(string what, int id) =>
        Fail(StatusCodes.Status404NotFound, "Not Found", $"{what} {id.ToString(CultureInfo.InvariantCulture)} was not found in this account.");

    /// <summary>A page of rows, or 204 No Content with an empty body when there are none.</summary>
    public static IResult Rows(IEnumerable<JsonObject> rows)
    {
        var array = new JsonArray(rows.Select(r => (JsonNode)r).ToArray());
        return array.Count == 0 ? Results.NoContent() : Ok(array);
    }

    public static JsonValue? Value(string? text, bool number)
    {
        if (text is null)
        {
            return null;
        }

        if (number && long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var whole))
        {
            return JsonValue.Create(whole);
        }

        if (number && decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var money))
        {
            return JsonValue.Create(money);
        }

        return JsonValue.Create(text);
    }

    private static readonly HashSet<string> EmptySet = [];

    private static JsonObject Object(AxcelerateSandboxRecord record, string[] keys, HashSet<string> numbers, HashSet<string> booleans, HashSet<string> lists)
    {
        var json = new JsonObject();
        foreach (var key in keys)
        {
            var text = record[key];
            if (booleans.Contains(key))
            {
                json[key] = text is null ? null : JsonValue.Create(text is "1" || string.Equals(text, "true", StringComparison.OrdinalIgnoreCase));
            }
            else if (lists.Contains(key))
            {
                json[key] = new JsonArray((text ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(v => (JsonNode)JsonValue.Create(v)).ToArray());
            }
            else
            {
                json[key] = Value(text, numbers.Contains(key));
            }
        }

        return json;
    }

    /// <summary>Every custom field defined for the record type (null when unset, an array for multi-value fields), then any other stored one.</summary>
    private static void AddCustomFields(JsonObject json, AxcelerateSandboxRecord record, AxcelerateStore store, string linkTo)
    {
        foreach (var field in store.CustomFields().Where(f => string.Equals(f.LinkTo, linkTo, StringComparison.OrdinalIgnoreCase)))
        {
            var value = record["CUSTOMFIELD_" + field.VariableName];
            json["CUSTOMFIELD_" + field.VariableName.ToUpperInvariant()] = AxcelerateMultiValue.IsMultiType(field.Type) ? AxcelerateMultiValue.ToJson(value) : value;
        }

        foreach (var (key, value) in record.Fields.Where(f => f.Key.StartsWith("CUSTOMFIELD_", StringComparison.OrdinalIgnoreCase)).OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            json.TryAdd(key.ToUpperInvariant(), value);
        }
    }
}
