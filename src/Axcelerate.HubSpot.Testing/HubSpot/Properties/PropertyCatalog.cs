using System.Collections.Concurrent;
using Axcelerate.HubSpot.Testing.HubSpot.Objects;

namespace Axcelerate.HubSpot.Testing.HubSpot.Properties;

/// <summary>HubSpot's default properties of each object type plus the custom ones created in this sandbox.</summary>
internal sealed class PropertyCatalog
{
    private static readonly HashSet<string> ReadOnlyNames = ["hs_object_id", "createdate", "hs_createdate", "lastmodifieddate", "hs_lastmodifieddate"];

    private readonly ConcurrentDictionary<HubSpotObjectType, ConcurrentDictionary<string, HubSpotPropertyDefinition>> _byType = new();

    public PropertyCatalog()
    {
        foreach (var type in HubSpotObjectType.All)
        {
            var map = new ConcurrentDictionary<string, HubSpotPropertyDefinition>(StringComparer.Ordinal);
            foreach (var definition in DefaultsFor(type))
            {
                map[definition.Name] = definition;
            }

            _byType[type] = map;
        }
    }

    /// <summary>Whether HubSpot sets the property itself, so writes to it are ignored.</summary>
    public static bool IsReadOnly(string name) => ReadOnlyNames.Contains(name) || name == "hs_email_domain";

    public IReadOnlyList<HubSpotPropertyDefinition> All(HubSpotObjectType type) => [.. _byType[type].Values.OrderBy(p => p.Name, StringComparer.Ordinal)];

    public HubSpotPropertyDefinition? Find(HubSpotObjectType type, string name) => _byType[type].GetValueOrDefault(name);

    public bool TryAdd(HubSpotObjectType type, HubSpotPropertyDefinition definition) => _byType[type].TryAdd(definition.Name, definition);

    // The options of HubSpot's default enumerations (pipeline, dealstage and hubspot_owner_id take theirs from the
    // pipelines and owners; industry's long list is not modelled, so any value is accepted there).
    private static readonly Dictionary<string, string[]> OptionValues = new(StringComparer.Ordinal)
    {
        ["lifecyclestage"] = ["subscriber", "lead", "marketingqualifiedlead", "salesqualifiedlead", "opportunity", "customer", "evangelist", "other"],
        ["dealtype"] = ["newbusiness", "existingbusiness"],
        ["hs_call_direction"] = ["INBOUND", "OUTBOUND"],
        ["hs_call_status"] = ["BUSY", "CALLING_CRM_USER", "CANCELED", "COMPLETED", "CONNECTING", "FAILED", "IN_PROGRESS", "MISSED", "NO_ANSWER", "QUEUED", "RINGING"],
        ["hs_call_disposition"] = ["f240bbac-87c9-4f6e-bf70-924b57d47db7", "9d9162e7-6cf3-4944-bf63-4dff82258764", "a4c4c377-d246-4b32-a13b-75a56a4cd0ff", "b2cf5968-551e-4856-9783-52b3da59a7d0", "73a0d17f-1163-4015-bdd5-ec830791da20", "17b47fee-58de-441e-a44c-c6300d46f273"],
        ["hs_email_direction"] = ["EMAIL", "INCOMING_EMAIL", "FORWARDED_EMAIL"],
        ["hs_email_status"] = ["BOUNCED", "FAILED", "SCHEDULED", "SENDING", "SENT"],
        ["hs_meeting_outcome"] = ["SCHEDULED", "COMPLETED", "RESCHEDULED", "NO_SHOW", "CANCELED"],
        ["hs_task_status"] = ["NOT_STARTED", "IN_PROGRESS", "COMPLETED", "DEFERRED", "WAITING"],
        ["hs_task_priority"] = ["NONE", "LOW", "MEDIUM", "HIGH"],
        ["hs_task_type"] = ["TODO", "CALL", "EMAIL"],
    };

    private static string Label(string value) => value.Length == 0 ? value : char.ToUpperInvariant(value[0]) + value[1..].ToLowerInvariant().Replace('_', ' ');

    private static IEnumerable<HubSpotPropertyDefinition> DefaultsFor(HubSpotObjectType type)
    {
        yield return new("hs_object_id", "Record ID", "number", "number", type.Singular + "information") { ReadOnlyValue = true, HasUniqueValue = true };
        yield return new(type.CreatedProperty, "Create Date", "datetime", "date", type.Singular + "information") { ReadOnlyValue = true };
        yield return new(type.LastModifiedProperty, "Last Modified Date", "datetime", "date", type.Singular + "information") { ReadOnlyValue = true, Calculated = true };
        yield return new("hubspot_owner_id", type.Singular == "contact" ? "Contact owner" : "Owner", "enumeration", "select", type.Singular + "information");
        var group = type.Singular + "information";
        string[][] rows = type.Name switch
        {
            "contacts" =>
            [
                ["firstname", "First Name", "string", "text"], ["lastname", "Last Name", "string", "text"],
                ["email", "Email", "string", "text"], ["phone", "Phone Number", "string", "phonenumber"],
                ["mobilephone", "Mobile Phone Number", "string", "phonenumber"], ["address", "Street Address", "string", "text"],
                ["city", "City", "string", "text"], ["state", "State/Region", "string", "text"], ["zip", "Postal Code", "string", "text"],
                ["country", "Country/Region", "string", "text"], ["company", "Company Name", "string", "text"],
                ["jobtitle", "Job Title", "string", "text"], ["date_of_birth", "Date of birth", "date", "date"],
                ["lifecyclestage", "Lifecycle Stage", "enumeration", "radio"], ["hs_email_domain", "Email Domain", "string", "text"],
            ],
            "companies" =>
            [
                ["name", "Company name", "string", "text"], ["domain", "Company Domain Name", "string", "text"],
                ["phone", "Phone Number", "string", "phonenumber"], ["address", "Street Address", "string", "text"],
                ["city", "City", "string", "text"], ["state", "State/Region", "string", "text"], ["zip", "Postal Code", "string", "text"],
                ["country", "Country/Region", "string", "text"], ["industry", "Industry", "enumeration", "select"],
                ["numberofemployees", "Number of Employees", "number", "number"],
            ],
            "deals" =>
            [
                ["dealname", "Deal Name", "string", "text"], ["amount", "Amount", "number", "number"],
                ["closedate", "Close Date", "datetime", "date"], ["pipeline", "Pipeline", "enumeration", "select"],
                ["dealstage", "Deal Stage", "enumeration", "radio"], ["description", "Deal Description", "string", "textarea"],
                ["dealtype", "Deal Type", "enumeration", "radio"],
            ],
            "notes" => [["hs_timestamp", "Activity date", "datetime", "date"], ["hs_note_body", "Note body", "string", "html"]],
            "calls" =>
            [
                ["hs_timestamp", "Activity date", "datetime", "date"], ["hs_call_title", "Call Title", "string", "text"],
                ["hs_call_body", "Call notes", "string", "html"], ["hs_call_direction", "Call direction", "enumeration", "select"],
                ["hs_call_status", "Call status", "enumeration", "select"], ["hs_call_duration", "Call duration", "number", "number"],
                ["hs_call_disposition", "Call outcome", "enumeration", "select"],
            ],
            "emails" =>
            [
                ["hs_timestamp", "Activity date", "datetime", "date"], ["hs_email_subject", "Email subject", "string", "text"],
                ["hs_email_text", "Email body", "string", "textarea"], ["hs_email_html", "Email HTML", "string", "html"],
                ["hs_email_direction", "Email direction", "enumeration", "select"], ["hs_email_status", "Email send status", "enumeration", "select"],
            ],
            "meetings" =>
            [
                ["hs_timestamp", "Activity date", "datetime", "date"], ["hs_meeting_title", "Meeting name", "string", "text"],
                ["hs_meeting_body", "Meeting description", "string", "html"], ["hs_meeting_outcome", "Meeting outcome", "enumeration", "select"],
                ["hs_meeting_start_time", "Start time", "datetime", "date"], ["hs_meeting_end_time", "End time", "datetime", "date"],
                ["hs_meeting_location", "Location", "string", "text"],
            ],
            _ =>
            [
                ["hs_timestamp", "Due date", "datetime", "date"], ["hs_task_subject", "Task Title", "string", "text"],
                ["hs_task_body", "Notes", "string", "html"], ["hs_task_status", "Task Status", "enumeration", "select"],
                ["hs_task_priority", "Priority", "enumeration", "select"], ["hs_task_type", "Task Type", "enumeration", "select"],
            ],
        };
        foreach (var row in rows)
        {
            // HubSpot's email is not a hasUniqueValue property (contacts are unique by email through their own rule),
            // and hs_email_domain is calculated from it.
            yield return new(row[0], row[1], row[2], row[3], group)
            {
                Options = [.. (OptionValues.GetValueOrDefault(row[0]) ?? []).Select(v => new KeyValuePair<string, string>(Label(v), v))],
                Calculated = row[0] == "hs_email_domain",
                ReadOnlyValue = row[0] == "hs_email_domain",
            };
        }
    }
}
