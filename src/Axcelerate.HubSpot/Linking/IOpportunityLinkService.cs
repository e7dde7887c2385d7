namespace Axcelerate.HubSpot.Linking;

/// <summary>
/// An aXcelerate marketing opportunity's (user task's) HubSpot profile: show the linked deal, offer the deals of the
/// HubSpot contact linked to its marketing contact and link one, export it as a new deal, unlink.
/// </summary>
/// <remarks>
/// Opportunities are a one-time push: <see cref="ExportAsync"/> creates the deal once (a second export is refused) and
/// nothing here sends later aXcelerate changes of the opportunity to HubSpot; afterwards changes flow from HubSpot to
/// aXcelerate only (webhooks, import).
/// </remarks>
public interface IOpportunityLinkService
{
    /// <summary>The opportunity's HubSpot profile: the linked deal's mapped properties and address, or "unlinked".</summary>
    /// <param name="taskId">The aXcelerate task id.</param>
    /// <param name="cancellationToken">Cancels the requests.</param>
    /// <returns>The profile.</returns>
    Task<HubSpotProfile> GetProfileAsync(long taskId, CancellationToken cancellationToken = default);

    /// <summary>
    /// The deals the opportunity can be linked to: only those of the HubSpot contact linked to its marketing contact.
    /// Refused with the reason when the task is no marketing opportunity or its marketing contact is not linked.
    /// </summary>
    /// <param name="taskId">The aXcelerate task id.</param>
    /// <param name="cancellationToken">Cancels the requests.</param>
    /// <returns>The deals, each marked when already linked.</returns>
    Task<LinkCandidates> GetCandidatesAsync(long taskId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Links the opportunity to one of the deals <see cref="GetCandidatesAsync"/> offers. Refused with the reason when the
    /// deal is not one of them, and naming both ids when either record is already linked to another.
    /// </summary>
    /// <param name="taskId">The aXcelerate task id.</param>
    /// <param name="dealId">The HubSpot deal id.</param>
    /// <param name="cancellationToken">Cancels the requests.</param>
    /// <returns>The result.</returns>
    Task<LinkResult> LinkAsync(long taskId, string dealId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Creates the deal in the mapped pipeline with the stage mapped from the opportunity's status, the owner of its
    /// linked user, its mapped fields, associated with the marketing contact's HubSpot contact (and that contact's
    /// organisation's company when linked), and links it. Refused with the reason when the status is not mapped, the
    /// marketing contact is not linked, or the opportunity is already linked (a one-time push).
    /// </summary>
    /// <param name="taskId">The aXcelerate task id.</param>
    /// <param name="cancellationToken">Cancels the requests.</param>
    /// <returns>The result.</returns>
    Task<LinkResult> ExportAsync(long taskId, CancellationToken cancellationToken = default);

    /// <summary>Removes the opportunity's link (neither record is changed).</summary>
    /// <param name="taskId">The aXcelerate task id.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>True when a link was removed.</returns>
    Task<bool> UnlinkAsync(long taskId, CancellationToken cancellationToken = default);
}
