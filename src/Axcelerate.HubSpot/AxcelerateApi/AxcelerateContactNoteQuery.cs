namespace Axcelerate.HubSpot.AxcelerateApi;

/// <summary>Options for listing a contact's notes.</summary>
public sealed class AxcelerateContactNoteQuery
{
    /// <summary><c>search</c>: only notes containing this text.</summary>
    public string? Search { get; set; }

    /// <summary><c>hideSystemNotes</c>.</summary>
    public bool? HideSystemNotes { get; set; }

    /// <summary><c>purgeCache</c>: bypass aXcelerate's 30-second query cache (use right after a write).</summary>
    public bool? PurgeCache { get; set; }

    /// <summary>Notes per request, 1–100 (default 100).</summary>
    public int PageSize { get; set; } = 100;
}
