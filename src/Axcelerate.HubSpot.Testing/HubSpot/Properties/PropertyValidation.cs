using System.Text.Json.Nodes;
using Axcelerate.HubSpot.Testing.HubSpot.Objects;

namespace Axcelerate.HubSpot.Testing.HubSpot.Properties;

/// <summary>HubSpot rejects writes to properties the portal does not define (PROPERTY_DOESNT_EXIST).</summary>
internal static class PropertyValidation
{
    /// <summary>The VALIDATION_ERROR body for unknown property names, or null when every name exists.</summary>
    public static JsonObject? UnknownProperties(PropertyCatalog catalog, HubSpotObjectType type, IEnumerable<string> names)
    {
        var unknown = names.Where(n => catalog.Find(type, n) is null).ToList();
        if (unknown.Count == 0)
        {
            return null;
        }

        var details = new JsonArray([.. unknown.Select(n => (JsonNode)new JsonObject
        {
            ["isValid"] = false,
            ["message"] = $"Property \"{n}\" does not exist",
            ["error"] = "PROPERTY_DOESNT_EXIST",
            ["name"] = n,
            ["localizedErrorMessage"] = $"Property \"{n}\" does not exist",
        })]);
        return HubSpotResponses.ErrorBody($"Property values were not valid: {details.ToJsonString()}", "VALIDATION_ERROR");
    }
}
