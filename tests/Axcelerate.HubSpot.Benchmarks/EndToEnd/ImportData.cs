using System.Globalization;
using Axcelerate.HubSpot.Testing;
using Axcelerate.HubSpot.Testing.HubSpot.Objects;

namespace Axcelerate.HubSpot.Benchmarks.EndToEnd;

/// <summary>
/// The import scenarios' data: N HubSpot contacts and an aXcelerate account of N contacts (besides its web-service
/// contact). Half the HubSpot emails are also in aXcelerate; 1% of N of those are there twice (ambiguous); of the other
/// shared ones every second differs in its city (needs an update), the rest are equal (a link only). The remaining
/// HubSpot contacts are new (a create each); the remaining aXcelerate contacts are unrelated.
/// </summary>
internal sealed class ImportData
{
    private ImportData(int n)
    {
        N = n;
        Shared = n / 2;
        Ambiguous = n / 100;
        var unique = Shared - Ambiguous;
        Updates = unique / 2;
        Links = unique - Updates;
        Creates = n - Shared;
    }

    public int N { get; }

    /// <summary>HubSpot contacts whose email aXcelerate has.</summary>
    public int Shared { get; }

    /// <summary>HubSpot contacts whose email two aXcelerate contacts share.</summary>
    public int Ambiguous { get; }

    /// <summary>Shared contacts whose values differ: one aXcelerate update each.</summary>
    public int Updates { get; }

    /// <summary>Shared contacts with equal values: linked, nothing written.</summary>
    public int Links { get; }

    /// <summary>HubSpot contacts aXcelerate lacks: one aXcelerate create each.</summary>
    public int Creates { get; }

    /// <summary>aXcelerate contacts in the account, the web-service contact included.</summary>
    public int AxcelerateContacts => N + 1;

    public static ImportData Seed(IntegrationSandbox sandbox, int n)
    {
        var data = new ImportData(n);
        var ax = sandbox.Axcelerate;
        var hs = sandbox.HubSpot;
        var added = 0;
        for (var i = 0; i < n; i++)
        {
            var shared = i < data.Shared;
            var email = shared ? $"shared{i}@example.edu.au" : $"new{i}@example.edu.au";
            var city = "Brisbane";
            hs.CreateObject(HubSpotObjectType.Contacts, new Dictionary<string, string?>
            {
                ["firstname"] = $"Given{i}",
                ["lastname"] = $"Family{i}",
                ["email"] = email,
                ["city"] = city,
                ["jobtitle"] = "Student",
            });
            if (!shared)
            {
                continue;
            }

            var ambiguous = i < data.Ambiguous;
            var differs = !ambiguous && (i - data.Ambiguous) % 2 == 0 && (i - data.Ambiguous) / 2 < data.Updates;
            ax.AddContact($"Given{i}", $"Family{i}", email, new Dictionary<string, string?> { ["CITY"] = differs ? "Sydney" : city, ["POSITION"] = "Student" });
            added++;
            if (ambiguous)
            {
                ax.AddContact($"Other{i}", $"Family{i}", email, new Dictionary<string, string?> { ["CITY"] = city });
                added++;
            }
        }

        for (var j = 0; added < n; j++, added++)
        {
            ax.AddContact($"Unrelated{j}", $"Person{j}", string.Create(CultureInfo.InvariantCulture, $"unrelated{j}@example.org"));
        }

        return data;
    }
}
