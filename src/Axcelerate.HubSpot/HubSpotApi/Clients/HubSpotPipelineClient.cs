using Axcelerate.HubSpot.HubSpotApi.Http;

namespace Axcelerate.HubSpot.HubSpotApi.Clients;

/// <summary>Pipelines over <see cref="IHubSpotPipelinesApi"/>.</summary>
internal sealed class HubSpotPipelineClient(IHubSpotApi api, HubSpotPaths paths) : IHubSpotPipelineClient
{
    public async Task<IReadOnlyList<HubSpotPipeline>> GetPipelinesAsync(string objectType, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(objectType);
        var response = await api.ListPipelinesAsync(paths.Pipelines, objectType, cancellationToken).ConfigureAwait(false);
        return response.Results;
    }

    public Task<IReadOnlyList<HubSpotPipeline>> GetDealPipelinesAsync(CancellationToken cancellationToken = default) => GetPipelinesAsync("deals", cancellationToken);
}
