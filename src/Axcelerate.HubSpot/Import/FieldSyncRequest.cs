namespace Axcelerate.HubSpot.Import;

/// <summary>What the Sync Fields tool copies: the direction, the chosen fields, where to start and whether to write. Contacts only.</summary>
/// <param name="Direction">Push (aXcelerate to HubSpot) or pull (HubSpot to aXcelerate).</param>
/// <param name="Fields">
/// The chosen fields, named by the HubSpot property of their contact mapping (e.g. <c>jobtitle</c>; compared
/// case-insensitively). Each must name an active mapping whose sync rule allows the direction.
/// </param>
public sealed record FieldSyncRequest(FieldSyncDirection Direction, IReadOnlyList<string> Fields)
{
    /// <summary>
    /// Where to start: the <see cref="FieldSyncReport.ContinuationToken"/> of an earlier call ("Next"). Null resumes from
    /// the checkpoint of an unfinished sync of the same direction and fields, and starts from the first page otherwise.
    /// </summary>
    public string? ContinuationToken { get; init; }

    /// <summary>Ignores the checkpoint and starts from the first linked record; the default is to resume.</summary>
    public bool StartOver { get; init; }

    /// <summary>Linked records per page, 1 to 100; null uses <see cref="ImportOptions.PageSize"/> (50 by default).</summary>
    public int? PageSize { get; init; }

    /// <summary>Reports what each record would get and writes nothing: neither system nor the checkpoint.</summary>
    public bool DryRun { get; init; }
}
