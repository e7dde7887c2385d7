using System.Text.Json;
using System.Text.Json.Serialization;

namespace Axcelerate.HubSpot.HubSpotApi.Http;

// HubSpot's request and response envelopes. Internal: the façade turns them into the public models.

internal sealed class CollectionPage<T>
{
    public List<T> Results { get; set; } = [];

    public Paging? Paging { get; set; }
}

internal sealed class ResultsList<T>
{
    public List<T> Results { get; set; } = [];
}

internal sealed class Paging
{
    public NextPage? Next { get; set; }
}

internal sealed class NextPage
{
    public string? After { get; set; }
}

internal sealed class SearchResponse
{
    public long? Total { get; set; }

    public List<HubSpotObject> Results { get; set; } = [];

    public Paging? Paging { get; set; }
}

internal sealed class BatchResponse<T>
{
    public string? Status { get; set; }

    public List<T> Results { get; set; } = [];

    public List<StandardError>? Errors { get; set; }

    public int? NumErrors { get; set; }
}

internal sealed class StandardError
{
    public string? Status { get; set; }

    public string? Category { get; set; }

    public string? SubCategory { get; set; }

    public string? Message { get; set; }

    // HubSpot documents string lists, but its own examples show plain strings too; read either.
    public Dictionary<string, JsonElement>? Context { get; set; }

    public List<ErrorDetailDto>? Errors { get; set; }
}

internal sealed class ErrorDetailDto
{
    public string? Message { get; set; }

    public string? Code { get; set; }

    public string? In { get; set; }

    public string? SubCategory { get; set; }

    public Dictionary<string, JsonElement>? Context { get; set; }
}

internal sealed class ErrorBody
{
    public string? Status { get; set; }

    public string? Message { get; set; }

    public string? CorrelationId { get; set; }

    public string? Category { get; set; }

    public string? SubCategory { get; set; }

    public string? PolicyName { get; set; }

    public string? ErrorType { get; set; }

    public Dictionary<string, JsonElement>? Context { get; set; }

    public List<ErrorDetailDto>? Errors { get; set; }

    // OAuth (RFC 6749) error fields.
    public string? Error { get; set; }

    [JsonPropertyName("error_description")]
    public string? ErrorDescription { get; set; }
}

internal sealed class BatchInputs<T>
{
    public List<T> Inputs { get; set; } = [];
}

internal sealed class IdInput
{
    public string Id { get; set; } = "";
}

internal sealed class BatchReadBody
{
    public List<IdInput> Inputs { get; set; } = [];

    public List<string>? Properties { get; set; }

    public string? IdProperty { get; set; }
}

internal sealed class ObjectWriteBody
{
    public string? Id { get; set; }

    public string? IdProperty { get; set; }

    public IDictionary<string, string?> Properties { get; set; } = new Dictionary<string, string?>();

    public List<AssociationSpecDto>? Associations { get; set; }

    public string? ObjectWriteTraceId { get; set; }
}

internal sealed class AssociationSpecDto
{
    public IdInput To { get; set; } = new();

    public List<AssociationTypeDto> Types { get; set; } = [];
}

internal sealed class AssociationTypeDto
{
    public HubSpotAssociationCategory AssociationCategory { get; set; }

    public int AssociationTypeId { get; set; }
}

internal sealed class AssociationTypeReadDto
{
    public HubSpotAssociationCategory Category { get; set; }

    public int TypeId { get; set; }

    public string? Label { get; set; }
}

internal sealed class AssociationResultDto
{
    public long ToObjectId { get; set; }

    public List<AssociationTypeReadDto> AssociationTypes { get; set; } = [];
}

internal sealed class AssociationBatchReadInput
{
    public string Id { get; set; } = "";

    public string? After { get; set; }
}

internal sealed class AssociationBatchReadResult
{
    public IdInput From { get; set; } = new();

    public List<AssociationResultDto> To { get; set; } = [];

    public Paging? Paging { get; set; }
}

internal sealed class AssociationBatchCreateInput
{
    public IdInput From { get; set; } = new();

    public IdInput To { get; set; } = new();

    public List<AssociationTypeDto>? Types { get; set; }
}

internal sealed class AssociationLinkDto
{
    public long FromObjectId { get; set; }

    public long ToObjectId { get; set; }

    public List<string>? Labels { get; set; }
}

internal sealed class TokenResponse
{
    [JsonPropertyName("access_token")]
    public string? AccessToken { get; set; }

    [JsonPropertyName("refresh_token")]
    public string? RefreshToken { get; set; }

    [JsonPropertyName("expires_in")]
    public int ExpiresIn { get; set; }

    [JsonPropertyName("token_type")]
    public string? TokenType { get; set; }

    [JsonPropertyName("hub_id")]
    public long? HubId { get; set; }

    public List<string>? Scopes { get; set; }
}
