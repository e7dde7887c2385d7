using System.Globalization;
using Axcelerate.HubSpot.HubSpotApi;

namespace Axcelerate.HubSpot.Engagements;

/// <summary>What a view reads of one engagement object type and how it turns a record into an <see cref="Engagement"/>.</summary>
internal sealed class EngagementKind
{
    private const string Timestamp = "hs_timestamp";
    private const string Owner = "hubspot_owner_id";

    // HubSpot's default call outcomes (hs_call_disposition values are ids; a portal may add its own).
    private static readonly Dictionary<string, string> CallOutcomes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["f240bbac-87c9-4f6e-bf70-924b57d47db7"] = "Connected",
        ["9d9162e7-6cf3-4944-bf63-4dff82258764"] = "Busy",
        ["a4c4c377-d246-4b32-a13b-75a56a4cd0ff"] = "Left live message",
        ["b2cf5968-551e-4856-9783-52b3da59a7d0"] = "Left voicemail",
        ["73a0d17f-1163-4015-bdd5-ec830791da20"] = "No answer",
        ["17b47fee-58de-441e-a44c-c6300d46f273"] = "Wrong number",
    };

    private EngagementKind(EngagementType type, string objectType, string? subject, string[] bodies, string? direction, string? status, string? outcome)
    {
        Type = type;
        ObjectType = objectType;
        SubjectProperty = subject;
        BodyProperties = bodies;
        DirectionProperty = direction;
        StatusProperty = status;
        OutcomeProperty = outcome;
        Properties = [.. new[] { Timestamp, Owner, subject, direction, status, outcome }.OfType<string>().Concat(bodies)];
    }

    /// <summary>Notes, calls, emails, meetings and tasks, in the order a view attributes ties.</summary>
    public static IReadOnlyList<EngagementKind> All { get; } =
    [
        new(EngagementType.Note, "notes", null, ["hs_note_body"], null, null, null),
        new(EngagementType.Call, "calls", "hs_call_title", ["hs_call_body"], "hs_call_direction", "hs_call_status", "hs_call_disposition"),
        new(EngagementType.Email, "emails", "hs_email_subject", ["hs_email_text", "hs_email_html"], "hs_email_direction", "hs_email_status", null),
        new(EngagementType.Meeting, "meetings", "hs_meeting_title", ["hs_meeting_body"], null, null, "hs_meeting_outcome"),
        new(EngagementType.Task, "tasks", "hs_task_subject", ["hs_task_body"], null, "hs_task_status", null),
    ];

    public EngagementType Type { get; }

    /// <summary>HubSpot's object type name, e.g. <c>notes</c>.</summary>
    public string ObjectType { get; }

    /// <summary>The properties a view asks for: only what it shows.</summary>
    public IReadOnlyList<string> Properties { get; }

    private string? SubjectProperty { get; }

    // The first non-empty one is the body (an email's plain text before its HTML).
    private string[] BodyProperties { get; }

    private string? DirectionProperty { get; }

    private string? StatusProperty { get; }

    private string? OutcomeProperty { get; }

    public static string? OwnerOf(HubSpotObject record) => NonEmpty(record.GetProperty(Owner));

    /// <summary>The engagement's time from <c>hs_timestamp</c> (milliseconds since the epoch or ISO 8601), or null.</summary>
    public static DateTimeOffset? TimestampOf(HubSpotObject record)
    {
        var value = record.GetProperty(Timestamp);
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var milliseconds))
        {
            return DateTimeOffset.FromUnixTimeMilliseconds(milliseconds);
        }

        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed)
            ? parsed
            : null;
    }

    /// <summary>Builds the view's item from a record read with <see cref="Properties"/>.</summary>
    public Engagement ToEngagement(HubSpotObject record, HtmlText html, string? ownerName, IReadOnlyList<EngagementSource> sources, Uri url) => new()
    {
        Id = record.Id,
        Type = Type,
        Timestamp = TimestampOf(record),
        Subject = SubjectProperty is null ? null : html.Preview(record.GetProperty(SubjectProperty)),
        BodyPreview = html.Preview(BodyProperties.Select(record.GetProperty).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))),
        OwnerId = OwnerOf(record),
        OwnerName = ownerName,
        Direction = DirectionOf(DirectionProperty is null ? null : record.GetProperty(DirectionProperty)),
        Status = StatusProperty is null ? null : NonEmpty(record.GetProperty(StatusProperty)),
        Outcome = OutcomeOf(OutcomeProperty is null ? null : record.GetProperty(OutcomeProperty)),
        Source = sources[0],
        Sources = sources,
        Url = url,
    };

    private string? OutcomeOf(string? value) =>
        NonEmpty(value) is not { } outcome ? null
        : Type == EngagementType.Call && CallOutcomes.TryGetValue(outcome, out var label) ? label
        : outcome;

    private static EngagementDirection? DirectionOf(string? value) => value?.Trim().ToUpperInvariant() switch
    {
        "INBOUND" or "INCOMING_EMAIL" => EngagementDirection.Inbound,
        "OUTBOUND" or "EMAIL" => EngagementDirection.Outbound,
        "FORWARDED_EMAIL" => EngagementDirection.Forwarded,
        _ => null,
    };

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
