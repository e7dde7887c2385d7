using Axcelerate.HubSpot.Testing.HubSpot.Objects;

namespace Axcelerate.HubSpot.Testing.HubSpot.Engagements;

/// <summary>
/// The demo data's engagements: every demo contact with a deal gets a note (HTML) and a call on itself, an email (HTML,
/// with a tracking script a preview must drop) and a task on its first deal, and a meeting on its first company, at
/// times spread over the weeks before the sandbox clock's start. Sources are told apart by their subjects.
/// </summary>
internal static class DemoEngagements
{
    public static void Seed(HubSpotSandbox sandbox, HubSpotStore store, Func<int, string?> ownerId, DateTimeOffset now)
    {
        var index = 0;
        foreach (var contact in store.All(HubSpotObjectType.Contacts))
        {
            var deals = sandbox.GetAssociatedIds(HubSpotObjectType.Contacts, contact.Id, HubSpotObjectType.Deals);
            if (deals.Count == 0)
            {
                continue;
            }

            var first = contact["firstname"] ?? "there";
            var owner = ownerId(index);
            var day = now.AddDays(-(index % 20) - 1).AddHours(-(index % 7));
            var deal = store.Get(HubSpotObjectType.Deals, deals[0]);
            var dealName = deal?["dealname"] ?? "the enrolment";

            Add(HubSpotObjectType.Notes, HubSpotObjectType.Contacts, contact.Id, day.AddHours(-2), new()
            {
                ["hs_note_body"] = $"<p>Spoke with <strong>{first}</strong> about the next intake.</p><ul><li>Prefers evening classes</li><li>Asked about RPL &amp; credit transfer</li></ul>",
                ["hubspot_owner_id"] = owner,
            });
            Add(HubSpotObjectType.Calls, HubSpotObjectType.Contacts, contact.Id, day.AddDays(-3), new()
            {
                ["hs_call_title"] = $"Intake call with {first}",
                ["hs_call_body"] = "<p>Confirmed the start&nbsp;date and the <em>USI</em>.</p>",
                ["hs_call_direction"] = index % 2 == 0 ? "OUTBOUND" : "INBOUND",
                ["hs_call_status"] = "COMPLETED",
                ["hs_call_disposition"] = "f240bbac-87c9-4f6e-bf70-924b57d47db7",
                ["hubspot_owner_id"] = owner,
            });
            Add(HubSpotObjectType.Emails, HubSpotObjectType.Deals, deals[0], day.AddDays(-1), new()
            {
                ["hs_email_subject"] = $"Quote: {dealName}",
                ["hs_email_html"] = $"<html><head><style>p {{ color: red; }}</style></head><body><p>Hi {first},</p><p>Your quote for <b>{dealName}</b> is attached.</p><script>track('open')</script></body></html>",
                ["hs_email_direction"] = "EMAIL",
                ["hs_email_status"] = "SENT",
                ["hubspot_owner_id"] = owner,
            });
            Add(HubSpotObjectType.Tasks, HubSpotObjectType.Deals, deals[0], day.AddDays(5), new()
            {
                ["hs_task_subject"] = $"Follow up: {dealName}",
                ["hs_task_body"] = "<p>Check the signed enrolment form.</p>",
                ["hs_task_status"] = "NOT_STARTED",
                ["hs_task_priority"] = "MEDIUM",
                ["hs_task_type"] = "TODO",
                ["hubspot_owner_id"] = owner,
            });
            var companies = sandbox.GetAssociatedIds(HubSpotObjectType.Contacts, contact.Id, HubSpotObjectType.Companies);
            if (companies.Count > 0)
            {
                var company = store.Get(HubSpotObjectType.Companies, companies[0]);
                Add(HubSpotObjectType.Meetings, HubSpotObjectType.Companies, companies[0], day.AddDays(-7), new()
                {
                    ["hs_meeting_title"] = $"Training plan review at {company?["name"] ?? "the site"}",
                    ["hs_meeting_body"] = "<div>Walked the site with the <em>training manager</em>; 3 apprentices to enrol.</div>",
                    ["hs_meeting_outcome"] = "COMPLETED",
                    ["hubspot_owner_id"] = owner,
                });
            }

            index++;
        }

        void Add(HubSpotObjectType type, HubSpotObjectType onType, string onId, DateTimeOffset at, Dictionary<string, string?> properties)
        {
            properties["hs_timestamp"] = HubSpotStore.FormatDate(at);
            var created = store.Create(type, properties, ChangeSource.CrmUi).Record!;
            sandbox.Associate(type, created.Id, onType, onId);
        }
    }
}
