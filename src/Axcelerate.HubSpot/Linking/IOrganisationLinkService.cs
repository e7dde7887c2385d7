namespace Axcelerate.HubSpot.Linking;

/// <summary>
/// An aXcelerate organisation's HubSpot profile: show the linked company, search companies by domain and link a
/// result, export the organisation as a new company, unlink, and add the company's deals as marketing opportunities.
/// </summary>
/// <remarks>
/// Organisations are a one-time push: <see cref="ExportAsync"/> creates the company once (a second export is refused)
/// and nothing here sends later aXcelerate changes of the organisation to HubSpot; afterwards changes flow from
/// HubSpot to aXcelerate only (webhooks, import).
/// </remarks>
public interface IOrganisationLinkService
{
    /// <summary>The organisation's HubSpot profile: the linked company's mapped properties and address, or "unlinked".</summary>
    /// <param name="organisationId">The aXcelerate organisation id.</param>
    /// <param name="cancellationToken">Cancels the requests.</param>
    /// <returns>The profile.</returns>
    Task<HubSpotProfile> GetProfileAsync(long organisationId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Searches HubSpot companies by domain: the typed one, or else the domain of the organisation's website (its first
    /// detail record's <c>WEBSITE</c>), or else of its email address (<c>EMAILADDRESS</c>).
    /// </summary>
    /// <param name="organisationId">The aXcelerate organisation id.</param>
    /// <param name="domain">A domain (or website address) to search by instead; null to use the organisation's.</param>
    /// <param name="cancellationToken">Cancels the requests.</param>
    /// <returns>The companies with that domain, each marked when already linked; refused when there is no domain to search by.</returns>
    Task<LinkCandidates> GetCandidatesAsync(long organisationId, string? domain = null, CancellationToken cancellationToken = default);

    /// <summary>Links the organisation to a chosen company. Refused, naming both ids, when either is already linked to another record.</summary>
    /// <param name="organisationId">The aXcelerate organisation id.</param>
    /// <param name="hubSpotCompanyId">The HubSpot company id.</param>
    /// <param name="cancellationToken">Cancels the requests.</param>
    /// <returns>The result.</returns>
    Task<LinkResult> LinkAsync(long organisationId, string hubSpotCompanyId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Creates a HubSpot company from the organisation's mapped fields (and its domain, when its website or email gives
    /// one), associates it with the HubSpot contacts of the organisation's linked aXcelerate contacts (one batch), and links
    /// it. A one-time push: refused when the organisation is already linked.
    /// </summary>
    /// <param name="organisationId">The aXcelerate organisation id.</param>
    /// <param name="cancellationToken">Cancels the requests.</param>
    /// <returns>The result.</returns>
    Task<LinkResult> ExportAsync(long organisationId, CancellationToken cancellationToken = default);

    /// <summary>Removes the organisation's link (neither record is changed).</summary>
    /// <param name="organisationId">The aXcelerate organisation id.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>True when a link was removed.</returns>
    Task<bool> UnlinkAsync(long organisationId, CancellationToken cancellationToken = default);

    /// <summary>The linked company's deals, each marked linked or not, with the marketing contact an added opportunity would get.</summary>
    /// <param name="organisationId">The aXcelerate organisation id.</param>
    /// <param name="cancellationToken">Cancels the requests.</param>
    /// <returns>The deals in HubSpot id order.</returns>
    /// <exception cref="InvalidOperationException">The organisation is not linked to HubSpot.</exception>
    Task<IReadOnlyList<RecordDeal>> GetDealsAsync(long organisationId, CancellationToken cancellationToken = default);

    /// <summary>"Add deal": creates the aXcelerate marketing opportunity for one of the company's deals and links it.</summary>
    /// <param name="organisationId">The aXcelerate organisation id.</param>
    /// <param name="dealId">The HubSpot deal id, one of <see cref="GetDealsAsync"/>.</param>
    /// <param name="keyContactId">
    /// The marketing contact: a key contact chosen from the organisation's contacts (its primary or other organisation).
    /// <b>Required when the deal has no contact linked to aXcelerate</b> (<see cref="RecordDeal.MarketingContactId"/> is
    /// null); when given it is used even if the deal has a linked contact. Null to use the deal's linked contact.
    /// </param>
    /// <param name="cancellationToken">Cancels the requests.</param>
    /// <returns>The result with the new task id; refused with <see cref="LinkRefusal.KeyContactRequired"/> when no marketing contact can be chosen.</returns>
    Task<LinkResult> AddDealAsync(long organisationId, string dealId, long? keyContactId = null, CancellationToken cancellationToken = default);
}
