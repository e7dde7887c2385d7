namespace Axcelerate.HubSpot.AxcelerateApi;

/// <summary>A note type configured in the account (<c>/contact/noteTypes/</c>).</summary>
public sealed class AxcelerateNoteType : AxcelerateRecord
{
    /// <summary>The id to pass as <c>noteTypeID</c>.</summary>
    public long NoteTypeId { get; init; }

    /// <summary>The label.</summary>
    public string? Descriptor { get; init; }

    /// <summary>Whether it can be used.</summary>
    public bool? Active { get; init; }

    /// <summary>Display colour, if any.</summary>
    public string? Colour { get; init; }

    /// <summary>When it was created.</summary>
    public DateTimeOffset? EntryDate { get; init; }
}
