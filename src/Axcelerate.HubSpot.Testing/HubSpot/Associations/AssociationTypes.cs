using Axcelerate.HubSpot.Testing.HubSpot.Objects;

namespace Axcelerate.HubSpot.Testing.HubSpot.Associations;

/// <summary>HubSpot's HUBSPOT_DEFINED association type ids (they are direction-specific).</summary>
public static class AssociationTypes
{
    /// <summary>The category of HubSpot's built-in association types.</summary>
    public const string HubSpotDefined = "HUBSPOT_DEFINED";

    // (from, to) → (default id, reverse default id); primary company associations are listed separately.
    private static readonly Dictionary<(string From, string To), int> Defaults = new()
    {
        [("contacts", "companies")] = 279, [("companies", "contacts")] = 280,
        [("deals", "contacts")] = 3, [("contacts", "deals")] = 4,
        [("deals", "companies")] = 341, [("companies", "deals")] = 342,
        [("contacts", "contacts")] = 449, [("companies", "companies")] = 450, [("deals", "deals")] = 451,
        [("notes", "contacts")] = 202, [("contacts", "notes")] = 201, [("notes", "companies")] = 190, [("companies", "notes")] = 189, [("notes", "deals")] = 214, [("deals", "notes")] = 213,
        [("calls", "contacts")] = 194, [("contacts", "calls")] = 193, [("calls", "companies")] = 182, [("companies", "calls")] = 181, [("calls", "deals")] = 206, [("deals", "calls")] = 205,
        [("emails", "contacts")] = 198, [("contacts", "emails")] = 197, [("emails", "companies")] = 186, [("companies", "emails")] = 185, [("emails", "deals")] = 210, [("deals", "emails")] = 209,
        [("meetings", "contacts")] = 200, [("contacts", "meetings")] = 199, [("meetings", "companies")] = 188, [("companies", "meetings")] = 187, [("meetings", "deals")] = 212, [("deals", "meetings")] = 211,
        [("tasks", "contacts")] = 204, [("contacts", "tasks")] = 203, [("tasks", "companies")] = 192, [("companies", "tasks")] = 191, [("tasks", "deals")] = 216, [("deals", "tasks")] = 215,
    };

    private static readonly Dictionary<(string From, string To, int Id), int> Reverses = new()
    {
        [("contacts", "companies", 1)] = 2, [("companies", "contacts", 2)] = 1,
        [("deals", "companies", 5)] = 6, [("companies", "deals", 6)] = 5,
    };

    // HubSpot's label texts for its labelled built-in types; the unlabelled (default) types read back with a null label.
    private static readonly Dictionary<int, string> Labels = new()
    {
        [1] = "Primary", [2] = "Contact with Primary Company", [5] = "Primary", [6] = "Deal with Primary Company",
    };

    // (owner type) → primary company type id, from the contact's or deal's side.
    private static readonly Dictionary<string, int> PrimaryCompanyIds = new() { ["contacts"] = 1, ["deals"] = 5 };

    /// <summary>The default (unlabelled) type id from one object type to another, such as 279 for contact → company.</summary>
    /// <param name="from">The source type.</param>
    /// <param name="to">The target type.</param>
    /// <returns>The id, or null when HubSpot has no default between them.</returns>
    public static int? DefaultId(HubSpotObjectType from, HubSpotObjectType to) =>
        Defaults.TryGetValue((from.Name, to.Name), out var id) ? id : null;

    /// <summary>The primary type id between a contact or deal and a company (1 contact → company, 5 deal → company), or null.</summary>
    /// <param name="from">The contact or deal type.</param>
    /// <param name="to">The company type.</param>
    /// <returns>The id, or null when there is no primary type between them.</returns>
    public static int? PrimaryId(HubSpotObjectType from, HubSpotObjectType to) =>
        to == HubSpotObjectType.Companies && PrimaryCompanyIds.TryGetValue(from.Name, out var id) ? id : null;

    /// <summary>Whether a type id is a primary-company type in either direction (1, 2, 5 and 6).</summary>
    /// <param name="from">The source type.</param>
    /// <param name="to">The target type.</param>
    /// <param name="typeId">The association type id.</param>
    /// <returns>True for a primary type.</returns>
    public static bool IsPrimary(HubSpotObjectType from, HubSpotObjectType to, int typeId) =>
        PrimaryId(from, to) == typeId || (PrimaryId(to, from) is { } reverse && ReverseOf(to, from, reverse) == typeId);

    /// <summary>The label HubSpot shows for a type id (only the primary ones have one), or null.</summary>
    /// <param name="typeId">The association type id.</param>
    /// <returns>The label or null.</returns>
    public static string? LabelOf(int typeId) => Labels.GetValueOrDefault(typeId);

    internal static HubSpotObjectType? TargetOf(int typeId)
    {
        var match = Defaults.Where(kv => kv.Value == typeId).Select(kv => kv.Key.To)
            .Concat(Reverses.Where(kv => kv.Key.Id == typeId).Select(kv => kv.Key.To)).FirstOrDefault();
        return match is null ? null : HubSpotObjectType.Find(match);
    }

    internal static int ReverseOf(HubSpotObjectType from, HubSpotObjectType to, int typeId)
    {
        if (Reverses.TryGetValue((from.Name, to.Name, typeId), out var reverse))
        {
            return reverse;
        }

        if (Defaults.TryGetValue((from.Name, to.Name), out var forward) && forward == typeId && Defaults.TryGetValue((to.Name, from.Name), out var back))
        {
            return back;
        }

        // User-defined labels: the sandbox uses the same id in both directions.
        return typeId;
    }
}
