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
/// (<see cref="IImportOrchestrator.ImportPageAsync"/>, so nothing but the current page is held), or with <c>--all</c>
/// by one <see cref="IImportOrchestrator.ImportAllAsync"/> keeping only the records that need attention. The sandbox
/// (both emulated services, which hold the whole portal as the real services would) runs in a child process, so the
/// peak working set measured is the SDK's own; <c>--in-process</c> runs it inside this process instead. Reports the
/// seed and import wall time of each size, the growth ratio (1.0 = linear), the CPU time per contact of the SDK and of
/// the sandbox, and the peak working sets (target under 300 MB for the SDK's process).
/// </summary>
public sealed class ScaleScenario : IScenario
{
    private const double PeakTargetMegabytes = 300;
    private const string ReadyLine = "scale-sandbox-ready";
    private const string StatsLine = "scale-sandbox-stats";

    /// <inheritdoc />
    public string Name => "scale";

    /// <inheritdoc />
    public string Description => "import 10,000 and 100,000 HubSpot contacts (limits off, SQLite): time ratio, CPU per contact and peak working set [--small N] [--large N] [--all] [--in-process] [--seed-only]";

    /// <inheritdoc />
    public async Task<int> RunAsync(ScenarioArguments args, CancellationToken cancellationToken = default)
    {
        if (args.Int("serve", 0) is > 0 and var served)
        {
            return await ServeAsync(served, cancellationToken);
        }

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

        var mode = new Mode(args.Flag("all"), args.Flag("in-process"));
        var first = await RunOnceAsync(small, mode, cancellationToken);
        var second = await RunOnceAsync(large, mode, cancellationToken);
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var peakMegabytes = process.PeakWorkingSet64 / 1024.0 / 1024.0;
        var sandboxPeak = Math.Max(first.SandboxPeakMegabytes, second.SandboxPeakMegabytes);
        var ratio = second.Import.TotalSeconds / first.Import.TotalSeconds / ((double)large / small);
        var floor = Math.Min(1 / Math.Max(ratio, 1e-9), PeakTargetMegabytes / peakMegabytes);
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"scale: {small:N0} in {first.Import.TotalSeconds:0.0} s, {large:N0} in {second.Import.TotalSeconds:0.0} s (growth {ratio:0.00}, 1.00 = linear; seeding {first.Seed.TotalSeconds:0.0} s and {second.Seed.TotalSeconds:0.0} s); "
            + $"per contact at {large:N0}: {second.Import.TotalMilliseconds / large:0.00} ms wall, {second.SdkCpu.TotalMilliseconds / large:0.00} ms SDK CPU, {second.SandboxCpu.TotalMilliseconds / large:0.00} ms sandbox CPU; "
            + $"peak working set {peakMegabytes:N0} MB{(mode.InProcess ? " (sandbox in process)" : $" (sandbox process {sandboxPeak:N0} MB)")}; {floor:0.00}x floor"));
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

    // The child process (`scale --serve N`): the seeded sandbox until standard input closes, then its peak and CPU time.
    private static async Task<int> ServeAsync(int contacts, CancellationToken cancellationToken)
    {
        await using (var sandbox = await IntegrationSandbox.StartAsync(Options(contacts), cancellationToken))
        {
            var endpoint = SandboxEndpoint.Of(sandbox);
            Console.WriteLine(string.Join('\t', ReadyLine, endpoint.HubSpot, endpoint.HubSpotToken, endpoint.PortalId.ToString(CultureInfo.InvariantCulture), endpoint.Axcelerate, endpoint.ApiToken, endpoint.WsToken));
            await Console.Out.FlushAsync(cancellationToken);
            await Console.In.ReadToEndAsync(cancellationToken);
        }

        using var process = Process.GetCurrentProcess();
        process.Refresh();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{StatsLine}\t{process.PeakWorkingSet64}\t{process.TotalProcessorTime.TotalMilliseconds:0}"));
        return 0;
    }

    private static async Task<Result> RunOnceAsync(int contacts, Mode mode, CancellationToken cancellationToken)
    {
        var seedWatch = Stopwatch.StartNew();
        await using var sandbox = mode.InProcess ? await InProcessSandbox.StartAsync(contacts, cancellationToken) : await SandboxProcess.StartAsync(contacts, cancellationToken);
        var seed = seedWatch.Elapsed;

        var database = Path.Combine(Path.GetTempPath(), $"axhs-scale-{Guid.NewGuid():N}.db");
        try
        {
            var endpoint = sandbox.Endpoint;
            var services = new ServiceCollection();
            services.AddLogging();
            services.AddHubSpotIntegration(o =>
            {
                o.HubSpot.BaseUrl = endpoint.HubSpot;
                o.HubSpot.AccessToken = endpoint.HubSpotToken;
                o.HubSpot.PortalId = endpoint.PortalId;
                o.Axcelerate.BaseUrl = endpoint.Axcelerate;
                o.Axcelerate.ApiToken = endpoint.ApiToken;
                o.Axcelerate.WsToken = endpoint.WsToken;
                o.Axcelerate.TimeZone = "Australia/Brisbane";
                o.Axcelerate.RequestsPerSecond = 1_000_000; // limits off on the client side too
                o.HubSpot.Tier = HubSpotApi.HubSpotTier.Enterprise;
                o.HubSpot.SearchRequestsPerSecond = 1_000;
            }).UseSqliteStore($"Data Source={database}", store => store.DurableCommits = false); // a bulk first import: 4 commits a contact need not each wait for the disk
            await using var provider = services.BuildServiceProvider();
            var import = provider.GetRequiredService<IImportOrchestrator>();

            using var self = Process.GetCurrentProcess();
            var cpuBefore = self.TotalProcessorTime;
            var sandboxCpuBefore = sandbox.CpuTime;
            var watch = Stopwatch.StartNew();
            int done, failed;
            if (mode.All)
            {
                // One auto-import; the report keeps only the records that need attention, progress says how far it is.
                var progress = new Progress(contacts, watch);
                var report = await import.ImportAllAsync(
                    new ImportRequest(MappedEntity.Contact) { PageSize = 100, StartOver = true, ReportRecords = ImportReportRecords.NeedingAttention },
                    progress,
                    cancellationToken);
                (done, failed) = (report.Done, report.Failed);
            }
            else
            {
                (done, failed) = await ImportByPagesAsync(import, contacts, watch, cancellationToken);
            }

            watch.Stop();
            self.Refresh();
            var sdkCpu = self.TotalProcessorTime - cpuBefore;
            var stats = await sandbox.StopAsync();
            var sandboxCpu = stats.Cpu - sandboxCpuBefore;
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"  {contacts:N0} contacts: seeded in {seed.TotalSeconds:0.0} s, imported {done:N0} ({failed} failed) in {watch.Elapsed.TotalSeconds:0.0} s; CPU {sdkCpu.TotalSeconds:0.0} s SDK{(mode.InProcess ? " and sandbox" : $", {sandboxCpu.TotalSeconds:0.0} s sandbox (peak {stats.PeakMegabytes:N0} MB)")}"));
            return new Result(seed, watch.Elapsed, failed, sdkCpu, sandboxCpu, stats.PeakMegabytes);
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

    private static async Task<(int Done, int Failed)> ImportByPagesAsync(IImportOrchestrator import, int contacts, Stopwatch watch, CancellationToken cancellationToken)
    {
        var request = new ImportRequest(MappedEntity.Contact) { PageSize = 100, StartOver = true };
        int done = 0, failed = 0;
        while (true)
        {
            var page = await import.ImportPageAsync(request, cancellationToken: cancellationToken);
            done += page.Done;
            failed += page.Failed;
            if (page.IsComplete)
            {
                return (done, failed);
            }

            request = new ImportRequest(MappedEntity.Contact) { PageSize = 100, ContinuationToken = page.ContinuationToken };
            if (done % 10_000 < 100)
            {
                Progress.Print(done, contacts, watch);
            }
        }
    }

    private sealed record Mode(bool All, bool InProcess);

    private sealed record Result(TimeSpan Seed, TimeSpan Import, int Failed, TimeSpan SdkCpu, TimeSpan SandboxCpu, double SandboxPeakMegabytes);

    private sealed class Progress(int contacts, Stopwatch watch) : IProgress<ImportProgress>
    {
        public static void Print(int done, int contacts, Stopwatch watch) =>
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {done:N0} of {contacts:N0} after {watch.Elapsed.TotalSeconds:0.0} s, working set {Environment.WorkingSet / 1024 / 1024:N0} MB"));

        public void Report(ImportProgress value)
        {
            if (value.Done % 10_000 == 0)
            {
                Print(value.Done, contacts, watch);
            }
        }
    }

    private sealed record SandboxEndpoint(Uri HubSpot, string HubSpotToken, long PortalId, Uri Axcelerate, string ApiToken, string WsToken)
    {
        public static SandboxEndpoint Of(IntegrationSandbox sandbox) => new(
            sandbox.HubSpot.BaseAddress, sandbox.HubSpot.Options.AccessToken, sandbox.HubSpot.Options.PortalId,
            sandbox.Axcelerate.BaseAddress, sandbox.Axcelerate.Options.ApiToken!, sandbox.Axcelerate.Options.WsToken!);
    }

    private interface IRunningSandbox : IAsyncDisposable
    {
        SandboxEndpoint Endpoint { get; }

        /// <summary>The sandbox's CPU time so far (zero in process: the process's own CPU time counts it).</summary>
        TimeSpan CpuTime { get; }

        Task<(double PeakMegabytes, TimeSpan Cpu)> StopAsync();
    }

    private sealed class InProcessSandbox(IntegrationSandbox sandbox) : IRunningSandbox
    {
        public SandboxEndpoint Endpoint { get; } = SandboxEndpoint.Of(sandbox);

        public TimeSpan CpuTime => TimeSpan.Zero;

        public static async Task<IRunningSandbox> StartAsync(int contacts, CancellationToken cancellationToken) =>
            new InProcessSandbox(await IntegrationSandbox.StartAsync(Options(contacts), cancellationToken));

        public Task<(double PeakMegabytes, TimeSpan Cpu)> StopAsync() => Task.FromResult((0d, TimeSpan.Zero));

        public ValueTask DisposeAsync() => sandbox.DisposeAsync();
    }

    // This console again, as `scale --serve N`: the sandbox in its own process, stopped by closing its standard input.
    private sealed class SandboxProcess(Process process, SandboxEndpoint endpoint) : IRunningSandbox
    {
        // Reads the rest of its output as it comes (so the child never blocks on a full pipe), keeping the stats line.
        private readonly Task<(double, TimeSpan)?> _stats = Task.Run(async () =>
        {
            (double, TimeSpan)? stats = null;
            while (await process.StandardOutput.ReadLineAsync() is { } line)
            {
                var parts = line.Split('\t');
                if (parts[0] == StatsLine)
                {
                    stats = (long.Parse(parts[1], CultureInfo.InvariantCulture) / 1024.0 / 1024.0, TimeSpan.FromMilliseconds(double.Parse(parts[2], CultureInfo.InvariantCulture)));
                }
            }

            return stats;
        });

        public SandboxEndpoint Endpoint { get; } = endpoint;

        public TimeSpan CpuTime
        {
            get
            {
                process.Refresh();
                return process.TotalProcessorTime;
            }
        }

        public static async Task<IRunningSandbox> StartAsync(int contacts, CancellationToken cancellationToken)
        {
            var self = Environment.ProcessPath ?? throw new InvalidOperationException("The process path is unknown.");
            var start = new ProcessStartInfo(self) { RedirectStandardInput = true, RedirectStandardOutput = true, UseShellExecute = false };
            if (Path.GetFileNameWithoutExtension(self) == "dotnet")
            {
                start.ArgumentList.Add(typeof(ScaleScenario).Assembly.Location);
            }

            foreach (var arg in new[] { "scale", "--serve", contacts.ToString(CultureInfo.InvariantCulture) })
            {
                start.ArgumentList.Add(arg);
            }

            var process = Process.Start(start) ?? throw new InvalidOperationException("The sandbox process did not start.");
            while (await process.StandardOutput.ReadLineAsync(cancellationToken) is { } line)
            {
                var parts = line.Split('\t');
                if (parts[0] == ReadyLine)
                {
                    return new SandboxProcess(process, new SandboxEndpoint(
                        new Uri(parts[1]), parts[2], long.Parse(parts[3], CultureInfo.InvariantCulture), new Uri(parts[4]), parts[5], parts[6]));
                }
            }

            throw new InvalidOperationException($"The sandbox process ended without starting (exit code {(process.HasExited ? process.ExitCode : -1)}).");
        }

        public async Task<(double PeakMegabytes, TimeSpan Cpu)> StopAsync()
        {
            process.StandardInput.Close();
            var stats = await _stats;
            await process.WaitForExitAsync();
            return stats ?? (0, TimeSpan.Zero);
        }

        public async ValueTask DisposeAsync()
        {
            await StopAsync();
            process.Dispose();
        }
    }
}
