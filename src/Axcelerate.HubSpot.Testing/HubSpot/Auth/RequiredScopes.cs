using Axcelerate.HubSpot.Testing.HubSpot.Objects;
using Microsoft.AspNetCore.Http;

namespace Axcelerate.HubSpot.Testing.HubSpot.Auth;

/// <summary>The scope a request needs, as HubSpot's specs list them (engagements use the contacts scopes).</summary>
internal static class RequiredScopes
{
    public static string? For(HttpRequest request)
    {
        var segments = (request.Path.Value ?? string.Empty).Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length < 3 || segments[0] != "crm")
        {
            return null;
        }

        var isRead = HttpMethods.IsGet(request.Method) || (request.Path.Value!.EndsWith("/search", StringComparison.Ordinal) || request.Path.Value.EndsWith("/batch/read", StringComparison.Ordinal));
        if (segments[1] == "owners" || segments[2] == "owners")
        {
            return "crm.objects.owners.read";
        }

        var objectsGroup = segments[1] is "objects" || (segments[1] is "v3" or "v4" && segments[2] == "objects");
        if (!objectsGroup)
        {
            return null;
        }

        var typeName = segments[1] == "objects" ? segments.ElementAtOrDefault(3) : segments.ElementAtOrDefault(3);
        var type = typeName is null ? null : HubSpotObjectType.Find(typeName);
        if (type is null)
        {
            return null;
        }

        var scopeObject = type == HubSpotObjectType.Companies || type == HubSpotObjectType.Deals ? type.Name : "contacts";
        return $"crm.objects.{scopeObject}.{(isRead ? "read" : "write")}";
    }
}
