namespace Axcelerate.HubSpot.Testing.HubSpot.Objects;

/// <summary>A CRM object type the sandbox serves, with the names HubSpot uses for it in paths, ids and webhooks.</summary>
/// <param name="Name">The plural path name, such as <c>contacts</c>.</param>
/// <param name="TypeId">The object type id, such as <c>0-1</c>.</param>
/// <param name="Singular">The singular name used in webhook subscription types, such as <c>contact</c>.</param>
public sealed record HubSpotObjectType(string Name, string TypeId, string Singular)
{
    /// <summary>Contacts (<c>0-1</c>).</summary>
    public static readonly HubSpotObjectType Contacts = new("contacts", "0-1", "contact");

    /// <summary>Companies (<c>0-2</c>).</summary>
    public static readonly HubSpotObjectType Companies = new("companies", "0-2", "company");

    /// <summary>Deals (<c>0-3</c>).</summary>
    public static readonly HubSpotObjectType Deals = new("deals", "0-3", "deal");

    /// <summary>Notes (<c>0-46</c>).</summary>
    public static readonly HubSpotObjectType Notes = new("notes", "0-46", "note");

    /// <summary>Calls (<c>0-48</c>).</summary>
    public static readonly HubSpotObjectType Calls = new("calls", "0-48", "call");

    /// <summary>Emails (<c>0-49</c>).</summary>
    public static readonly HubSpotObjectType Emails = new("emails", "0-49", "email");

    /// <summary>Meetings (<c>0-47</c>).</summary>
    public static readonly HubSpotObjectType Meetings = new("meetings", "0-47", "meeting");

    /// <summary>Tasks (<c>0-27</c>).</summary>
    public static readonly HubSpotObjectType Tasks = new("tasks", "0-27", "task");

    /// <summary>Every object type the sandbox serves.</summary>
    public static IReadOnlyList<HubSpotObjectType> All { get; } = [Contacts, Companies, Deals, Notes, Calls, Emails, Meetings, Tasks];

    /// <summary>Finds a type by plural name, singular name or type id (case-insensitive), as HubSpot accepts in paths.</summary>
    /// <param name="nameOrId">The name or id from a path.</param>
    /// <returns>The type, or null when HubSpot would not know it.</returns>
    public static HubSpotObjectType? Find(string nameOrId) => All.FirstOrDefault(t =>
        string.Equals(t.Name, nameOrId, StringComparison.OrdinalIgnoreCase)
        || string.Equals(t.TypeId, nameOrId, StringComparison.OrdinalIgnoreCase)
        || string.Equals(t.Singular, nameOrId, StringComparison.OrdinalIgnoreCase));

    /// <summary>The property that holds the last-modified time: <c>lastmodifieddate</c> for contacts, <c>hs_lastmodifieddate</c> otherwise.</summary>
    public string LastModifiedProperty => this == Contacts ? "lastmodifieddate" : "hs_lastmodifieddate";

    /// <summary>The property that holds the creation time: <c>createdate</c> for contacts, companies and deals, <c>hs_createdate</c> otherwise.</summary>
    public string CreatedProperty => this == Contacts || this == Companies || this == Deals ? "createdate" : "hs_createdate";

    /// <summary>Whether HubSpot sends webhooks for this type (contacts, companies and deals).</summary>
    internal bool HasWebhooks => this == Contacts || this == Companies || this == Deals;
}
