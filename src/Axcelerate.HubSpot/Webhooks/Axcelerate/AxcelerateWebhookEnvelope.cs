using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Axcelerate.HubSpot.Storage;

namespace Axcelerate.HubSpot.Webhooks;

/// <summary>
/// Reads an aXcelerate webhook envelope (<c>{type, message, clientId, messageId, timestamp}</c>) into one incoming-log
/// event: subscription type <c>axcelerate.</c> + <c>type</c>, event id a stable hash of <c>messageId</c> (so a
/// redelivery is a duplicate), object id <c>message.contactId</c> (or, for events without one, the <c>messageId</c>), the whole body as payload.
/// </summary>
internal static class AxcelerateWebhookEnvelope
{
    /// <summary>The prefix of every aXcelerate subscription type in the incoming log.</summary>
    public const string Prefix = "axcelerate.";

    /// <summary>The prefix of aXcelerate contact events (<c>contact.contact_created</c>, <c>_updated</c>, <c>_deleted</c>, <c>_merged</c>).</summary>
    public const string ContactPrefix = Prefix + "contact.";

    private const int MaxDepth = 32;
    private const int MaxTypeLength = 100 - 11;

    /// <summary>Parses the body; returns the event, or why the body is not an aXcelerate webhook envelope (no body text in it).</summary>
    public static (NewIncomingEvent? Event, string? Problem) Parse(ReadOnlyMemory<byte> body)
    {
        var (document, unreadable) = WebhookJson.Parse(body, MaxDepth);
        if (document is null)
        {
            return (null, unreadable);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, "the body is not a JSON object (an aXcelerate webhook envelope)");
            }

            if (Text(root, "type") is not { Length: > 0 and <= MaxTypeLength } type || !type.Contains('.', StringComparison.Ordinal))
            {
                return (null, "the envelope has no type (namespace.event_name, e.g. contact.contact_updated)");
            }

            if (Text(root, "messageId") is not { Length: > 0 and <= 200 } messageId)
            {
                return (null, "the envelope has no messageId");
            }

            if (Text(root, "timestamp") is not { } stamp
                || !DateTimeOffset.TryParse(stamp, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var timestamp))
            {
                return (null, "the envelope has no timestamp (ISO 8601, e.g. 2024-02-25T23:30:38.056Z)");
            }

            if (!root.TryGetProperty("message", out var message) || message.ValueKind != JsonValueKind.Object)
            {
                return (null, "the envelope has no message object");
            }

            var subscriptionType = Prefix + type;
            var contactId = Long(message, "contactId");
            if (subscriptionType.StartsWith(ContactPrefix, StringComparison.Ordinal) && contactId is not > 0)
            {
                return (null, $"the {type} message has no contactId");
            }

            // Other namespaces name their records in their own shapes; the messageId stands in (the log needs an object id).
            var objectId = contactId?.ToString(CultureInfo.InvariantCulture) ?? messageId;
            return (new NewIncomingEvent(EventIdOf(messageId), subscriptionType, objectId, timestamp, Encoding.UTF8.GetString(body.Span)), null);
        }
    }

    /// <summary>A stable, positive 63-bit id from the <c>messageId</c>: the first 8 bytes of its SHA-256.</summary>
    public static long EventIdOf(string messageId)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(messageId), hash);
        return BinaryPrimitives.ReadInt64BigEndian(hash) & long.MaxValue;
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static long? Long(JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.Number when value.TryGetInt64(out var number) => number,
            JsonValueKind.String when long.TryParse(value.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var number) => number,
            _ => null,
        };
    }
}
