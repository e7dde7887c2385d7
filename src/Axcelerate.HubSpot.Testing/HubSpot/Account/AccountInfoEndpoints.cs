using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace Axcelerate.HubSpot.Testing.HubSpot.Account;

/// <summary>
/// The account-info details of the sandbox portal (<c>GET /account-info/{version}/details</c>): its portal id, an
/// Australian account's time zone and currency, and HubSpot's North-American UI domain, as a standard account returns them.
/// </summary>
internal static class AccountInfoEndpoints
{
    public const string UiDomain = "app.hubspot.com";

    public static void Map(IEndpointRouteBuilder group, string prefix, HubSpotSandboxOptions options, TimeProvider time) =>
        group.MapGet(prefix + "/details", () =>
        {
            var offset = TimeZoneInfo.FindSystemTimeZoneById(options.TimeZone).GetUtcOffset(time.GetUtcNow());
            return HubSpotResponses.Json(new JsonObject
        {
            ["portalId"] = options.PortalId,
            ["accountType"] = "STANDARD",
            ["timeZone"] = options.TimeZone,
            ["companyCurrency"] = "AUD",
            ["additionalCurrencies"] = new JsonArray(),
            ["utcOffset"] = (offset < TimeSpan.Zero ? "-" : "+") + offset.ToString(@"hh\:mm", System.Globalization.CultureInfo.InvariantCulture),
            ["utcOffsetMilliseconds"] = (long)offset.TotalMilliseconds,
            ["uiDomain"] = UiDomain,
            ["dataHostingLocation"] = "na1",
        });
        });
}
