using System.Security.Cryptography;
using System.Text;
using Axcelerate.HubSpot.Import;
using Axcelerate.HubSpot.Mapping;

namespace Axcelerate.HubSpot.Push;

/// <summary>
/// The hashes kept in a contact link's <see cref="Storage.SyncStamp"/>s and how the push compares an aXcelerate contact
/// with them. Both directions use <see cref="ImportHash"/>: <c>ToAxcelerate</c> stamps hash the aXcelerate values a
/// HubSpot contact maps to (<see cref="MappingPlan.ToAxcelerate"/> without the current record, as the import and the
/// webhook processor write them); <c>ToHubSpot</c> stamps keep a short hash per HubSpot property of the values an
/// aXcelerate contact mapped to when it was last pushed, so the next push can tell, field by field, which side changed.
/// </summary>
internal static class ContactSyncHashes
{
    private const string PushedPrefix = "push-v2|";

    /// <summary>The <c>ToHubSpot</c> stamp: each property the contact maps to in HubSpot with a hash of its value, sorted.</summary>
    public static string Pushed(MappingResult toHubSpot)
    {
        var text = new StringBuilder(PushedPrefix);
        foreach (var (property, value) in toHubSpot.Values.OrderBy(p => p.Key, StringComparer.OrdinalIgnoreCase))
        {
            text.Append(property.ToUpperInvariant()).Append('=').Append(Field(value)).Append('|');
        }

        return text.ToString();
    }

    /// <summary>
    /// The <c>ToHubSpot</c> stamp after a pull wrote HubSpot's values into a linked contact: per property, the value both
    /// systems now hold where they agree; where they still differ (an aXcelerate edit HubSpot did not overwrite, not pushed
    /// yet) the last stamp's hash stands, so the next HubSpot change and the next push still see which side moved.
    /// </summary>
    public static string Held(MappingPlan plan, string recordId, IReadOnlyDictionary<string, string?> axcelerate, IReadOnlyDictionary<string, string?> hubSpot, string? lastPushed)
    {
        var previous = PushedFields(lastPushed);
        var text = new StringBuilder(PushedPrefix);
        foreach (var (property, value) in plan.ToHubSpot(recordId, axcelerate).Values.OrderBy(p => p.Key, StringComparer.OrdinalIgnoreCase))
        {
            hubSpot.TryGetValue(property, out var held);
            var hash = Field(value);
            if (hash != Field(held) && (previous is null || !previous.TryGetValue(property, out hash)))
            {
                continue;
            }

            text.Append(property.ToUpperInvariant()).Append('=').Append(hash).Append('|');
        }

        return text.ToString();
    }

    /// <summary>The per-property hashes of a <c>ToHubSpot</c> stamp, or null when it is not one the push wrote.</summary>
    public static Dictionary<string, string>? PushedFields(string? stamp)
    {
        if (stamp is null || !stamp.StartsWith(PushedPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var part in stamp[PushedPrefix.Length..].Split('|', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = part.LastIndexOf('=');
            if (equals > 0)
            {
                fields[part[..equals]] = part[(equals + 1)..];
            }
        }

        return fields;
    }

    /// <summary>
    /// Whether a field only aXcelerate writes has a value not pushed yet: HubSpot never sends such a field back, so the
    /// echo test (<see cref="AsIfPulled"/>) cannot see its change.
    /// </summary>
    public static bool AxcelerateOnlyMoved(MappingPlan plan, MappingResult toHubSpot, Storage.SyncStamp? lastPushed)
    {
        var pushed = PushedFields(lastPushed?.ValuesHash);
        foreach (var field in plan.Fields.Where(f => f.Rule == SyncRule.AxcelerateOnly))
        {
            toHubSpot.Values.TryGetValue(field.HubSpotProperty, out var value);
            var last = pushed is not null && pushed.TryGetValue(field.HubSpotProperty, out var hash) ? hash : null;
            if (last is null ? !string.IsNullOrWhiteSpace(value) : Field(value) != last)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A short hash of one value (blank and missing are the same).</summary>
    public static string Field(string? value) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value ?? string.Empty)), 0, 8);

    /// <summary>The <c>ToAxcelerate</c> hash of a HubSpot contact's values: what the integration writes into aXcelerate.</summary>
    public static string Pulled(MappingPlan plan, string recordId, IReadOnlyDictionary<string, string?> hubSpot) =>
        ImportHash.Of(plan.ToAxcelerate(recordId, hubSpot).Values);

    /// <summary>
    /// The <c>ToAxcelerate</c> hash the aXcelerate contact would carry if its values were exactly the ones the integration
    /// last wrote into it from HubSpot: each field HubSpot may write, in aXcelerate's canonical form. Equal to the stamp
    /// means the values are an echo of a HubSpot change, not an aXcelerate change. Null when a value does not convert.
    /// </summary>
    public static string? AsIfPulled(MappingPlan plan, IReadOnlyDictionary<string, string?> axcelerate)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var field in plan.Fields)
        {
            if (field.Rule == SyncRule.AxcelerateOnly)
            {
                continue;
            }

            axcelerate.TryGetValue(field.AxcelerateReadKey, out var value);
            if (value is null && !ReferenceEquals(field.AxcelerateReadKey, field.AxcelerateField))
            {
                axcelerate.TryGetValue(field.AxcelerateField, out value);
            }

            // "Prefer … unless blank" fields are written into aXcelerate only from a non-blank HubSpot value.
            if (string.IsNullOrWhiteSpace(value) && field.Rule is SyncRule.PreferAxcelerateUnlessBlank or SyncRule.PreferHubSpotUnlessBlank)
            {
                continue;
            }

            var inHubSpot = FieldValueConverter.ToHubSpot(field.Type, value, plan.TimeZone);
            if (!inHubSpot.Succeeded)
            {
                return null;
            }

            var back = FieldValueConverter.ToAxcelerate(field.Type, inHubSpot.Value, plan.TimeZone);
            if (!back.Succeeded)
            {
                return null;
            }

            values[field.AxcelerateWriteKey] = back.Value!;
        }

        return ImportHash.Of(values);
    }
}
