using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Axcelerate.HubSpot.Testing.Axcelerate;

/// <summary><c>/organisation</c>, its detail records and the <c>/organisations/</c> search.</summary>
internal static class AxcelerateOrganisationEndpoints
{
    private static readonly HashSet<string> Paging = new(StringComparer.OrdinalIgnoreCase) { "offset", "displayLength", "search", "active" };

    private static readonly string[] SearchFields = ["NAME", "LEGALNAME", "ORGOPTIONALID", "ABN"];

    public static void Map(RouteGroupBuilder api, AxcelerateStore store)
    {
        api.MapGet("/organisation/{orgId:int}", (int orgId) =>
            store.GetOrganisation(orgId) is { } organisation ? AxcelerateJson.Ok(AxcelerateJson.Organisation(organisation, store)) : Results.NoContent());

        api.MapPost("/organisation/", async (HttpRequest http) =>
        {
            var request = await AxcelerateRequest.ReadAsync(http).ConfigureAwait(false);
            if (request["name"] is null)
            {
                return AxcelerateJson.ValidationError("name");
            }

            var organisation = store.AddOrganisation(request.Writes(AxcelerateFields.OrganisationWritable, customFields: true));
            return AxcelerateJson.Ok(new JsonObject { ["MESSAGE"] = "Organisation Created Successfully", ["STATUS"] = "success", ["ORGID"] = organisation.Id });
        });

        api.MapPut("/organisation/{orgId:int}", async (int orgId, HttpRequest http) =>
        {
            var request = await AxcelerateRequest.ReadAsync(http).ConfigureAwait(false);
            return store.UpdateOrganisation(orgId, request.Writes(AxcelerateFields.OrganisationWritable, customFields: true)) is { } organisation
                ? AxcelerateJson.Ok(new JsonObject { ["MESSAGE"] = "Organisation Updated Successfully", ["STATUS"] = "success", ["ORGID"] = organisation.Id })
                : AxcelerateJson.NotFound("Organisation", orgId);
        });

        api.MapGet("/organisation/{orgId:int}/children/", (int orgId) =>
        {
            if (store.GetOrganisation(orgId) is null)
            {
                return Results.NoContent();
            }

            var children = store.Organisations().Where(o => o["PARENTORGID"] == AxcelerateStore.Text(orgId)).ToList();
            return AxcelerateJson.Ok(new JsonObject
            {
                ["ORGID"] = orgId, ["HASCHILDREN"] = children.Count > 0,
                ["CHILDREN"] = new JsonArray(children.Select(c => (JsonNode)new JsonObject { ["ORGID"] = c.Id, ["NAME"] = c["NAME"] }).ToArray()),
            });
        });

        api.MapPost("/organisation/{orgId:int}/detail/", async (int orgId, HttpRequest http) =>
        {
            var request = await AxcelerateRequest.ReadAsync(http).ConfigureAwait(false);
            var missing = request.Missing("type", "address1");
            if (missing.Length > 0)
            {
                return AxcelerateJson.ValidationError(missing);
            }

            if (request["type"] is not ("Street Address" or "Postal Address"))
            {
                return AxcelerateJson.Fail(StatusCodes.Status412PreconditionFailed, "Validation Error.", "type must be 'Street Address' or 'Postal Address'.");
            }

            return store.AddDetail(orgId, request.Writes(AxcelerateFields.DetailWritable, customFields: false)) is { } detail
                ? AxcelerateJson.Ok(new JsonObject { ["MESSAGE"] = "Organisation Details Created Successfully", ["DETAILID"] = detail.Id, ["STATUS"] = "success" })
                : AxcelerateJson.NotFound("Organisation", orgId);
        });

        api.MapGet("/organisation/{orgId:int}/detail/{detailId:int}", (int orgId, int detailId) =>
            store.Details(orgId).FirstOrDefault(d => d.Id == detailId) is { } detail ? AxcelerateJson.Ok(AxcelerateJson.Detail(detail)) : Results.NoContent());

        api.MapPut("/organisation/{orgId:int}/detail/{detailId:int}", async (int orgId, int detailId, HttpRequest http) =>
        {
            var request = await AxcelerateRequest.ReadAsync(http).ConfigureAwait(false);
            return store.UpdateDetail(orgId, detailId, request.Writes(AxcelerateFields.DetailWritable, customFields: false)) is { } detail
                ? AxcelerateJson.Ok(new JsonObject { ["MESSAGE"] = "Organisation Details Updated Successfully", ["DETAILID"] = detail.Id, ["STATUS"] = "success" })
                : AxcelerateJson.NotFound("Organisation detail", detailId);
        });

        api.MapGet("/organisations/", async (HttpRequest http) =>
        {
            var request = await AxcelerateRequest.ReadAsync(http).ConfigureAwait(false);
            var matches = store.Organisations().Where(o => Matches(o, request)).ToList();
            var offset = Math.Max(0, request.Int("offset", 0));
            var page = matches.Skip(offset).Take(Math.Min(Math.Clamp(request.Int("displayLength", 10), 1, 100), store.Options.OrganisationAndNoteRowLimit ?? 100)).ToList();
            return AxcelerateJson.Rows(page.Select((o, i) =>
            {
                var row = new JsonObject { ["ROWID"] = offset + i + 1 };
                foreach (var (key, value) in AxcelerateJson.Organisation(o, store).ToList())
                {
                    row[key] = value?.DeepClone();
                }

                row["COUNT"] = matches.Count;
                return row;
            }));
        });
    }

    private static bool Matches(AxcelerateSandboxRecord organisation, AxcelerateRequest request)
    {
        if (request["active"] is { } active && (organisation["ACTIVE"] == "1") != (active is "1" || string.Equals(active, "true", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        if (request["search"] is { } search && !SearchFields.Any(f => organisation[f]?.StartsWith(search, StringComparison.OrdinalIgnoreCase) == true))
        {
            return false;
        }

        foreach (var (name, value) in request.Values)
        {
            if (value.Length > 0 && !Paging.Contains(name) && AxcelerateFields.OrganisationOutput.Contains(name, StringComparer.OrdinalIgnoreCase)
                && organisation[name]?.StartsWith(value, StringComparison.OrdinalIgnoreCase) != true)
            {
                return false;
            }
        }

        return true;
    }
}
