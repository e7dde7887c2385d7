using System.Text.Json.Serialization;

namespace Axcelerate.HubSpot.AxcelerateApi;

/// <summary>The last note of a marketing task.</summary>
public sealed class AxcelerateTaskNote
{
    /// <summary>The note id.</summary>
    public long? NotesId { get; init; }

    /// <summary>The text.</summary>
    public string? NoteText { get; init; }

    /// <summary>When it was written (account time zone).</summary>
    public DateTimeOffset? NoteDate { get; init; }

    /// <summary>The author's contact id.</summary>
    [JsonPropertyName("NOTE_ENTEREDBYID")]
    public long? EnteredById { get; init; }

    /// <summary>The author's name.</summary>
    [JsonPropertyName("NOTE_ENTEREDBY")]
    public string? EnteredBy { get; init; }
}
