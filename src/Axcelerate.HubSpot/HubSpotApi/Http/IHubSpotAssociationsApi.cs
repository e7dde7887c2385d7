using Refit;

namespace Axcelerate.HubSpot.HubSpotApi.Http;

/// <summary>
/// Association endpoints (v4 semantics). Per-record paths use <see cref="HubSpotPaths.RecordAssociations"/>, batch
/// paths <see cref="HubSpotPaths.Associations"/>.
/// </summary>
internal interface IHubSpotAssociationsApi
{
    [Get("/{**root}/{fromType}/{fromId}/associations/{toType}")]
    Task<CollectionPage<AssociationResultDto>> ListAssociationsAsync(string root, string fromType, string fromId, string toType, int limit, string? after, CancellationToken cancellationToken);

    [Put("/{**root}/{fromType}/{fromId}/associations/default/{toType}/{toId}")]
    Task CreateDefaultAssociationAsync(string root, string fromType, string fromId, string toType, string toId, CancellationToken cancellationToken);

    [Put("/{**root}/{fromType}/{fromId}/associations/{toType}/{toId}")]
    Task<AssociationLinkDto> CreateAssociationAsync(string root, string fromType, string fromId, string toType, string toId, [Body] List<AssociationTypeDto> types, CancellationToken cancellationToken);

    [Delete("/{**root}/{fromType}/{fromId}/associations/{toType}/{toId}")]
    Task DeleteAssociationsAsync(string root, string fromType, string fromId, string toType, string toId, CancellationToken cancellationToken);

    [Post("/{**root}/{fromType}/{toType}/batch/read")]
    Task<BatchResponse<AssociationBatchReadResult>> BatchReadAssociationsAsync(string root, string fromType, string toType, [Body] BatchInputs<AssociationBatchReadInput> body, CancellationToken cancellationToken);

    [Post("/{**root}/{fromType}/{toType}/batch/create")]
    Task<BatchResponse<AssociationLinkDto>> BatchCreateAssociationsAsync(string root, string fromType, string toType, [Body] BatchInputs<AssociationBatchCreateInput> body, CancellationToken cancellationToken);

    [Post("/{**root}/{fromType}/{toType}/batch/associate/default")]
    Task<BatchResponse<HubSpotDefaultAssociationDto>> BatchCreateDefaultAssociationsAsync(string root, string fromType, string toType, [Body] BatchInputs<AssociationBatchCreateInput> body, CancellationToken cancellationToken);
}
