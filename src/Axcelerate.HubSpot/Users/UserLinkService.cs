using System.Collections.Concurrent;
using System.Globalization;
using Axcelerate.HubSpot.AxcelerateApi;
using Axcelerate.HubSpot.HubSpotApi;
using Axcelerate.HubSpot.Matching;
using Axcelerate.HubSpot.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Axcelerate.HubSpot.Users;

/// <summary>Links HubSpot owners to aXcelerate users; see <see cref="IUserLinkService"/>.</summary>
internal sealed class UserLinkService(
    IHubSpotClient hubSpot,
    IAxcelerateClient axcelerate,
    IUserLinkStore store,
    IMatchRule<ContactMatchCandidate> contactRule,
    IOptionsMonitor<HubSpotIntegrationOptions> options,
    ILogger<UserLinkService> logger) : IUserLinkService
{
    // aXcelerate has no "users by many emails" call: one lookup per unlinked owner, a few at a time.
    private const int EmailLookupConcurrency = 4;

    public async Task<UserLinkOverview> GetOverviewAsync(CancellationToken cancellationToken = default)
    {
        var owners = await ActiveOwnersAsync(cancellationToken).ConfigureAwait(false);
        var links = await LinksByOwnerAsync(cancellationToken).ConfigureAwait(false);
        var users = (await axcelerate.Users.GetAllAsync(AxcelerateUserStatus.Active, cancellationToken).ConfigureAwait(false)).Users;
        var rows = owners
            .Select(owner =>
            {
                var link = links.GetValueOrDefault(owner.Id);
                return new OwnerUserLink(owner, link, Acting(owner.Id, link));
            })
            .ToList();
        return new UserLinkOverview(rows, users, options.CurrentValue.Users.WebServiceUserContactId);
    }

    public async Task<IReadOnlyList<UserAutoLinkResult>> AutoLinkAsync(CancellationToken cancellationToken = default)
    {
        var owners = await ActiveOwnersAsync(cancellationToken).ConfigureAwait(false);
        var links = await LinksByOwnerAsync(cancellationToken).ConfigureAwait(false);
        var unlinked = owners
            .Where(o => !links.ContainsKey(o.Id) && MatchKeys.Email(o.Email) is not null)
            .ToList();

        var usersByOwner = new ConcurrentDictionary<string, IReadOnlyList<AxcelerateUser>>(StringComparer.Ordinal);
        await Parallel.ForEachAsync(
            unlinked,
            new ParallelOptions { MaxDegreeOfParallelism = EmailLookupConcurrency, CancellationToken = cancellationToken },
            async (owner, token) => usersByOwner[owner.Id] = await axcelerate.Users.FindByEmailAsync(MatchKeys.Email(owner.Email)!, token).ConfigureAwait(false))
            .ConfigureAwait(false);

        // aXcelerate's user search may match loosely and returns no email: confirm each candidate's email exactly,
        // reading all candidate contacts in batches rather than one by one.
        var candidateIds = usersByOwner.Values.SelectMany(users => users).Where(u => u.Active != false).Select(u => u.ContactId).Distinct().ToList();
        var emailByContact = candidateIds.Count == 0
            ? []
            : (await axcelerate.Contacts.GetManyAsync(candidateIds, cancellationToken).ConfigureAwait(false))
                .GroupBy(c => c.ContactId)
                .ToDictionary(g => g.Key, g => MatchKeys.Email(g.First().EmailAddress));

        var results = new List<UserAutoLinkResult>(owners.Count);
        foreach (var owner in owners)
        {
            results.Add(await AutoLinkOneAsync(owner, links, usersByOwner, emailByContact, cancellationToken).ConfigureAwait(false));
        }

        var linked = results.Count(r => r.Linked);
        var already = results.Count(r => r.WasAlreadyLinked);
        var noMatch = results.Count(r => !r.WasAlreadyLinked && r.Email is not null && r.Outcome == MatchOutcome.None);
        var ambiguous = results.Count(r => !r.WasAlreadyLinked && r.Outcome == MatchOutcome.Ambiguous);
        var noEmail = results.Count(r => !r.WasAlreadyLinked && r.Email is null);
        UsersLog.AutoLinkSummary(logger, linked, already, noMatch, ambiguous, noEmail);
        return results;
    }

    public async Task<UserLink> SetLinkAsync(string hubSpotOwnerId, long axcelerateContactId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(hubSpotOwnerId);
        var owner = await hubSpot.Owners.GetAsync(hubSpotOwnerId, cancellationToken).ConfigureAwait(false)
            ?? throw new ArgumentException($"HubSpot owner '{hubSpotOwnerId}' does not exist.", nameof(hubSpotOwnerId));
        var users = await axcelerate.Users.FindAsync(
            new AxcelerateUserSearch { ContactId = axcelerateContactId, Status = AxcelerateUserStatus.All },
            cancellationToken).ConfigureAwait(false);
        var user = users.FirstOrDefault(u => u.ContactId == axcelerateContactId)
            ?? throw new ArgumentException($"aXcelerate contact {axcelerateContactId} is not a user; link HubSpot owner '{hubSpotOwnerId}' to an aXcelerate user.", nameof(axcelerateContactId));
        if (user.Active == false)
        {
            throw new ArgumentException($"aXcelerate user {user.Username ?? user.ContactName} (contact {axcelerateContactId}) is inactive and cannot act for HubSpot owner '{hubSpotOwnerId}'.", nameof(axcelerateContactId));
        }

        var link = await store.SetUserLinkAsync(hubSpotOwnerId, axcelerateContactId, MatchKeys.Email(owner.Email), UserLinkMethod.Manual, cancellationToken).ConfigureAwait(false);
        UsersLog.LinkedByHand(logger, hubSpotOwnerId, axcelerateContactId);
        return link;
    }

    public async Task<UserLink> ClearLinkAsync(string hubSpotOwnerId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(hubSpotOwnerId);
        var link = await store.SetUserLinkAsync(hubSpotOwnerId, null, null, UserLinkMethod.Manual, cancellationToken).ConfigureAwait(false);
        UsersLog.LinkedByHand(logger, hubSpotOwnerId, null);
        return link;
    }

    public async Task<bool> ResetLinkAsync(string hubSpotOwnerId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(hubSpotOwnerId);
        return await store.RemoveUserLinkAsync(hubSpotOwnerId, cancellationToken).ConfigureAwait(false);
    }

    public async Task<ActingUser> ResolveAsync(string? hubSpotOwnerId, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(hubSpotOwnerId))
        {
            return Acting(null, null);
        }

        var link = await store.GetUserLinkAsync(hubSpotOwnerId.Trim(), cancellationToken).ConfigureAwait(false);
        return Acting(hubSpotOwnerId.Trim(), link);
    }

    private async Task<UserAutoLinkResult> AutoLinkOneAsync(
        HubSpotOwner owner,
        Dictionary<string, UserLink> links,
        ConcurrentDictionary<string, IReadOnlyList<AxcelerateUser>> usersByOwner,
        Dictionary<long, string?> emailByContact,
        CancellationToken cancellationToken)
    {
        var email = MatchKeys.Email(owner.Email);
        if (links.TryGetValue(owner.Id, out var existing))
        {
            IReadOnlyList<long> linked = existing.AxcelerateContactId is { } id ? [id] : [];
            return new(owner.Id, email, MatchResult.From(linked).Outcome, linked) { WasAlreadyLinked = true };
        }

        if (email is null)
        {
            return new(owner.Id, null, MatchOutcome.None, []);
        }

        // aXcelerate's user search matches loosely: the registered contact rule decides on the candidates' own emails.
        var candidates = usersByOwner.GetValueOrDefault(owner.Id, [])
            .Where(u => u.Active != false)
            .Select(u => u.ContactId)
            .Distinct()
            .Select(contactId => new ContactMatchCandidate(contactId.ToString(CultureInfo.InvariantCulture), emailByContact.GetValueOrDefault(contactId)));
        var match = contactRule.Match(new ContactMatchCandidate(owner.Id, owner.Email), candidates);
        var matches = match.Candidates.Select(c => long.Parse(c.Id, CultureInfo.InvariantCulture)).ToList();
        switch (match.Outcome)
        {
            case MatchOutcome.None:
                return new(owner.Id, email, MatchOutcome.None, []);
            case MatchOutcome.Ambiguous:
                UsersLog.AutoLinkAmbiguous(logger, owner.Id, matches.Count);
                return new(owner.Id, email, MatchOutcome.Ambiguous, matches);
        }

        // Atomic: a link set by hand meanwhile (here or on another host) wins.
        if (!await store.AddUserLinkIfAbsentAsync(owner.Id, matches[0], email, UserLinkMethod.Automatic, cancellationToken).ConfigureAwait(false))
        {
            return new(owner.Id, email, MatchOutcome.Unique, matches) { WasAlreadyLinked = true };
        }

        UsersLog.AutoLinked(logger, owner.Id, matches[0]);
        return new(owner.Id, email, MatchOutcome.Unique, matches) { Linked = true };
    }

    private ActingUser Acting(string? ownerId, UserLink? link) =>
        link?.AxcelerateContactId is { } contactId
            ? new ActingUser(ownerId, contactId, ActingUserSource.LinkedUser)
            : new ActingUser(ownerId, options.CurrentValue.Users.WebServiceUserContactId, ActingUserSource.WebServiceUser);

    private async Task<List<HubSpotOwner>> ActiveOwnersAsync(CancellationToken cancellationToken)
    {
        var owners = new List<HubSpotOwner>();
        await foreach (var owner in hubSpot.Owners.ListAsync(archived: false, cancellationToken).ConfigureAwait(false))
        {
            if (!owner.Archived)
            {
                owners.Add(owner);
            }
        }

        return owners;
    }

    private async Task<Dictionary<string, UserLink>> LinksByOwnerAsync(CancellationToken cancellationToken) =>
        (await store.ListUserLinksAsync(cancellationToken).ConfigureAwait(false)).ToDictionary(l => l.HubSpotOwnerId, StringComparer.Ordinal);
}
