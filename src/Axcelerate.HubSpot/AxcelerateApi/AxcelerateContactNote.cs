namespace Axcelerate.HubSpot.AxcelerateApi;

/// <summary>A note on a contact (GET <c>/contact/notes/{contactId}</c>).</summary>
public sealed class AxcelerateContactNote : AxcelerateRecord
{
    /// <summary>The note id (<c>ID</c>).</summary>
    public long Id { get; init; }

    /// <summary>The note text.</summary>
    public string? Text { get; init; }

    /// <summary>The note type label, e.g. <c>System Generated Note</c>.</summary>
    public string? Type { get; init; }

    /// <summary>When the note was added (account time zone).</summary>
    public DateTimeOffset? DateInserted { get; init; }

    /// <summary>When the note was last changed.</summary>
    public DateTimeOffset? DateUpdated { get; init; }

    /// <summary>Who added it (a name, or <c>SYSTEM</c>).</summary>
    public string? AddedBy { get; init; }

    /// <summary>Who changed it last.</summary>
    public string? UpdatedBy { get; init; }

    /// <summary>The contact id of the author, if any.</summary>
    public long? AddedByContactId { get; init; }

    /// <summary>The contact id of the last editor, if any.</summary>
    public long? UpdatedByContactId { get; init; }

    /// <summary>Attachment file names.</summary>
    public IReadOnlyList<string> Attachments { get; init; } = [];
}
