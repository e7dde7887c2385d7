using System.Text.Json.Serialization;

namespace Axcelerate.HubSpot.Testing.Journal;

/// <summary>The wire shape of a journal entry at <c>GET /__sandbox/requests</c>.</summary>
internal sealed record JournalEntryDto(
    [property: JsonPropertyName("method")] string Method,
    [property: JsonPropertyName("path")] string Path,
    [property: JsonPropertyName("query")] string Query,
    [property: JsonPropertyName("contentType")] string? ContentType,
    [property: JsonPropertyName("body")] string Body)
{
    public static JournalEntryDto From(JournalEntry entry) => new(entry.Method, entry.Path, entry.Query, entry.ContentType, entry.Body);
}

[JsonSerializable(typeof(IEnumerable<JournalEntryDto>))]
internal sealed partial class JournalJsonContext : JsonSerializerContext;
