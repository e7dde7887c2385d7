using System.Diagnostics;
using System.Globalization;
using Axcelerate.HubSpot.Import;
using Axcelerate.HubSpot.Sqlite;
using Axcelerate.HubSpot.Testing;
using Axcelerate.HubSpot.Testing.DemoData;
using Microsoft.Extensions.DependencyInjection;

namespace Axcelerate.HubSpot.Benchmarks.Scale;

/// <summary>
/// <c>scale</c>: HubSpot portals of 10,000 and 100,000 contacts (sandbox, rate limits off) imported into an empty
/// aXcelerate account through the real <c>AddHubSpotIntegration</c> with a SQLite store in a temp file, page by page
/// (<see cref="IImportOrchestrator.ImportPageAsync"/>, so nothing but the current page is held). Reports the seed and
/// import wall time of each, the growth ratio (1.0 = linear) and the process's peak working set (target under 300 MB).
/// </summary>
public sealed class ScaleScenario : IScenario
{
    private const double PeakTargetMegabytes = 300;

    /// <inheritdoc />
    public string Name => "scale";

    /// <inheritdoc />
    public string Description => "import 10,000 and 100,000 HubSpot contacts (limits off, SQLite): time ratio and peak working set [--small N] [--large N]";

    /// <inheritdoc />
    public async Task<int> RunAsync(ScenarioArguments args, CancellationToken cancellationToken = default)
    {
        var small = args.Int("small", 10_000);
        var large = args.Int("large", 100_000);
        if (args.Flag("seed-only"))
        {
            // Only the sandbox's seeding of both portals (the part that used to grow as N²), no import.
            var seedSmall = await SeedAsync(small, cancellationToken);
            var seedLarge = await SeedAsync(large, cancellationToken);
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"scale --seed-only: seeded {small:N0} contacts in {seedSmall.TotalSeconds:0.0} s, {large:N0} in {seedLarge.TotalSeconds:0.0} s (growth {seedLarge.TotalSeconds / seedSmall.TotalSeconds / ((double)large / small):0.00}, 1.00 = linear)"));
            return 0;
        }

        var first = await RunOnceAsync(small, cancellationToken);
        var second = await RunOnceAsync(large, cancellationToken);
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var peakMegabytes = process.PeakWorkingSet64 / 1024.0 / 1024.0;
        var ratio = second.Import.TotalSeconds / first.Import.TotalSeconds / ((double)large / small);
        var floor = Math.Min(1 / Math.Max(ratio, 1e-9), PeakTargetMegabytes / peakMegabytes);
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"scale: {small:N0} in {first.Import.TotalSeconds:0.0} s, {large:N0} in {second.Import.TotalSeconds:0.0} s (growth {ratio:0.00}, 1.00 = linear; seeding {first.Seed.TotalSeconds:0.0} s and {second.Seed.TotalSeconds:0.0} s), peak working set {peakMegabytes:N0} MB; {floor:0.00}x floor"));
        return first.Failed + second.Failed == 0 ? 0 : 1;
    }

    private static async Task<TimeSpan> SeedAsync(int contacts, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        await using var sandbox = await IntegrationSandbox.StartAsync(Options(contacts), cancellationToken);
        var seeded = watch.Elapsed;
        if (sandbox.HubSpot.Contacts.Count != contacts)
        {
            throw new InvalidOperationException($"The sandbox holds {sandbox.HubSpot.Contacts.Count} contacts, expected {contacts}.");
        }

        return seeded;
    }

    private static IntegrationSandboxOptions Options(int contacts)
    {
        var options = new IntegrationSandboxOptions
        {
            DemoData = new DemoDataOptions
            {
                HubSpotContacts = contacts, HubSpotCompanies = 0, HubSpotDeals = 0, HubSpotOwners = 0,
                AxcelerateContacts = 0, AxcelerateOrganisations = 0, AxcelerateUsers = 0, AxcelerateOpportunities = 0, AxcelerateDuplicateEmails = 0,
            },
        };
        options.HubSpot.WithoutRateLimits(); // the scenario measures the SDK's own cost, not the services' limits
        return options;
    }

    private static async Task<(TimeSpan Seed, TimeSpan Import, int Failed)> RunOnceAsync(int contacts, CancellationToken cancellationToken)
    {
        var seedWatch = Stopwatch.StartNew();
        await using var sandbox = await IntegrationSandbox.StartAsync(Options(contacts), cancellationToken);
        var seed = seedWatch.Elapsed;

        var database = Path.Combine(Path.GetTempPath(), $"axhs-scale-{Guid.NewGuid():N}.db");
        try
        {
            var services = new ServiceCollection();
            services.AddLogging();
            services.AddHubSpotIntegration(o =>
            {
                o.HubSpot.BaseUrl = sandbox.HubSpot.BaseAddress;
                o.HubSpot.AccessToken = sandbox.HubSpot.Options.AccessToken;
                o.HubSpot.PortalId = sandbox.HubSpot.Options.PortalId;
                o.Axcelerate.BaseUrl = sandbox.Axcelerate.BaseAddress;
                o.Axcelerate.ApiToken = sandbox.Axcelerate.Options.ApiToken;
                o.Axcelerate.WsToken = sandbox.Axcelerate.Options.WsToken;
                o.Axcelerate.TimeZone = "Australia/Brisbane";
                o.Axcelerate.RequestsPerSecond = 1_000_000; // limits off on the client side too
                o.HubSpot.Tier = HubSpotApi.HubSpotTier.Enterprise;
                o.HubSpot.SearchRequestsPerSecond = 1_000;
            }).UseSqliteStore($"Data Source={database}");
            await using var provider = services.BuildServiceProvider();
            var import = provider.GetRequiredService<IImportOrchestrator>();

            var watch = Stopwatch.StartNew();
            var request = new ImportRequest(MappedEntity.Contact) { PageSize = 100, StartOver = true };
            int done = 0, failed = 0;
            while (true)
            {
                var page = await import.ImportPageAsync(request, cancellationToken: cancellationToken);
                done += page.Records.Count;
                failed += page.Failed;
                if (page.IsComplete)
                {
                    break;
                }

                request = new ImportRequest(MappedEntity.Contact) { PageSize = 100, ContinuationToken = page.ContinuationToken };
                if (done % 10_000 < 100)
                {
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {done:N0} of {contacts:N0} after {watch.Elapsed.TotalSeconds:0.0} s, working set {Environment.WorkingSet / 1024 / 1024:N0} MB"));
                }
            }

            watch.Stop();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {contacts:N0} contacts: seeded in {seed.TotalSeconds:0.0} s, imported {done:N0} ({failed} failed) in {watch.Elapsed.TotalSeconds:0.0} s"));
            return (seed, watch.Elapsed, failed);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var file in new[] { database, database + "-wal", database + "-shm" })
            {
                File.Delete(file);
            }
        }
    }
}
