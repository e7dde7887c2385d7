using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Axcelerate.HubSpot.Testing.Axcelerate;

/// <summary>
/// Read-only follow-ups: <c>GET /followUps/</c> lists the account's marketing opportunities (tasks with a
/// <c>MARKETINGCONTACTID</c>) in the follow-up row shape, and <c>GET /followUp/{id}?legacyTask=false</c> reads one in
/// the new-task format. The sandbox holds no legacy follow-ups, so <c>legacyTask=true</c> (the default) finds nothing.
/// </summary>
internal static class AxcelerateFollowUpEndpoints
{
    public static void Map(RouteGroupBuilder api, AxcelerateStore store)
    {
        api.MapGet("/followUps/", async (HttpRequest http) =>
        {
            var request = await AxcelerateRequest.ReadAsync(http).ConfigureAwait(false);
            var rows = store.Tasks()
                .Where(t => t["MARKETINGCONTACTID"] is not null)
                .Where(t => request["contactID"] is not { } contactId || t["MARKETINGCONTACTID"] == contactId)
                .Where(t => request["WhoseTask_ContactID"] is not { } owner || t["OWNERID"] == owner)
                .Select(t => (Task: t, Contact: store.GetContact(Id(t["MARKETINGCONTACTID"])), Owner: store.GetContact(Id(t["OWNERID"]))))
                .Where(r => request["search"] is not { } search || new[] { r.Task["NAME"], r.Contact?["GIVENNAME"], r.Contact?["SURNAME"], r.Contact?["EMAILADDRESS"] }
                    .Any(v => v?.StartsWith(search, StringComparison.OrdinalIgnoreCase) == true))
                .ToList();

            // Paged like the docs' sample (10 rows of COUNT 359): offset/displayLength, at most FollowUpsRowLimit a page.
            var offset = Math.Max(0, request.Int("offset", 0));
            var length = Math.Min(Math.Max(1, request.Int("displayLength", 10)), store.Options.FollowUpsRowLimit ?? int.MaxValue);
            return AxcelerateJson.Rows(rows.Skip(offset).Take(length).Select((r, i) => new JsonObject
            {
                ["ROWID"] = offset + i + 1, ["LEGACYTASK"] = false, ["MTASKID"] = r.Task.Id, ["CONTACTID"] = r.Contact?.Id,
                ["FOLLOWUPDATE"] = TwelveHour(r.Task["DUEDATE"]),
                ["WHOSETASK_CONTACTID"] = r.Owner is null ? string.Empty : r.Owner.Id,
                ["WHOSETASK_GIVENNAME"] = r.Owner?["GIVENNAME"] ?? string.Empty, ["WHOSETASK_SURNAME"] = r.Owner?["SURNAME"] ?? string.Empty,
                ["FORECASTVALUE"] = AxcelerateJson.Value(r.Task["FORECASTVALUE"], number: true) ?? JsonValue.Create(string.Empty),
                ["FORECASTPROBABILITY"] = AxcelerateJson.Value(r.Task["FORECASTPROBABILITY"], number: true) ?? JsonValue.Create(string.Empty),
                ["OPPORTUNITY"] = r.Task["NAME"], ["OPPORTUNITYSTATUS"] = r.Task["OPPORTUNITYSTATUS"] ?? string.Empty, ["COLOR"] = "#fff",
                ["CONTACT_NAME"] = r.Contact is null ? string.Empty : $"{r.Contact["GIVENNAME"]} {r.Contact["SURNAME"]}",
                ["ORGID"] = r.Contact?["ORGID"] ?? string.Empty, ["ORGANISATION"] = r.Contact?["ORGANISATION"] ?? string.Empty,
                ["EMAILADDRESS"] = r.Contact?["EMAILADDRESS"] ?? string.Empty, ["WORKPHONE"] = r.Contact?["WORKPHONE"] ?? string.Empty,
                ["WHOSETASK_ORDER"] = r.Owner is null ? string.Empty : $"{r.Owner["SURNAME"]}{r.Owner["GIVENNAME"]}", ["COUNT"] = rows.Count,
            }));
        });

        api.MapPut("/followUp/{id:int}", async (int id, HttpRequest http) =>
        {
            var request = await AxcelerateRequest.ReadAsync(http).ConfigureAwait(false);
            var legacy = request["legacyTask"] is not { } flag || flag is "1" || string.Equals(flag, "true", StringComparison.OrdinalIgnoreCase);
            if (legacy || store.GetTask(id) is not { } task || task["MARKETINGCONTACTID"] is null)
            {
                return AxcelerateJson.NotFound("Follow up", id);
            }

            var writes = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
            if (request["OppertunityStatus"] is { } label)
            {
                var known = AxcelerateFields.OpportunityStatuses.FirstOrDefault(s => string.Equals(s.Name, label, StringComparison.OrdinalIgnoreCase));
                if (known.Name is null)
                {
                    return AxcelerateJson.Fail(StatusCodes.Status412PreconditionFailed, "Validation Error.", $"OppertunityStatus '{label}' is not an opportunity status of this account.");
                }

                writes["OPPORTUNITYSTATUS"] = known.Name;
            }

            if (request["ForecastValue"] is { } forecast)
            {
                writes["FORECASTVALUE"] = forecast;
            }

            if (request["FollowUpStatus"] is { } status)
            {
                var known = AxcelerateFields.TaskStatuses.FirstOrDefault(s => string.Equals(s.Name, status, StringComparison.OrdinalIgnoreCase));
                if (known.Name is null)
                {
                    return AxcelerateJson.Fail(StatusCodes.Status412PreconditionFailed, "Validation Error.", $"FollowUpStatus '{status}' must be 'Not Started', 'Commenced', 'Pending' or 'Completed'.");
                }

                writes["STATUS"] = AxcelerateStore.Text(known.Id);
                writes["STATUSDISPLAYNAME"] = known.Name;
            }

            store.UpdateTask(id, writes);
            return AxcelerateJson.Ok(new JsonObject { ["STATUS"] = "success", ["MESSAGE"] = "Follow Up Updated Successfully", ["MTASKID"] = id });
        });

        api.MapGet("/followUp/{id:int}", async (int id, HttpRequest http) =>
        {
            var request = await AxcelerateRequest.ReadAsync(http).ConfigureAwait(false);
            var legacy = request["legacyTask"] is not { } flag || flag is "1" || string.Equals(flag, "true", StringComparison.OrdinalIgnoreCase);
            if (legacy || store.GetTask(id) is not { } task || task["MARKETINGCONTACTID"] is null)
            {
                return Results.NoContent();
            }

            var owner = store.GetContact(Id(task["OWNERID"]));
            return AxcelerateJson.Ok(new JsonObject
            {
                ["MARKETINGCONTACTID"] = AxcelerateJson.Value(task["MARKETINGCONTACTID"], number: true), ["MARKETINGLEARNINGACTIVITYID"] = null,
                ["DUEDATE"] = task["DUEDATE"]?[..10], ["FORECASTDISTRIBUTION"] = new JsonArray(), ["STATUSDISPLAYNAME"] = task["STATUSDISPLAYNAME"] ?? "Not Started",
                ["FORECASTVALUE"] = AxcelerateJson.Value(task["FORECASTVALUE"], number: true), ["OWNERCONTACTID"] = owner?.Id, ["TASKID"] = task.Id,
                ["MARKETINGNOTESID"] = null, ["STATUS"] = AxcelerateJson.Value(task["STATUS"], number: true),
                ["CATEGORIES"] = new JsonArray(task["CATEGORYID"] is { } category ? [AxcelerateJson.Value(category, number: true)] : []),
                ["PRIORITY"] = AxcelerateJson.Value(task["PRIORITY"], number: true),
                ["FORECASTPROBABILITY"] = AxcelerateJson.Value(task["FORECASTPROBABILITY"], number: true),
                ["COMPLETEDDATE"] = task["COMPLETEDDATE"]?[..10] ?? string.Empty, ["NAME"] = task["NAME"],
                ["CREATIONDATE"] = TwelveHour(task["CREATIONDATE"]), ["OPPORTUNITYSTATUS"] = task["OPPORTUNITYSTATUS"] ?? string.Empty,
                ["OWNER"] = task["OWNER"], ["LASTNOTE"] = new JsonObject(), ["DETAILS"] = task["DETAILS"] ?? string.Empty,
            });
        });
    }

    private static int Id(string? text) => int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var id) ? id : 0;

    /// <summary>Legacy follow-up dates read <c>2013-10-14 12:00 AM</c>.</summary>
    private static string TwelveHour(string? stamp) =>
        DateTime.TryParseExact(stamp, "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var value)
            ? value.ToString("yyyy-MM-dd hh:mm tt", CultureInfo.InvariantCulture)
            : string.Empty;
}
