using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Axcelerate.HubSpot.Testing.Axcelerate;

/// <summary><c>POST /users</c> (search, no paging, 10 rows by default) and <c>GET /user/{id}</c>.</summary>
internal static class AxcelerateUserEndpoints
{
    public static void Map(RouteGroupBuilder api, AxcelerateStore store)
    {
        api.MapGet("/user/{userId:int}", (int userId) =>
            store.Users().FirstOrDefault(u => u.Id == userId) is { } user ? AxcelerateJson.Ok(Row(user, store, search: false)) : Results.NoContent());

        api.MapPost("/users", async (HttpRequest http) =>
        {
            var request = await AxcelerateRequest.ReadAsync(http).ConfigureAwait(false);
            var isActive = request.Int("isActive", 1);
            var users = store.Users().Where(u =>
            {
                var contact = store.GetContact(int.Parse(u["CONTACTID"]!, System.Globalization.CultureInfo.InvariantCulture));
                return (isActive == 2 || u["ACTIVE"] == (isActive == 0 ? "0" : "1"))
                    && (request["contactID"] is not { } contactId || u["CONTACTID"] == contactId)
                    && (request["username"] is not { } username || string.Equals(u["USERNAME"], username, StringComparison.OrdinalIgnoreCase))
                    && (request["email"] is not { } email || string.Equals(contact?["EMAILADDRESS"], email, StringComparison.OrdinalIgnoreCase))
                    && (request["givenName"] is not { } given || contact?["GIVENNAME"]?.StartsWith(given, StringComparison.OrdinalIgnoreCase) == true)
                    && (request["surname"] is not { } surname || contact?["SURNAME"]?.StartsWith(surname, StringComparison.OrdinalIgnoreCase) == true);
            });
            return AxcelerateJson.Rows(users.Take(store.Options.UsersRowLimit ?? int.MaxValue).Select(u => Row(u, store, search: true)));
        });
    }

    private static JsonObject Row(AxcelerateSandboxRecord user, AxcelerateStore store, bool search)
    {
        var contact = store.GetContact(int.Parse(user["CONTACTID"]!, System.Globalization.CultureInfo.InvariantCulture));
        var row = new JsonObject
        {
            ["ROLETYPEID"] = 1, ["USERID"] = user.Id, ["DOMAINID"] = null,
            ["CONTACTID"] = AxcelerateJson.Value(user["CONTACTID"], number: true),
            ["CONTACT_NAME"] = contact is null ? string.Empty : $"{contact["GIVENNAME"]} {contact["SURNAME"]}",
            ["PARTNERORGANISATIONID"] = search ? string.Empty : null, ["PENDINGLOGININVITE"] = false,
            ["ROLEID"] = AxcelerateJson.Value(user["ROLEID"], number: true), ["ROLENAME"] = user["ROLENAME"],
            ["ACTIVE"] = user["ACTIVE"] == "1" ? 1 : 0, ["USERNAME"] = user["USERNAME"],
        };
        if (search)
        {
            row["FIRSTLOGINDATE"] = string.Empty;
        }

        return row;
    }
}
