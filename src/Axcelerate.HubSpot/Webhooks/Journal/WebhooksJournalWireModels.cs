using System.Text.Json;
using System.Text.Json.Serialization;

namespace Axcelerate.HubSpot.Webhooks;

/// <summary><c>JournalFetchResponse</c>: <c>url</c>, <c>expiresAt</c>, <c>currentOffset</c>.</summary>
internal sealed class JournalFetchDto
{
    public string? Url { get; set; }

    public DateTimeOffset? ExpiresAt { get; set; }

    public string? CurrentOffset { get; set; }
}

/// <summary>The batch answer: <c>status</c>, <c>results</c> and, for partial failures, <c>errors</c>.</summary>
internal sealed class JournalBatchDto
{
    public string? Status { get; set; }

    public List<JournalFetchDto>? Results { get; set; }

    public int? NumErrors { get; set; }
}

/// <summary>The body of <c>batch/read</c>: the offsets to read.</summary>
internal sealed class JournalBatchReadDto
{
    public List<string> Inputs { get; set; } = [];
}

/// <summary>The file an entry's <c>url</c> points at.</summary>
internal sealed class JournalFileDto
{
    public string? Offset { get; set; }

    public DateTimeOffset? PublishedAt { get; set; }

    public List<JsonElement>? JournalEvents { get; set; }
}

/// <summary>A v4 subscription as HubSpot returns it.</summary>
internal sealed class JournalSubscriptionDto
{
    public long Id { get; set; }

    public string? SubscriptionType { get; set; }

    public string? ObjectTypeId { get; set; }

    public List<string>? Actions { get; set; }

    public long? PortalId { get; set; }

    public List<string>? Properties { get; set; }

    public List<string>? AssociatedObjectTypeIds { get; set; }
}

/// <summary>The list of v4 subscriptions.</summary>
internal sealed class JournalSubscriptionsDto
{
    public List<JournalSubscriptionDto>? Results { get; set; }
}

/// <summary>The body that creates a v4 subscription.</summary>
internal sealed class JournalSubscriptionCreateDto
{
    public string SubscriptionType { get; set; } = "OBJECT";

    public long PortalId { get; set; }

    public string ObjectTypeId { get; set; } = string.Empty;

    public List<string> Actions { get; set; } = [];

    public List<long> ObjectIds { get; set; } = [];

    public List<string> Properties { get; set; } = [];

    public List<string>? AssociatedObjectTypeIds { get; set; }
}

/// <summary>The client-credentials token answer.</summary>
internal sealed class ClientCredentialsTokenDto
{
    [JsonPropertyName("access_token")]
    public string? AccessToken { get; set; }

    [JsonPropertyName("expires_in")]
    public int ExpiresIn { get; set; }

    [JsonPropertyName("token_type")]
    public string? TokenType { get; set; }
}

/// <summary>Source-generated JSON metadata for the journal's request and response bodies.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(JournalFetchDto))]
[JsonSerializable(typeof(JournalBatchDto))]
[JsonSerializable(typeof(JournalBatchReadDto))]
[JsonSerializable(typeof(JournalFileDto))]
[JsonSerializable(typeof(JournalSubscriptionDto))]
[JsonSerializable(typeof(JournalSubscriptionsDto))]
[JsonSerializable(typeof(JournalSubscriptionCreateDto))]
[JsonSerializable(typeof(ClientCredentialsTokenDto))]
[JsonSerializable(typeof(JsonElement))]
internal sealed partial class WebhooksJournalJsonContext : JsonSerializerContext;
