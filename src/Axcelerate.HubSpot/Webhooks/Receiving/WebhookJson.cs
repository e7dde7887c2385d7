using System.Text.Json;

namespace Axcelerate.HubSpot.Webhooks;

/// <summary>Opens a webhook body as JSON for both receivers, or says why it cannot be (never with body text in the reason).</summary>
internal static class WebhookJson
{
    /// <summary>Parses the body after checking all of it is UTF-8 (the reader checks only the values it reads).</summary>
    /// <returns>The document (dispose it), or null and the problem.</returns>
    public static (JsonDocument? Document, string? Problem) Parse(ReadOnlyMemory<byte> body, int maxDepth)
    {
        if (!System.Text.Unicode.Utf8.IsValid(body.Span))
        {
            return (null, "the body is not valid UTF-8");
        }

        try
        {
            return (JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = maxDepth }), null);
        }
        catch (JsonException e)
        {
            return (null, $"the body is not valid JSON (line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1})");
        }
    }
}
