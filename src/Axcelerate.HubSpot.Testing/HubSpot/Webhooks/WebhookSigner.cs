using System.Security.Cryptography;
using System.Text;

namespace Axcelerate.HubSpot.Testing.HubSpot.Webhooks;

/// <summary>HubSpot's webhook signatures.</summary>
internal static class WebhookSigner
{
    /// <summary>v3: base64(HMAC-SHA256(key = client secret, UTF-8 of method + uri + body + timestamp)).</summary>
    public static string V3(string clientSecret, string method, string uri, string body, string timestamp) =>
        Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(clientSecret), Encoding.UTF8.GetBytes(method + uri + body + timestamp)));

    /// <summary>v1: hex(SHA-256(client secret + body)).</summary>
    public static string V1(string clientSecret, string body) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(clientSecret + body)));
}
