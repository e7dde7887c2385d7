using System.Security.Cryptography;
using System.Text;

namespace Axcelerate.HubSpot.AspNetCore.Tests;

/// <summary>
/// HubSpot's three signatures, written here from HubSpot's "Validating requests" guide, independently of the SDK's
/// validator, so the tests check the receiver against the documented construction.
/// </summary>
internal static class HubSpotSignatures
{
    /// <summary>v1: hex SHA-256 of client secret + body.</summary>
    public static string V1(string secret, string body) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret + body)));

    /// <summary>v2: hex SHA-256 of client secret + method + URI + body.</summary>
    public static string V2(string secret, string method, string uri, string body) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret + method + uri + body)));

    /// <summary>v3: base64 HMAC-SHA256 keyed with the secret over method + URI (decoded as HubSpot does) + body + timestamp.</summary>
    public static string V3(string secret, string method, string uri, string body, string timestamp) =>
        V3Raw(secret, method + HubSpotDecode(uri) + body + timestamp);

    /// <summary>v3 over a source string exactly as given (to show what happens without the decoding).</summary>
    public static string V3Raw(string secret, string source) =>
        Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(source)));

    /// <summary>The guide's list: these escapes are decoded before hashing, all others are left as they are.</summary>
    public static string HubSpotDecode(string uri) => uri
        .Replace("%3A", ":", StringComparison.OrdinalIgnoreCase)
        .Replace("%2F", "/", StringComparison.OrdinalIgnoreCase)
        .Replace("%3F", "?", StringComparison.OrdinalIgnoreCase)
        .Replace("%40", "@", StringComparison.OrdinalIgnoreCase)
        .Replace("%21", "!", StringComparison.OrdinalIgnoreCase)
        .Replace("%24", "$", StringComparison.OrdinalIgnoreCase)
        .Replace("%27", "'", StringComparison.OrdinalIgnoreCase)
        .Replace("%28", "(", StringComparison.OrdinalIgnoreCase)
        .Replace("%29", ")", StringComparison.OrdinalIgnoreCase)
        .Replace("%2A", "*", StringComparison.OrdinalIgnoreCase)
        .Replace("%2C", ",", StringComparison.OrdinalIgnoreCase)
        .Replace("%3B", ";", StringComparison.OrdinalIgnoreCase);
}
