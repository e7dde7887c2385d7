using System.Globalization;
using Axcelerate.HubSpot.HubSpotApi.Http;
using Axcelerate.HubSpot.Paging;
using Microsoft.Extensions.Logging;

namespace Axcelerate.HubSpot.HubSpotApi.Clients;

/// <summary>Associations over <see cref="IHubSpotAssociationsApi"/>.</summary>
internal sealed class HubSpotAssociationClient(IHubSpotApi api, HubSpotPaths paths, ILogger logger) : IHubSpotAssociationClient
{
    internal const int MaxPageSize = 500;
    internal const int BatchReadSize = 1_000;
    internal const int BatchCreateSize = 100;
    private const string NoAssociationsFound = "crm.associations.NO_ASSOCIATIONS_FOUND";

    public AsyncPageable<HubSpotAssociation> ListAsync(string fromObjectType, string fromId, string toObjectType, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fromObjectType);
        ArgumentException.ThrowIfNullOrWhiteSpace(fromId);
        ArgumentException.ThrowIfNullOrWhiteSpace(toObjectType);
        return AsyncPageable.Create<HubSpotAssociation>(async (after, pageSizeHint, ct) =>
        {
            var limit = Math.Clamp(pageSizeHint ?? MaxPageSize, 1, MaxPageSize);
            var page = await api.ListAssociationsAsync(paths.RecordAssociations, fromObjectType, fromId, toObjectType, limit, after, ct).ConfigureAwait(false);
            return new Page<HubSpotAssociation>([.. page.Results.Select(HubSpotAssociationMapping.FromDto)], page.Paging?.Next?.After);
        }, cancellationToken);
    }

    public Task CreateDefaultAsync(string fromObjectType, string fromId, string toObjectType, string toId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fromId);
        ArgumentException.ThrowIfNullOrWhiteSpace(toId);
        return api.CreateDefaultAssociationAsync(paths.RecordAssociations, fromObjectType, fromId, toObjectType, toId, cancellationToken);
    }

    public async Task<IReadOnlyList<string>> CreateAsync(string fromObjectType, string fromId, string toObjectType, string toId, IEnumerable<HubSpotAssociationType> types, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fromId);
        ArgumentException.ThrowIfNullOrWhiteSpace(toId);
        ArgumentNullException.ThrowIfNull(types);
        var body = types.Select(HubSpotAssociationMapping.ToTypeDto).ToList();
        if (body.Count == 0)
        {
            throw new ArgumentException("At least one association type is required; use CreateDefaultAsync for the default association.", nameof(types));
        }

        var link = await api.CreateAssociationAsync(paths.RecordAssociations, fromObjectType, fromId, toObjectType, toId, body, cancellationToken).ConfigureAwait(false);
        return link.Labels ?? [];
    }

    public Task DeleteAsync(string fromObjectType, string fromId, string toObjectType, string toId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fromId);
        ArgumentException.ThrowIfNullOrWhiteSpace(toId);
        return api.DeleteAssociationsAsync(paths.RecordAssociations, fromObjectType, fromId, toObjectType, toId, cancellationToken);
    }

    public Task<HubSpotBatchResult<HubSpotAssociationSet>> BatchReadAsync(string fromObjectType, string toObjectType, IEnumerable<string> fromIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fromIds);
        var ids = fromIds.Distinct(StringComparer.Ordinal).ToList();
        return HubSpotBatchRunner.RunAsync(ids, BatchReadSize, "association read", $"{fromObjectType}->{toObjectType}", logger, async (chunk, _, ct) =>
        {
            var found = new Dictionary<string, List<HubSpotAssociation>>(StringComparer.Ordinal);
            var errors = new List<StandardError>();
            var pending = chunk.Select(id => new AssociationBatchReadInput { Id = id }).ToList();
            while (pending.Count > 0)
            {
                var response = await api.BatchReadAssociationsAsync(paths.Associations, fromObjectType, toObjectType, new BatchInputs<AssociationBatchReadInput> { Inputs = pending }, ct).ConfigureAwait(false);
                foreach (var error in response.Errors ?? [])
                {
                    if (NoAssociationsFor(error) is { } without)
                    {
                        // HubSpot reports a record without associations as an error; it is an empty set.
                        foreach (var id in without)
                        {
                            found.TryAdd(id, []);
                        }
                    }
                    else
                    {
                        errors.Add(error);
                    }
                }

                pending = [];
                foreach (var result in response.Results)
                {
                    if (!found.TryGetValue(result.From.Id, out var list))
                    {
                        found[result.From.Id] = list = [];
                    }

                    list.AddRange(result.To.Select(HubSpotAssociationMapping.FromDto));
                    if (result.Paging?.Next?.After is { } after)
                    {
                        pending.Add(new AssociationBatchReadInput { Id = result.From.Id, After = after });
                    }
                }
            }

            var sets = found.Select(p => new HubSpotAssociationSet(p.Key, p.Value)).ToList();
            return new HubSpotBatchRunner.ChunkOutcome<HubSpotAssociationSet>(sets, errors);
        }, (id, _) => new HubSpotBatchRunner.InputKeys(id, null), cancellationToken);
    }

    public Task<HubSpotBatchResult<HubSpotAssociationInput>> BatchCreateAsync(string fromObjectType, string toObjectType, IEnumerable<HubSpotAssociationInput> inputs, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var list = inputs.ToList();
        return HubSpotBatchRunner.RunAsync(list, BatchCreateSize, "association create", $"{fromObjectType}->{toObjectType}", logger, async (chunk, _, ct) =>
        {
            var created = new List<HubSpotAssociationInput>();
            var errors = new List<StandardError>();
            var labelled = chunk.Where(i => i.Types.Count > 0).ToList();
            var unlabelled = chunk.Where(i => i.Types.Count == 0).ToList();
            if (labelled.Count > 0)
            {
                var body = new BatchInputs<AssociationBatchCreateInput> { Inputs = [.. labelled.Select(ToCreateInput)] };
                var response = await api.BatchCreateAssociationsAsync(paths.Associations, fromObjectType, toObjectType, body, ct).ConfigureAwait(false);
                created.AddRange(Match(response.Results, labelled));
                errors.AddRange(response.Errors ?? []);
            }

            if (unlabelled.Count > 0)
            {
                var body = new BatchInputs<AssociationBatchCreateInput> { Inputs = [.. unlabelled.Select(ToCreateInput)] };
                var response = await api.BatchCreateDefaultAssociationsAsync(paths.Associations, fromObjectType, toObjectType, body, ct).ConfigureAwait(false);
                created.AddRange(MatchDefault(response.Results, unlabelled));
                errors.AddRange(response.Errors ?? []);
            }

            return new HubSpotBatchRunner.ChunkOutcome<HubSpotAssociationInput>(created, errors);
        }, (input, _) => new HubSpotBatchRunner.InputKeys(input.FromId, null), cancellationToken);
    }

    private static IReadOnlyList<string>? NoAssociationsFor(StandardError error) =>
        string.Equals(error.SubCategory, NoAssociationsFound, StringComparison.OrdinalIgnoreCase)
        && HubSpotErrorMapper.ToContext(error.Context).TryGetValue("fromObjectId", out var ids) && ids.Count > 0
            ? ids
            : null;

    private static AssociationBatchCreateInput ToCreateInput(HubSpotAssociationInput input) => new()
    {
        From = new IdInput { Id = input.FromId },
        To = new IdInput { Id = input.ToId },
        Types = input.Types.Count == 0 ? null : [.. input.Types.Select(HubSpotAssociationMapping.ToTypeDto)],
    };

    // HubSpot answers with one link per created association (labelled creates may return one per direction).
    private static IEnumerable<HubSpotAssociationInput> Match(IEnumerable<AssociationLinkDto> links, List<HubSpotAssociationInput> sent) =>
        links.Select(l => sent.FirstOrDefault(s => s.FromId == Id(l.FromObjectId) && s.ToId == Id(l.ToObjectId)))
            .OfType<HubSpotAssociationInput>()
            .Distinct();

    // Default associations come back as {from:{id}, to:{id}, associationSpec}, possibly once per direction, in any order.
    private static IEnumerable<HubSpotAssociationInput> MatchDefault(IEnumerable<HubSpotDefaultAssociationDto> results, List<HubSpotAssociationInput> sent) =>
        results.Select(r => sent.FirstOrDefault(s => (s.FromId == r.From.Id && s.ToId == r.To.Id) || (s.FromId == r.To.Id && s.ToId == r.From.Id)))
            .OfType<HubSpotAssociationInput>()
            .Distinct();

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}
