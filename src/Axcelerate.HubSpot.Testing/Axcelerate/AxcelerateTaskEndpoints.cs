using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Axcelerate.HubSpot.Testing.Axcelerate;

/// <summary><c>/task</c> (user tasks and marketing opportunities), the <c>/tasks</c> search and the task lookups.</summary>
internal static class AxcelerateTaskEndpoints
{
    private static readonly string[] SearchTermFields = ["NAME", "OWNER", "STATUSDISPLAYNAME", "CATEGORY"];
    private static readonly string[] DateFields = ["DUEDATE", "COMPLETEDDATE"];
    private static readonly string[] OpportunityFields =
        ["OPPORTUNITYSTATUS", "FORECASTVALUE", "FORECASTPROBABILITY", "FORECASTDISTRIBUTION_MONTH", "FORECASTDISTRIBUTION_VALUE"];

    public static void Map(RouteGroupBuilder api, AxcelerateStore store)
    {
        api.MapGet("/task/statuses", () => Lookup(AxcelerateFields.TaskStatuses));
        api.MapGet("/task/priorities", () => Lookup(AxcelerateFields.TaskPriorities));
        api.MapGet("/task/categories", () => Lookup(AxcelerateFields.TaskCategories));
        api.MapGet("/task/opportunityStatuses", () => store.Options.OpportunityStatusesShape switch
        {
            AxcelerateLookupShape.LabelsOnly => new JsonArray(AxcelerateFields.OpportunityStatuses.Select(i => (JsonNode)JsonValue.Create(i.Name)).ToArray()),
            AxcelerateLookupShape.Unreadable => new JsonArray(AxcelerateFields.OpportunityStatuses.Select(_ => (JsonNode)new JsonObject { ["X"] = true }).ToArray()),
            _ => Lookup(AxcelerateFields.OpportunityStatuses),
        });

        api.MapGet("/task/{taskId:int}", (int taskId) => Get(store, taskId));
        api.MapGet("/task/", async (HttpRequest http) => Get(store, (await AxcelerateRequest.ReadAsync(http).ConfigureAwait(false)).Int("taskID", 0)));

        api.MapPost("/task/", async (HttpRequest http) =>
        {
            var request = await AxcelerateRequest.ReadAsync(http).ConfigureAwait(false);
            if (request["name"] is null)
            {
                return AxcelerateJson.ValidationError("name");
            }

            var writes = Writes(request, store, out var error);
            return error ?? AxcelerateJson.Ok(AxcelerateJson.Task(store.AddTask(writes)));
        });

        api.MapPut("/task/{taskId:int}", async (int taskId, HttpRequest http) => Update(store, taskId, await AxcelerateRequest.ReadAsync(http).ConfigureAwait(false)));
        api.MapPut("/task/", async (HttpRequest http) =>
        {
            var request = await AxcelerateRequest.ReadAsync(http).ConfigureAwait(false);
            return Update(store, request.Int("taskID", 0), request);
        });

        api.MapDelete("/task/{taskId:int}", (int taskId) => Delete(store, taskId));
        api.MapDelete("/task/", async (HttpRequest http) => Delete(store, (await AxcelerateRequest.ReadAsync(http).ConfigureAwait(false)).Int("taskID", 0)));

        api.MapGet("/tasks", async (HttpRequest http) =>
        {
            var request = await AxcelerateRequest.ReadAsync(http).ConfigureAwait(false);
            // /tasks has no paging: production truncates, so the sandbox does too.
            var rows = store.Tasks().Where(t => Matches(t, request)).Take(store.Options.TaskSearchRowLimit ?? int.MaxValue).Select(Row);
            return AxcelerateJson.Rows(rows);
        });
    }

    private static IResult Get(AxcelerateStore store, int taskId) =>
        store.GetTask(taskId) is { } task ? AxcelerateJson.Ok(AxcelerateJson.Task(task)) : Results.NoContent();

    private static IResult Update(AxcelerateStore store, int taskId, AxcelerateRequest request)
    {
        var writes = Writes(request, store, out var error);
        if (error is not null)
        {
            return error;
        }

        return store.UpdateTask(taskId, writes) is { } task ? AxcelerateJson.Ok(AxcelerateJson.Task(task)) : AxcelerateJson.NotFound("Task", taskId);
    }

    private static IResult Delete(AxcelerateStore store, int taskId) =>
        store.DeleteTask(taskId)
            ? AxcelerateJson.Ok(new JsonObject { ["STATUS"] = "success", ["MESSAGE"] = "Task Deleted Successfully", ["TASKID"] = taskId })
            : AxcelerateJson.NotFound("Task", taskId);

    private static JsonArray Lookup((int Id, string Name)[] items) =>
        new(items.Select(i => (JsonNode)new JsonObject { ["ID"] = i.Id, ["NAME"] = i.Name }).ToArray());

    private static Dictionary<string, string?> Writes(AxcelerateRequest request, AxcelerateStore store, out IResult? error)
    {
        error = null;
        var writes = request.Writes(AxcelerateFields.TaskWritable, customFields: false);
        if (request["marketingContactID"] is null && !store.Options.KeepOpportunityFieldsWithoutMarketingContactId)
        {
            // "If [marketingContactID] is not set, all forecast and opportunity fields will be ignored."
            foreach (var name in OpportunityFields)
            {
                if (writes.Remove(name))
                {
                    store.RecordIgnored($"{request.Endpoint}: {name} (no marketingContactID)");
                }
            }
        }

        foreach (var name in DateFields)
        {
            if (writes.TryGetValue(name, out var date) && date is { Length: > 0 })
            {
                if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
                {
                    error = AxcelerateJson.Fail(StatusCodes.Status412PreconditionFailed, "Validation Error.", $"{name.ToLowerInvariant()} must be a date in the format YYYY-MM-DD.");
                    return writes;
                }

                writes[name] = date + " 00:00";
            }
        }

        if (writes.TryGetValue("STATUS", out var status))
        {
            var known = AxcelerateFields.TaskStatuses.FirstOrDefault(s => AxcelerateStore.Text(s.Id) == status);
            if (known.Name is null)
            {
                error = AxcelerateJson.Fail(StatusCodes.Status412PreconditionFailed, "Validation Error.", "status must be 1, 2, 3 or 4.");
                return writes;
            }

            writes["STATUSDISPLAYNAME"] = known.Name;
        }

        if (writes.Remove("OPPORTUNITYSTATUS", out var opportunity) && opportunity is not null)
        {
            var known = AxcelerateFields.OpportunityStatuses.FirstOrDefault(s => AxcelerateStore.Text(s.Id) == opportunity);
            if (known.Name is null)
            {
                error = AxcelerateJson.Fail(StatusCodes.Status412PreconditionFailed, "Validation Error.", $"OpportunityStatus {opportunity} is not an opportunity status id of this account (see /task/opportunityStatuses).");
                return writes;
            }

            writes["OPPORTUNITYSTATUS"] = known.Name;
        }
        else if (writes.TryGetValue("FORECASTVALUE", out var forecast) && forecast is { Length: > 0 })
        {
            error = AxcelerateJson.Fail(StatusCodes.Status412PreconditionFailed, "Validation Error.", "OpportunityStatus is required when the task has a ForecastValue.");
            return writes;
        }

        if (writes.TryGetValue("FORECASTPROBABILITY", out var probability) && int.TryParse(probability, NumberStyles.Integer, CultureInfo.InvariantCulture, out var p))
        {
            writes["FORECASTPROBABILITY"] = AxcelerateStore.Text(Math.Clamp(p, 0, 100));
        }

        if (writes.TryGetValue("OWNERID", out var ownerId))
        {
            writes["OWNER"] = int.TryParse(ownerId, NumberStyles.Integer, CultureInfo.InvariantCulture, out var owner) && store.GetContact(owner) is { } contact
                ? $"{contact["GIVENNAME"]} {contact["SURNAME"]}"
                : null;
        }

        if (writes.TryGetValue("CATEGORYID", out var categoryId))
        {
            writes["CATEGORY"] = AxcelerateFields.TaskCategories.FirstOrDefault(c => AxcelerateStore.Text(c.Id) == categoryId).Name;
        }

        return writes;
    }

    private static bool Matches(AxcelerateSandboxRecord task, AxcelerateRequest request)
    {
        foreach (var (name, value) in request.Values)
        {
            if (value.Length == 0)
            {
                continue;
            }

            var ok = name.ToUpperInvariant() switch
            {
                "SEARCHTERM" => SearchTermFields.Any(f => task[f]?.StartsWith(value, StringComparison.OrdinalIgnoreCase) == true),
                "INCOMPLETE" => !(value is "1" || string.Equals(value, "true", StringComparison.OrdinalIgnoreCase)) || task["STATUS"] != "4",
                "NAME" or "OWNERID" or "PDATAID" or "MARKETINGCONTACTID" or "CATEGORYID" or "STATUS" or "PRIORITY" or "REQUESTERID" =>
                    string.Equals(task[name], value, StringComparison.OrdinalIgnoreCase),
                _ => true,
            };
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    private static JsonObject Row(AxcelerateSandboxRecord task) => new()
    {
        ["DUEDATE"] = task["DUEDATE"], ["CATEGORY"] = task["CATEGORY"], ["CATEGORYID"] = AxcelerateJson.Value(task["CATEGORYID"], number: true),
        ["STATUS"] = task["STATUSDISPLAYNAME"] ?? "Not Started", ["SUCCESS"] = true, ["PRIORITY"] = AxcelerateJson.Value(task["PRIORITY"], number: true),
        ["COMPLETEDDATE"] = task["COMPLETEDDATE"], ["OWNERID"] = AxcelerateJson.Value(task["OWNERID"], number: true),
        ["REQUESTERID"] = AxcelerateJson.Value(task["REQUESTERID"], number: true), ["NAME"] = task["NAME"], ["ID"] = task.Id,
        ["OWNER"] = task["OWNER"], ["REQUESTER"] = task["REQUESTER"], ["STATUS_CODE"] = AxcelerateJson.Value(task["STATUS"], number: true),
        ["TYPE"] = "task",
    };
}
