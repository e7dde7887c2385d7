using System.Net;
using Axcelerate.HubSpot.AxcelerateApi;
using Axcelerate.HubSpot.HubSpotApi;
using Axcelerate.HubSpot.Import;
using Axcelerate.HubSpot.Logs;
using Axcelerate.HubSpot.Matching;
using Axcelerate.HubSpot.Records;
using Microsoft.Extensions.Logging;

namespace Axcelerate.HubSpot.Linking;

/// <summary>The <see cref="IContactLinkService"/> over the clients, the mapping plan and the link store.</summary>
internal sealed class ContactLinkService(LinkCore core, IAxcelerateClient axcelerate, DealAdder deals, ILogger<ContactLinkService> logger) : IContactLinkService
{
    private const MappedEntity Entity = MappedEntity.Contact;
    private static readonly string[] NameProperties = ["email", "firstname", "lastname"];

    public Task<HubSpotProfile> GetProfileAsync(long contactId, CancellationToken cancellationToken = default) =>
        core.GetProfileAsync(Entity, contactId, cancellationToken);

    public async Task<LinkCandidates> GetCandidatesAsync(long contactId, string? email = null, CancellationToken cancellationToken = default)
    {
        var typed = !string.IsNullOrWhiteSpace(email);
        if (!typed)
        {
            var contact = await axcelerate.Contacts.GetAsync(contactId, cancellationToken).ConfigureAwait(false);
            if (contact is null)
            {
                return Refused(contactId, null, $"aXcelerate has no contact {contactId}.");
            }

            email = contact.EmailAddress;
            if (string.IsNullOrWhiteSpace(email))
            {
                return Refused(contactId, null, $"aXcelerate contact {contactId} has no email address to search HubSpot by; type one.");
            }
        }

        if (MatchKeys.Email(email) is not { } key || !key.Contains('@', StringComparison.Ordinal))
        {
            return Refused(contactId, email, $"'{email}' is not an email address.");
        }

        var request = new HubSpotSearchRequest
        {
            FilterGroups = [new HubSpotFilterGroup { Filters = [new HubSpotFilter { PropertyName = "email", Operator = HubSpotFilterOperator.Eq, Value = key }] }],
            Properties = await core.PropertiesAsync(Entity, NameProperties, cancellationToken).ConfigureAwait(false),
            Limit = 100,
        };
        var page = await core.HubSpot.Contacts.SearchPageAsync(request, cancellationToken).ConfigureAwait(false);
        return new LinkCandidates
        {
            Entity = Entity,
            AxcelerateId = contactId,
            SearchedFor = key,
            Candidates = await core.CandidatesAsync(Entity, page.Results, DisplayName, cancellationToken).ConfigureAwait(false),
        };
    }

    public async Task<LinkResult> LinkAsync(long contactId, string hubSpotContactId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(hubSpotContactId);
        using var scope = OutgoingCallContext.Begin(LinkCore.LinkOperation, Entity, LinkCore.Id(contactId));
        if (await axcelerate.Contacts.GetAsync(contactId, cancellationToken).ConfigureAwait(false) is null)
        {
            return core.NotFound(LinkCore.LinkOperation, Entity, contactId);
        }

        if (await core.HubSpot.Contacts.GetAsync(hubSpotContactId, null, cancellationToken).ConfigureAwait(false) is null)
        {
            return core.HubSpotNotFound(LinkCore.LinkOperation, Entity, contactId, hubSpotContactId);
        }

        return await core.LinkAsync(Entity, contactId, hubSpotContactId, LinkOutcome.Linked, null, cancellationToken).ConfigureAwait(false);
    }

    public async Task<LinkResult> ExportAsync(long contactId, CancellationToken cancellationToken = default)
    {
        using var scope = OutgoingCallContext.Begin(LinkCore.ExportOperation, Entity, LinkCore.Id(contactId));
        if (await core.AlreadyExportedAsync(Entity, contactId, cancellationToken).ConfigureAwait(false) is { } linked)
        {
            return linked;
        }

        var contact = await axcelerate.Contacts.GetAsync(contactId, cancellationToken).ConfigureAwait(false);
        if (contact is null)
        {
            return core.NotFound(LinkCore.ExportOperation, Entity, contactId);
        }

        var plan = await core.PlanAsync(Entity, cancellationToken).ConfigureAwait(false);
        var values = plan.ToHubSpot(LinkCore.Id(contactId), RecordFields.From(contact));
        string hubSpotId;
        LinkOutcome outcome;
        string? note = null;
        try
        {
            var created = await core.HubSpot.Contacts.CreateAsync(new HubSpotObjectInput { Properties = LinkCore.NonBlank(RecordWrites.ToHubSpotProperties(values)) }, cancellationToken).ConfigureAwait(false);
            hubSpotId = created.Id;
            outcome = LinkOutcome.Exported;
        }
        catch (HubSpotApiException ex) when (ex.StatusCode == HttpStatusCode.Conflict && ex.ExistingObjectId is { } existing)
        {
            // HubSpot's search lags behind writes: a contact created moments ago is invisible to a search but not to the
            // create's uniqueness check. Link to it rather than fail or create a duplicate.
            LinkingLog.ExportConflict(logger, Entity, contactId, existing);
            hubSpotId = existing;
            outcome = LinkOutcome.LinkedToExisting;
            note = $"HubSpot already has contact {existing} with email '{contact.EmailAddress}' (its search had not caught up yet); aXcelerate contact {contactId} was linked to it instead of creating a duplicate.";
        }

        var result = await core.LinkAsync(Entity, contactId, hubSpotId, outcome, note, cancellationToken).ConfigureAwait(false);
        if (result.Succeeded && outcome == LinkOutcome.Exported)
        {
            await core.Links.RecordSyncAsync(Entity, contactId, SyncDirection.ToHubSpot, ImportHash.Of(values.Values), cancellationToken).ConfigureAwait(false);
        }

        return WithErrors(result, values.Errors);
    }

    public Task<bool> UnlinkAsync(long contactId, CancellationToken cancellationToken = default) =>
        core.UnlinkAsync(Entity, contactId, cancellationToken);

    public async Task<IReadOnlyList<RecordDeal>> GetDealsAsync(long contactId, CancellationToken cancellationToken = default)
    {
        var link = await core.Links.FindByAxcelerateIdAsync(Entity, contactId, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"aXcelerate contact {contactId} is not linked to HubSpot; link or export it to see its deals.");
        var found = await core.DealsOfAsync("contacts", link.HubSpotId, cancellationToken).ConfigureAwait(false);
        return await core.ToRecordDealsAsync(found, _ => contactId, cancellationToken).ConfigureAwait(false);
    }

    public async Task<LinkResult> AddDealAsync(long contactId, string dealId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dealId);
        var link = await core.Links.FindByAxcelerateIdAsync(Entity, contactId, cancellationToken).ConfigureAwait(false);
        if (link is null)
        {
            return core.Refuse(LinkCore.AddDealOperation, MappedEntity.Opportunity, null, dealId, LinkRefusal.NotLinked,
                $"aXcelerate contact {contactId} is not linked to HubSpot; link or export it before adding its deals.");
        }

        var offered = await core.DealsOfAsync("contacts", link.HubSpotId, cancellationToken).ConfigureAwait(false);
        var (deal, refusal) = await deals.FindOfferedAsync(offered, dealId, $"HubSpot contact {link.HubSpotId} (linked to aXcelerate contact {contactId})", cancellationToken).ConfigureAwait(false);
        return deal is null ? refusal! : await deals.AddAsync(deal, contactId, cancellationToken).ConfigureAwait(false);
    }

    private static string DisplayName(HubSpotObject contact)
    {
        var name = $"{contact.GetProperty("firstname")} {contact.GetProperty("lastname")}".Trim();
        var email = contact.GetProperty("email");
        return name.Length == 0 ? email ?? contact.Id : email is null ? name : $"{name} <{email}>";
    }

    private static LinkCandidates Refused(long contactId, string? searchedFor, string reason) =>
        new() { Entity = Entity, AxcelerateId = contactId, SearchedFor = searchedFor, Refusal = reason };

    internal static LinkResult WithErrors(LinkResult result, IReadOnlyList<Mapping.FieldConversionError> errors) => errors.Count == 0
        ? result
        : new LinkResult
        {
            Entity = result.Entity,
            Outcome = result.Outcome,
            AxcelerateId = result.AxcelerateId,
            HubSpotId = result.HubSpotId,
            Address = result.Address,
            Refusal = result.Refusal,
            Reason = result.Reason,
            ConflictingAxcelerateId = result.ConflictingAxcelerateId,
            ConflictingHubSpotId = result.ConflictingHubSpotId,
            ConversionErrors = errors,
        };
}
