using Axcelerate.HubSpot.AxcelerateApi;

namespace Axcelerate.HubSpot.Linking;

/// <summary>
/// An organisation's domain for the company search: from its documented detail fields, the website
/// (<c>DETAILS[].WEBSITE</c>) first, else the email address (<c>DETAILS[].EMAILADDRESS</c>), normalised the way HubSpot
/// keeps a company's <c>domain</c> (host only, lower case, no <c>www.</c>).
/// </summary>
internal static class OrganisationDomain
{
    public static string? Of(AxcelerateOrganisation organisation)
    {
        foreach (var detail in organisation.Details)
        {
            if (Normalise(detail.Website) is { } website)
            {
                return website;
            }
        }

        foreach (var detail in organisation.Details)
        {
            var email = detail.EmailAddress?.Trim();
            var at = email?.LastIndexOf('@') ?? -1;
            if (at > 0 && Normalise(email![(at + 1)..]) is { } domain)
            {
                return domain;
            }
        }

        return null;
    }

    /// <summary>The host of a domain or website address (<c>https://www.Example.com.au/about</c> → <c>example.com.au</c>), or null when it is none.</summary>
    public static string? Normalise(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = value.Trim();
        if (!text.Contains("://", StringComparison.Ordinal))
        {
            text = "http://" + text;
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.HostNameType != UriHostNameType.Dns || !uri.Host.Contains('.', StringComparison.Ordinal))
        {
            return null;
        }

        var host = uri.IdnHost.ToLowerInvariant();
        return host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;
    }
}
