using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace Axcelerate.HubSpot.Engagements;

/// <summary>
/// An engagement's place in a view (newest first; then the larger id; then the type), and the continuation token that
/// resumes a view after it.
/// </summary>
internal readonly record struct EngagementKey(long? Milliseconds, string Id, EngagementType Type) : IComparable<EngagementKey>
{
    private const string Prefix = "e1|";

    public static EngagementKey Of(Engagement engagement) =>
        new(engagement.Timestamp?.ToUnixTimeMilliseconds(), engagement.Id, engagement.Type);

    /// <summary>Negative when this key comes before <paramref name="other"/> in a view.</summary>
    public int CompareTo(EngagementKey other)
    {
        if (Milliseconds != other.Milliseconds)
        {
            return (Milliseconds, other.Milliseconds) switch
            {
                (null, _) => 1,
                (_, null) => -1,
                _ => other.Milliseconds!.Value.CompareTo(Milliseconds!.Value),
            };
        }

        var byId = long.TryParse(Id, NumberStyles.None, CultureInfo.InvariantCulture, out var mine)
            && long.TryParse(other.Id, NumberStyles.None, CultureInfo.InvariantCulture, out var theirs)
                ? theirs.CompareTo(mine)
                : string.CompareOrdinal(other.Id, Id);
        return byId != 0 ? byId : Type.CompareTo(other.Type);
    }

    /// <summary>The opaque continuation token for "after this key".</summary>
    public string ToToken()
    {
        var text = string.Join('|', Prefix.TrimEnd('|'), Milliseconds?.ToString(CultureInfo.InvariantCulture) ?? "-", ((int)Type).ToString(CultureInfo.InvariantCulture), Id);
        return Base64Url.EncodeToString(Encoding.UTF8.GetBytes(text));
    }

    /// <summary>Reads a token made by <see cref="ToToken"/>.</summary>
    /// <exception cref="ArgumentException">The token was not made by this service.</exception>
    public static EngagementKey FromToken(string continuationToken)
    {
        string text;
        try
        {
            text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(continuationToken));
        }
        catch (FormatException)
        {
            throw Invalid(continuationToken);
        }

        var parts = text.Split('|', 4);
        if (parts.Length != 4 || parts[0] + "|" != Prefix || parts[3].Length == 0
            || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var type) || !Enum.IsDefined((EngagementType)type))
        {
            throw Invalid(continuationToken);
        }

        long? milliseconds = null;
        if (parts[1] != "-")
        {
            if (!long.TryParse(parts[1], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
            {
                throw Invalid(continuationToken);
            }

            milliseconds = value;
        }

        return new EngagementKey(milliseconds, parts[3], (EngagementType)type);
    }

    private static ArgumentException Invalid(string continuationToken) =>
        new($"The continuation token \"{continuationToken}\" is not one the engagements view handed out.", nameof(continuationToken));
}
