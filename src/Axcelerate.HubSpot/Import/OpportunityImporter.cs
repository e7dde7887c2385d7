using System.Globalization;
using Axcelerate.HubSpot.AxcelerateApi;
using Axcelerate.HubSpot.Deals;
using Axcelerate.HubSpot.HubSpotApi;
using Axcelerate.HubSpot.Mapping;
using Axcelerate.HubSpot.Matching;
using Axcelerate.HubSpot.Records;
using Axcelerate.HubSpot.Storage;
using Axcelerate.HubSpot.Users;

namespace Axcelerate.HubSpot.Import;

/// <summary>
/// HubSpot deals of the first pipeline to aXcelerate marketing opportunities, matched by task name (exact). Before
/// mapping, the deal stage becomes the mapped opportunity status and the owner becomes the linked aXcelerate user (or
/// the Web Service user); a new opportunity belongs to the deal's primary contact (an association labelled "Primary…") or else its first
/// linked contact, which must be linked already.
/// </summary>
internal sealed class OpportunityImporter(
    IHubSpotClient hubSpot,
    IAxcelerateClient axcelerate,
    IDealStageMappingService stages,
    IUserLinkService users,
    IMatchRule<TaskMatchCandidate> rule,
    IRecordLinkStore links)
    : EntityImporter(links)
{
    private const string NameProperty = DealOpportunityFields.NameProperty;
    private const string StageProperty = DealOpportunityFields.StageProperty;
    private const string OwnerProperty = DealOpportunityFields.OwnerProperty;
    private const string PipelineProperty = DealOpportunityFields.PipelineProperty;
    private readonly IRecordLinkStore _links = links;

    public override MappedEntity Entity => MappedEntity.Opportunity;

    protected override string Noun => "opportunity";

    public override IReadOnlyList<string> KeyProperties { get; } = [NameProperty, StageProperty, OwnerProperty, PipelineProperty];

    // The pipeline read and the deal → contact association batch.
    public override int HubSpotCallsPerPage => 2;

    public override IHubSpotObjectClient Source(IHubSpotClient client) => client.Deals;

    protected override (string? Key, string? Missing) KeyOf(HubSpotObject record) =>
        MatchKeys.TaskName(record.GetProperty(NameProperty)) is { } name
            ? (name, null)
            : (null, "The HubSpot deal has no name, so it cannot be matched; it was not imported.");

    protected override async Task<IReadOnlyDictionary<string, PreparedRecord>> PrepareAsync(IReadOnlyList<HubSpotObject> records, CancellationToken cancellationToken)
    {
        // One pipeline read, one association batch and one link read per page; stage and owner maps are the store's.
        var pipelines = await hubSpot.Pipelines.GetDealPipelinesAsync(cancellationToken).ConfigureAwait(false);
        var first = pipelines.FirstByDisplayOrder();
        var marketingContacts = await MarketingContactsAsync(records.Select(r => r.Id).ToList(), cancellationToken).ConfigureAwait(false);

        var prepared = new Dictionary<string, PreparedRecord>(StringComparer.Ordinal);
        foreach (var record in records)
        {
            prepared[record.Id] = await PrepareAsync(record, first, marketingContacts, cancellationToken).ConfigureAwait(false);
        }

        return prepared;
    }

    private async Task<PreparedRecord> PrepareAsync(
        HubSpotObject record,
        HubSpotPipeline? firstPipeline,
        IReadOnlyDictionary<string, long> marketingContacts,
        CancellationToken cancellationToken)
    {
        if (DealOpportunityFields.PipelineProblem(record, firstPipeline) is { } pipelineProblem)
        {
            return new PreparedRecord(null, ImportOutcome.Skipped, pipelineProblem);
        }

        var (view, problem) = await DealOpportunityFields.ToOpportunityViewAsync(record, stages, users, cancellationToken).ConfigureAwait(false);
        if (view is null)
        {
            // Skipped, not failed: nothing is wrong with the deal, and it imports once an administrator maps the stage.
            return new PreparedRecord(null, ImportOutcome.Skipped, problem);
        }

        long? marketingContactId = marketingContacts.TryGetValue(record.Id, out var contactId) ? contactId : null;
        return new PreparedRecord(view, State: marketingContactId);
    }

    /// <summary>
    /// The aXcelerate contact each deal's opportunity belongs to: its primary contact (an association labelled
    /// "Primary…") or else its first contact, the first of them that is linked. One association batch and one link read.
    /// </summary>
    /// <returns>The aXcelerate contact id per deal id; deals without a linked contact are absent.</returns>
    public async Task<IReadOnlyDictionary<string, long>> MarketingContactsAsync(IReadOnlyList<string> dealIds, CancellationToken cancellationToken)
    {
        var associations = await hubSpot.Associations.BatchReadAsync("deals", "contacts", dealIds, cancellationToken).ConfigureAwait(false);
        var contactOf = associations.Results
            .Where(a => a.To.Count > 0)
            .ToDictionary(
                a => a.FromId,
                a => DealOpportunityFields.ContactsInOrder(a.To),
                StringComparer.Ordinal);
        var contactLinks = contactOf.Count == 0
            ? new Dictionary<string, RecordLink>()
            : await _links.FindByHubSpotIdsAsync(MappedEntity.Contact, contactOf.Values.SelectMany(c => c).Distinct().ToList(), cancellationToken).ConfigureAwait(false);

        var marketing = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var (dealId, contacts) in contactOf)
        {
            if (contacts.Select(c => contactLinks.TryGetValue(c, out var link) ? link.AxcelerateId : (long?)null).FirstOrDefault(id => id is not null) is { } id)
            {
                marketing[dealId] = id;
            }
        }

        return marketing;
    }

    protected override async Task<IReadOnlyDictionary<long, AxcelerateView>> ReadCurrentAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken)
    {
        var views = new Dictionary<long, AxcelerateView>();
        foreach (var id in ids)
        {
            if (await axcelerate.Tasks.GetAsync(id, cancellationToken).ConfigureAwait(false) is { } task)
            {
                views[id] = View(task);
            }
        }

        return views;
    }

    protected override async Task<IReadOnlyList<AxcelerateView>> FindAsync(HubSpotObject record, string key, IReadOnlyDictionary<string, string?> view, CancellationToken cancellationToken)
    {
        var found = await axcelerate.Tasks.FindOpportunitiesByNameAsync(key, cancellationToken: cancellationToken).ConfigureAwait(false);
        var candidates = found.Candidates.ToDictionary(t => t.TaskId.ToString(CultureInfo.InvariantCulture), StringComparer.Ordinal);
        var matched = rule.Match(
            new TaskMatchCandidate(record.Id, key, view),
            candidates.Values.Select(t => new TaskMatchCandidate(t.TaskId.ToString(CultureInfo.InvariantCulture), t.Name, RecordFields.From(t))));
        return matched.Candidates.Select(c => View(candidates[c.Id])).ToList();
    }

    protected override string? CannotCreate(object? state) => state is long
        ? null
        : "A marketing opportunity belongs to a contact, and none of the deal's contacts is linked to aXcelerate: associate the deal with a contact and import that contact first.";

    protected override async Task<long> CreateAsync(MappingResult values, object? state, CancellationToken cancellationToken)
    {
        var write = RecordWrites.ToTaskWrite(values);
        write.MarketingContactId = (long)state!;
        return await axcelerate.Tasks.CreateAsync(write, cancellationToken).ConfigureAwait(false);
    }

    protected override async Task<string?> UpdateAsync(AxcelerateView current, MappingResult changes, CancellationToken cancellationToken)
    {
        await axcelerate.Tasks.UpdateAsync(current.Id, RecordWrites.ToTaskWrite(changes), cancellationToken).ConfigureAwait(false);
        return null;
    }

    private static AxcelerateView View(AxcelerateTask task) => new(task.TaskId, RecordFields.From(task), task);
}
