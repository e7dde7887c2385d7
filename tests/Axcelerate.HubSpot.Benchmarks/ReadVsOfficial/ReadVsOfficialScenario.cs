using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Axcelerate.HubSpot.HubSpotApi;
using Axcelerate.HubSpot.Testing;
using Axcelerate.HubSpot.Testing.DemoData;
using Microsoft.Extensions.DependencyInjection;

namespace Axcelerate.HubSpot.Benchmarks.ReadVsOfficial;

/// <summary>
/// <c>read-vs-official</c>: every contact of a 10,000-contact sandbox portal read with our client
/// (<see cref="IHubSpotObjectClient.ListAsync"/>) and with HubSpot's official Node client (<c>crm.contacts.getAll</c>,
/// <c>node/read-all.js</c>), alternating, 5 rounds each; reports both medians. Target: ours no slower. Skips with a
/// message when <c>node</c> is not on PATH.
/// </summary>
public sealed class ReadVsOfficialScenario : IScenario
{
    private static readonly string[] Properties = ["firstname", "lastname", "email", "phone", "city", "state"];

    /// <inheritdoc />
    public string Name => "read-vs-official";

    /// <inheritdoc />
    public string Description => "read 10,000 contacts with our client and HubSpot's official Node client, alternating, median of 5 [--n N] [--rounds R]";

    /// <inheritdoc />
    public async Task<int> RunAsync(ScenarioArguments args, CancellationToken cancellationToken = default)
    {
        var n = args.Int("n", 10_000);
        var rounds = args.Int("rounds", 5);
        var folder = NodeFolder();
        if (!await RunsAsync("node", "--version", folder, cancellationToken))
        {
            Console.WriteLine("read-vs-official: SKIPPED (node is not on PATH; install Node.js 18+ to compare with @hubspot/api-client)");
            return 0;
        }

        if (!Directory.Exists(Path.Combine(folder, "node_modules", "@hubspot", "api-client")) &&
            !await RunsAsync("npm", "install --no-audit --no-fund", folder, cancellationToken))
        {
            Console.WriteLine("read-vs-official: FAILED (npm install of @hubspot/api-client in " + folder + " failed)");
            return 1;
        }

        var options = new IntegrationSandboxOptions
        {
            DemoData = new DemoDataOptions
            {
                HubSpotContacts = n, HubSpotCompanies = 0, HubSpotDeals = 0, HubSpotOwners = 0,
                AxcelerateContacts = 0, AxcelerateOrganisations = 0, AxcelerateUsers = 0, AxcelerateOpportunities = 0, AxcelerateDuplicateEmails = 0,
            },
        };
        options.HubSpot.WithoutRateLimits(); // both clients read as fast as they can; the limits are not what is compared
        await using var sandbox = await IntegrationSandbox.StartAsync(options, cancellationToken);
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddHubSpotIntegration(o =>
        {
            o.HubSpot.BaseUrl = sandbox.HubSpot.BaseAddress;
            o.HubSpot.AccessToken = sandbox.HubSpot.Options.AccessToken;
            o.HubSpot.Tier = HubSpotTier.Enterprise;
            o.Axcelerate.BaseUrl = sandbox.Axcelerate.BaseAddress;
            o.Axcelerate.ApiToken = sandbox.Axcelerate.Options.ApiToken;
            o.Axcelerate.WsToken = sandbox.Axcelerate.Options.WsToken;
        }).UseInMemoryStore();
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<IHubSpotClient>();

        await OursAsync(client, n, cancellationToken); // warm-up (JIT, connections) outside the rounds
        List<double> ours = [], official = [];
        for (var round = 1; round <= rounds; round++)
        {
            ours.Add(await OursAsync(client, n, cancellationToken));
            official.Add(await OfficialAsync(folder, sandbox.HubSpot.BaseAddress, sandbox.HubSpot.Options.AccessToken, n, cancellationToken));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  round {round}: ours {ours[^1]:N0} ms, official {official[^1]:N0} ms"));
        }

        var oursMedian = Median(ours);
        var officialMedian = Median(official);
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"read-vs-official: {n:N0} contacts, ours {oursMedian:N0} ms, official Node client {officialMedian:N0} ms (medians of {rounds}); {officialMedian / oursMedian:0.00}x floor"));
        return 0;
    }

    private static async Task<double> OursAsync(IHubSpotClient client, int n, CancellationToken cancellationToken)
    {
        // Our client keeps to HubSpot's 10-second request budget on its own (190 for Enterprise; the official client
        // does not and would meet 429s): start each read with a fresh window, untimed, as a real read would.
        await Task.Delay(TimeSpan.FromSeconds(10.5), cancellationToken);
        var watch = Stopwatch.StartNew();
        var count = 0;
        await foreach (var contact in client.Contacts.ListAsync(new HubSpotListOptions { Properties = Properties }, cancellationToken))
        {
            count++;
        }

        watch.Stop();
        return count == n ? watch.Elapsed.TotalMilliseconds : throw new InvalidOperationException($"Our client read {count} contacts, expected {n}.");
    }

    private static async Task<double> OfficialAsync(string folder, Uri baseAddress, string token, int n, CancellationToken cancellationToken)
    {
        var info = new ProcessStartInfo("node") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "read-all.js", baseAddress.ToString(), token, string.Join(',', Properties) })
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info)!;
        var output = await process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = await process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException("The official client failed: " + error.Trim());
        }

        using var result = JsonDocument.Parse(output);
        var count = result.RootElement.GetProperty("count").GetInt32();
        return count == n ? result.RootElement.GetProperty("ms").GetDouble() : throw new InvalidOperationException($"The official client read {count} contacts, expected {n}.");
    }

    private static async Task<bool> RunsAsync(string file, string arguments, string folder, CancellationToken cancellationToken)
    {
        try
        {
            var info = new ProcessStartInfo(file, arguments) { WorkingDirectory = Directory.Exists(folder) ? folder : AppContext.BaseDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
            using var process = Process.Start(info)!;
            await process.StandardOutput.ReadToEndAsync(cancellationToken);
            await process.StandardError.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken);
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    // The script's folder in the source tree (node_modules is installed there, and ignored by git).
    private static string NodeFolder()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Axcelerate.HubSpot.Benchmarks.csproj")))
            {
                return Path.Combine(directory.FullName, "ReadVsOfficial", "node");
            }
        }

        return Path.Combine(Environment.CurrentDirectory, "tests", "Axcelerate.HubSpot.Benchmarks", "ReadVsOfficial", "node");
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
