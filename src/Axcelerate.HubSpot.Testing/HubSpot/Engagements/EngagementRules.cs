using System.Globalization;
using System.Text.Json.Nodes;
using Axcelerate.HubSpot.Testing.HubSpot.Associations;
using Axcelerate.HubSpot.Testing.HubSpot.Objects;
using Microsoft.AspNetCore.Http;

namespace Axcelerate.HubSpot.Testing.HubSpot.Engagements;

/// <summary>
/// HubSpot's checks on creating records with associations, strict for engagements: a note, call, email, meeting or
/// task needs <c>hs_timestamp</c> (a note also <c>hs_note_body</c>, a task <c>hs_task_subject</c>); a
/// <c>HUBSPOT_DEFINED</c> association type id must be the one HubSpot defines between the two object types (202 note →
/// contact, 190 note → company, 214 note → deal, …), and its target must exist.
/// </summary>
internal static class EngagementRules
{
    private static readonly Dictionary<string, string[]> Required = new(StringComparer.Ordinal)
    {
        ["notes"] = ["hs_timestamp", "hs_note_body"],
        ["calls"] = ["hs_timestamp"],
        ["emails"] = ["hs_timestamp"],
        ["meetings"] = ["hs_timestamp"],
        ["tasks"] = ["hs_timestamp", "hs_task_subject"],
    };

    /// <summary>Whether the type is an engagement (activity) type.</summary>
    public static bool IsEngagement(HubSpotObjectType type) => Required.ContainsKey(type.Name);

    /// <summary>HubSpot's 400 for a create that leaves a required property empty, or null.</summary>
    public static IResult? MissingRequired(HubSpotObjectType type, IReadOnlyDictionary<string, string?> properties)
    {
        if (!Required.TryGetValue(type.Name, out var required))
        {
            return null;
        }

        var missing = required.Where(name => string.IsNullOrWhiteSpace(properties.GetValueOrDefault(name))).ToList();
        if (missing.Count == 0)
        {
            return null;
        }

        var body = HubSpotResponses.ErrorBody(
            $"Error creating {type.Singular.ToUpperInvariant()}. Some required properties were not set.",
            "VALIDATION_ERROR",
            new JsonObject { ["properties"] = new JsonArray([.. missing.Select(m => (JsonNode)m)]) });
        return HubSpotResponses.Json(body, StatusCodes.Status400BadRequest);
    }

    /// <summary>
    /// The refusal of a <c>HUBSPOT_DEFINED</c> association type id that HubSpot does not define from
    /// <paramref name="from"/> to <paramref name="to"/>, or null when it does (or the category is another one).
    /// </summary>
    public static string? WrongTypeId(HubSpotObjectType from, HubSpotObjectType to, string? category, int typeId)
    {
        if ((category ?? AssociationTypes.HubSpotDefined) != AssociationTypes.HubSpotDefined)
        {
            return null;
        }

        var valid = AssociationTypes.DefaultId(from, to) == typeId
            || AssociationTypes.PrimaryId(from, to) == typeId
            || (AssociationTypes.PrimaryId(to, from) is { } primary && AssociationTypes.ReverseOf(to, from, primary) == typeId);
        return valid
            ? null
            : string.Create(CultureInfo.InvariantCulture, $"{typeId} is not a valid {AssociationTypes.HubSpotDefined} association type id from {from.Name} ({from.TypeId}) to {to.Name} ({to.TypeId}); expected {AssociationTypes.DefaultId(from, to)?.ToString(CultureInfo.InvariantCulture) ?? "none (no association between them)"}.");
    }

    /// <summary>The 400 for a create's inline associations that HubSpot would refuse, or null.</summary>
    public static IResult? InvalidInlineAssociations(HubSpotStore store, HubSpotObjectType from, IEnumerable<(HubSpotObjectType To, long ToId, string Category, int TypeId)> associations)
    {
        foreach (var (to, toId, category, typeId) in associations)
        {
            if (WrongTypeId(from, to, category, typeId) is { } wrong)
            {
                return HubSpotResponses.Validation(wrong);
            }

            if (store.Get(to, HubSpotStore.FormatId(toId)) is null)
            {
                return HubSpotResponses.Validation(string.Create(CultureInfo.InvariantCulture, $"One or more associations are invalid: {to.Singular} {toId} does not exist."));
            }
        }

        return null;
    }
}
