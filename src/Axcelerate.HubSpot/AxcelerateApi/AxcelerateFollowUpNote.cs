using System.Text.Json.Serialization;

namespace Axcelerate.HubSpot.AxcelerateApi;

/// <summary>The last note of a follow-up.</summary>
public sealed class AxcelerateFollowUpNote
{
    /// <summary>The note id (new task system).</summary>
    public long? NotesId { get; init; }

    /// <summary>The text.</summary>
    public string? NoteText { get; init; }

    /// <summary>When it was written (account time zone).</summary>
    public DateTimeOffset? NoteDate { get; init; }

    /// <summary>The author's name (<c>ENTEREDBY</c> or <c>NOTE_ENTEREDBY</c>).</summary>
    public string? EnteredBy { get; init; }

    /// <summary>The author's name on new-system records.</summary>
    [JsonPropertyName("NOTE_ENTEREDBY")]
    public string? NoteEnteredBy { get; init; }

    /// <summary>The author's contact id (new task system).</summary>
    [JsonPropertyName("NOTE_ENTEREDBYID")]
    public long? EnteredById { get; init; }
}
