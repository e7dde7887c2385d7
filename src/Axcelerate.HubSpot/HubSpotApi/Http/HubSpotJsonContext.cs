using System.Text.Json;
using System.Text.Json.Serialization;

namespace Axcelerate.HubSpot.HubSpotApi.Http;

/// <summary>Source-generated JSON metadata for every HubSpot request and response body.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(HubSpotObject))]
[JsonSerializable(typeof(CollectionPage<HubSpotObject>))]
[JsonSerializable(typeof(CollectionPage<HubSpotOwner>))]
[JsonSerializable(typeof(CollectionPage<AssociationResultDto>))]
[JsonSerializable(typeof(ResultsList<HubSpotPipeline>))]
[JsonSerializable(typeof(ResultsList<HubSpotProperty>))]
[JsonSerializable(typeof(HubSpotOwner))]
[JsonSerializable(typeof(HubSpotAccountDetails))]
[JsonSerializable(typeof(HubSpotProperty))]
[JsonSerializable(typeof(HubSpotPropertyCreate))]
[JsonSerializable(typeof(HubSpotSearchRequest))]
[JsonSerializable(typeof(SearchResponse))]
[JsonSerializable(typeof(BatchResponse<HubSpotObject>))]
[JsonSerializable(typeof(BatchResponse<AssociationBatchReadResult>))]
[JsonSerializable(typeof(BatchResponse<AssociationLinkDto>))]
[JsonSerializable(typeof(BatchResponse<HubSpotDefaultAssociationDto>))]
[JsonSerializable(typeof(BatchInputs<ObjectWriteBody>))]
[JsonSerializable(typeof(BatchInputs<IdInput>))]
[JsonSerializable(typeof(BatchInputs<AssociationBatchReadInput>))]
[JsonSerializable(typeof(BatchInputs<AssociationBatchCreateInput>))]
[JsonSerializable(typeof(BatchReadBody))]
[JsonSerializable(typeof(ObjectWriteBody))]
[JsonSerializable(typeof(List<AssociationTypeDto>))]
[JsonSerializable(typeof(AssociationLinkDto))]
[JsonSerializable(typeof(ErrorBody))]
[JsonSerializable(typeof(TokenResponse))]
internal sealed partial class HubSpotJsonContext : JsonSerializerContext;
