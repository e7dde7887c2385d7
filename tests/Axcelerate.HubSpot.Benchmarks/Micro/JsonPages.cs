using System.Globalization;
using System.Net.Http.Headers;
using Axcelerate.HubSpot.Testing;
using Axcelerate.HubSpot.Testing.HubSpot.Objects;

namespace Axcelerate.HubSpot.Benchmarks.Micro;

/// <summary>
/// A page of 100 contacts exactly as each service's sandbox sends it over HTTP: HubSpot's
/// <c>GET /crm/v3/objects/contacts?limit=100&amp;properties=…</c> and aXcelerate's <c>GET /contacts/search?displayLength=100</c>.
/// </summary>
public sealed record JsonPages(byte[] HubSpot, string Axcelerate)
{
    /// <summary>Contacts per page.</summary>
    public const int PageSize = 100;

    /// <summary>The HubSpot properties each contact carries and the page asks for.</summary>
    public static readonly string[] HubSpotProperties =
        ["firstname", "lastname", "email", "phone", "mobilephone", "address", "city", "state", "zip", "country", "company", "jobtitle", "website", "lifecyclestage"];

    /// <summary>Starts a sandbox, fills it with 100 contacts on each side, and fetches one page of each.</summary>
    public static async Task<JsonPages> FetchAsync(CancellationToken cancellationToken)
    {
        var options = new IntegrationSandboxOptions();
        options.HubSpot.WithoutRateLimits(); // a benchmark fixture: two reads, nothing to throttle
        await using var sandbox = await IntegrationSandbox.StartAsync(options, cancellationToken);
        for (var i = 0; i < PageSize; i++)
        {
            var n = i.ToString("000", CultureInfo.InvariantCulture);
            sandbox.HubSpot.CreateObject(HubSpotObjectType.Contacts, new Dictionary<string, string?>
            {
                ["firstname"] = "Given" + n, ["lastname"] = "Family" + n, ["email"] = $"person{n}@example.com.au",
                ["phone"] = "07 3000 1" + n, ["mobilephone"] = "0412 000 " + n, ["address"] = n + " Example Street",
                ["city"] = "Brisbane", ["state"] = "QLD", ["zip"] = "4000", ["country"] = "Australia",
                ["company"] = "Example Training " + n, ["jobtitle"] = "Manager", ["website"] = "https://example.com.au",
                ["lifecyclestage"] = "lead",
            });
            sandbox.Axcelerate.AddContact("Given" + n, "Family" + n, $"person{n}@example.com.au", new Dictionary<string, string?>
            {
                ["PHONE"] = "07 3000 1" + n, ["MOBILEPHONE"] = "0412 000 " + n, ["ADDRESS1"] = n + " Example Street",
                ["CITY"] = "Brisbane", ["STATE"] = "QLD", ["POSTCODE"] = "4000", ["COUNTRY"] = "Australia",
                ["ORGANISATION"] = "Example Training " + n, ["POSITION"] = "Manager", ["DOB"] = "1990-04-05",
            });
        }

        using var http = new HttpClient();
        using var hubSpotRequest = new HttpRequestMessage(HttpMethod.Get, new Uri(
            sandbox.HubSpot.BaseAddress,
            $"crm/v3/objects/contacts?limit={PageSize}&properties={string.Join(',', HubSpotProperties)}"));
        hubSpotRequest.Headers.Authorization = new AuthenticationHeaderValue("Bearer", sandbox.HubSpot.Options.AccessToken);
        using var hubSpotResponse = (await http.SendAsync(hubSpotRequest, cancellationToken)).EnsureSuccessStatusCode();
        var hubSpot = await hubSpotResponse.Content.ReadAsByteArrayAsync(cancellationToken);

        using var axcelerateRequest = new HttpRequestMessage(HttpMethod.Get, new Uri(sandbox.Axcelerate.BaseAddress + $"/contacts/search?displayLength={PageSize}"));
        axcelerateRequest.Headers.Add("apitoken", sandbox.Axcelerate.Options.ApiToken);
        axcelerateRequest.Headers.Add("wstoken", sandbox.Axcelerate.Options.WsToken);
        using var axcelerateResponse = (await http.SendAsync(axcelerateRequest, cancellationToken)).EnsureSuccessStatusCode();
        var axcelerate = await axcelerateResponse.Content.ReadAsStringAsync(cancellationToken);
        return new JsonPages(hubSpot, axcelerate);
    }
}
