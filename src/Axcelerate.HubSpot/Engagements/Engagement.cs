namespace Axcelerate.HubSpot.Engagements;

/// <summary>
/// One HubSpot engagement (note, call, email, meeting or task) as an aXcelerate record's engagements view shows it:
/// plain text only, with the owner's name and the record it was found on.
/// </summary>
public sealed class Engagement
{
    /// <summary>
    /// The longest <see cref="BodyPreview"/>, in characters (UTF-16 code units): 200. A longer body is cut at a word
    /// boundary and ends with "…".
    /// </summary>
    public const int PreviewLength = 200;

    /// <summary>The engagement's HubSpot id.</summary>
    public required string Id { get; init; }

    /// <summary>Note, call, email, meeting or task.</summary>
    public required EngagementType Type { get; init; }

    /// <summary>
    /// When it happened (<c>hs_timestamp</c>; for a task its due date), or null when HubSpot has no time for it
    /// (such items sort last).
    /// </summary>
    public DateTimeOffset? Timestamp { get; init; }

    /// <summary>
    /// The subject or title: <c>hs_call_title</c>, <c>hs_email_subject</c>, <c>hs_meeting_title</c> or
    /// <c>hs_task_subject</c> as plain text; null for notes (they have none) or when empty.
    /// </summary>
    public string? Subject { get; init; }

    /// <summary>
    /// The body as plain text, at most <see cref="PreviewLength"/> characters: HTML elements are removed with the
    /// content of script, style and other non-prose elements, entities are decoded, whitespace is collapsed, and the
    /// angle brackets <c>&lt;</c> <c>&gt;</c> of the text come out as ‹ › so that nothing in it can act as markup even
    /// where a host forgets to encode it. Null when the body is empty.
    /// </summary>
    public string? BodyPreview { get; init; }

    /// <summary>The owner id (<c>hubspot_owner_id</c>), or null when unassigned.</summary>
    public string? OwnerId { get; init; }

    /// <summary>The owner's name (or email when HubSpot has no name), also for a deactivated owner; null when unassigned or unknown.</summary>
    public string? OwnerName { get; init; }

    /// <summary>Inbound, outbound or forwarded, for calls and emails; null for the other types or when not recorded.</summary>
    public EngagementDirection? Direction { get; init; }

    /// <summary>
    /// HubSpot's status value where the type has one: a call's <c>hs_call_status</c> (e.g. <c>COMPLETED</c>), an
    /// email's <c>hs_email_status</c> (e.g. <c>SENT</c>), a task's <c>hs_task_status</c> (e.g. <c>NOT_STARTED</c>).
    /// </summary>
    public string? Status { get; init; }

    /// <summary>
    /// The outcome where the type has one: a meeting's <c>hs_meeting_outcome</c> (e.g. <c>COMPLETED</c>), a call's
    /// disposition (<c>hs_call_disposition</c>) as HubSpot's label for its default outcomes (e.g. "Connected"), or the
    /// raw value for a portal's own outcomes.
    /// </summary>
    public string? Outcome { get; init; }

    /// <summary>
    /// Where the view found it: the viewed record itself, or the associated company or deal. When an engagement is
    /// associated with several of them it appears once, attributed to the viewed record first, then a company, then a
    /// deal; <see cref="Sources"/> lists all of them.
    /// </summary>
    public required EngagementSource Source { get; init; }

    /// <summary>Every record of the view this engagement is associated with, <see cref="Source"/> first.</summary>
    public required IReadOnlyList<EngagementSource> Sources { get; init; }

    /// <summary>Its address in HubSpot's UI: the source record's page with the engagement opened.</summary>
    public required Uri Url { get; init; }

    /// <inheritdoc />
    public override string ToString() => $"Engagement {{ Type = {Type}, Id = {Id}, Timestamp = {Timestamp:O}, Source = {Source.Kind} {Source.HubSpotId} }}";
}
