using System.Globalization;

namespace Axcelerate.HubSpot.Testing.Axcelerate;

/// <summary>
/// <c>/contacts/search</c> matching as the docs describe it: a field matches when its value equals or starts with the
/// parameter (case-insensitive); <c>q</c>/<c>search</c> look across names, email and mobile; ids match exactly.
/// <c>lastUpdated</c>/<c>contactEntryDate</c> (<c>yyyy-MM-dd</c>) therefore match that day only.
/// </summary>
internal static class AxcelerateContactSearch
{
    private static readonly HashSet<string> Paging = new(StringComparer.OrdinalIgnoreCase) { "offset", "displayLength", "q", "search", "purgeCache" };

    public static bool Matches(AxcelerateSandboxRecord contact, AxcelerateRequest request, bool dayMeansOnOrAfter)
    {
        foreach (var (name, value) in request.Values)
        {
            if (value.Length == 0 || Paging.Contains(name))
            {
                continue;
            }

            var ok = name.ToUpperInvariant() switch
            {
                "CONTACTID" or "OPTIONALID" => string.Equals(contact[name], value, StringComparison.OrdinalIgnoreCase),
                "CONTACTIDS" => value.Split(',', StringSplitOptions.TrimEntries).Contains(AxcelerateStore.Text(contact.Id)),
                "LASTUPDATED" or "CONTACTENTRYDATE" => dayMeansOnOrAfter ? OnOrAfter(contact[name], value) : StartsWith(contact[name], value),
                var field when IsField(contact, field) => StartsWith(contact[field], value),
                _ => true, // an unknown parameter is ignored, as aXcelerate does
            };
            if (!ok)
            {
                return false;
            }
        }

        var quick = request["q"] ?? request["search"];
        return quick is null || AxcelerateFields.ContactQuickSearch.Any(f => StartsWith(contact[f], quick));
    }

    /// <summary>The search's <c>emailAddress</c> value (a contact matches only when its address starts with it), or null.</summary>
    public static string? EmailPrefix(AxcelerateRequest request)
    {
        foreach (var (name, value) in request.Values)
        {
            if (value.Length > 0 && string.Equals(name, "EMAILADDRESS", StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        return null;
    }

    private static bool IsField(AxcelerateSandboxRecord contact, string field) =>
        AxcelerateFields.ContactOutput.Contains(field, StringComparer.OrdinalIgnoreCase) || contact.Fields.ContainsKey(field);

    private static bool StartsWith(string? value, string prefix) => value is not null && value.StartsWith(prefix, StringComparison.OrdinalIgnoreCase);

    private static bool OnOrAfter(string? stamp, string date) =>
        stamp is not null && DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var from)
        && string.CompareOrdinal(stamp, from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) >= 0;
}
