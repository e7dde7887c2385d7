namespace Axcelerate.HubSpot.Linking;

/// <summary>
/// An aXcelerate contact's HubSpot profile: show the linked HubSpot contact, search HubSpot by email and link a result,
/// export the contact as a new HubSpot contact, unlink, and add the linked contact's HubSpot deals as marketing
/// opportunities. Linked contacts then sync both ways (push and webhooks are separate services).
/// </summary>
public interface IContactLinkService
{
    /// <summary>The contact's HubSpot profile: the linked contact's mapped properties and address, or "unlinked".</summary>
    /// <param name="contactId">The aXcelerate contact id.</param>
    /// <param name="cancellationToken">Cancels the requests.</param>
    /// <returns>The profile.</returns>
    Task<HubSpotProfile> GetProfileAsync(long contactId, CancellationToken cancellationToken = default);

    /// <summary>Searches HubSpot contacts by email: the typed one, or else the aXcelerate contact's own email address.</summary>
    /// <param name="contactId">The aXcelerate contact id.</param>
    /// <param name="email">An email address to search by instead of the contact's; null to use the contact's.</param>
    /// <param name="cancellationToken">Cancels the requests.</param>
    /// <returns>The HubSpot contacts with that email, each marked when already linked; refused when there is no email to search by.</returns>
    Task<LinkCandidates> GetCandidatesAsync(long contactId, string? email = null, CancellationToken cancellationToken = default);

    /// <summary>Links the contact to a chosen HubSpot contact. Refused, naming both ids, when either is already linked to another record.</summary>
    /// <param name="contactId">The aXcelerate contact id.</param>
    /// <param name="hubSpotContactId">The HubSpot contact id.</param>
    /// <param name="cancellationToken">Cancels the requests.</param>
    /// <returns>The result.</returns>
    Task<LinkResult> LinkAsync(long contactId, string hubSpotContactId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Creates a HubSpot contact from the contact's mapped fields and links it. HubSpot's search lags behind writes, so
    /// when HubSpot answers 409 (a contact with the email exists), the contact is linked to that existing contact and the
    /// result says so (<see cref="LinkOutcome.LinkedToExisting"/>): an export never fails on, or duplicates, a contact HubSpot already has.
    /// </summary>
    /// <param name="contactId">The aXcelerate contact id.</param>
    /// <param name="cancellationToken">Cancels the requests.</param>
    /// <returns>The result; refused when the contact is already linked.</returns>
    Task<LinkResult> ExportAsync(long contactId, CancellationToken cancellationToken = default);

    /// <summary>Removes the contact's link (neither record is changed).</summary>
    /// <param name="contactId">The aXcelerate contact id.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>True when a link was removed.</returns>
    Task<bool> UnlinkAsync(long contactId, CancellationToken cancellationToken = default);

    /// <summary>The linked HubSpot contact's deals, each marked linked (to an aXcelerate opportunity) or not.</summary>
    /// <param name="contactId">The aXcelerate contact id.</param>
    /// <param name="cancellationToken">Cancels the requests.</param>
    /// <returns>The deals in HubSpot id order.</returns>
    /// <exception cref="InvalidOperationException">The contact is not linked to HubSpot.</exception>
    Task<IReadOnlyList<RecordDeal>> GetDealsAsync(long contactId, CancellationToken cancellationToken = default);

    /// <summary>
    /// "Add deal": creates the aXcelerate marketing opportunity for one of the linked HubSpot contact's deals (name,
    /// value, status from the deal-stage map, owner from the user links, marketing contact = this contact) and links it.
    /// </summary>
    /// <param name="contactId">The aXcelerate contact id.</param>
    /// <param name="dealId">The HubSpot deal id, one of <see cref="GetDealsAsync"/>.</param>
    /// <param name="cancellationToken">Cancels the requests.</param>
    /// <returns>The result with the new task id; refused when the contact is unlinked, the deal is not its unlinked deal in the first pipeline, or its stage is unmapped.</returns>
    Task<LinkResult> AddDealAsync(long contactId, string dealId, CancellationToken cancellationToken = default);
}
