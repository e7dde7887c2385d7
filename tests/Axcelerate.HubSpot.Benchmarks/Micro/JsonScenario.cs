using System.Globalization;
using System.Text.Json;
using Axcelerate.HubSpot.AxcelerateApi;
using Axcelerate.HubSpot.AxcelerateApi.Internal;
using Axcelerate.HubSpot.HubSpotApi.Http;
using Microsoft.Extensions.Options;

namespace Axcelerate.HubSpot.Benchmarks.Micro;

/// <summary>
/// <c>json</c>: a page of 100 HubSpot contacts and a page of 100 aXcelerate contacts (as the sandbox sends them)
/// deserialised the way the SDK's clients do, through the real source-generated contexts: µs of one core per record.
/// </summary>
public sealed class JsonScenario : IScenario
{
    /// <inheritdoc />
    public string Name => "json";

    /// <inheritdoc />
    public string Description => "deserialise a 100-contact page of each service through the SDK's JSON contexts: µs/record [--seconds S]";

    /// <inheritdoc />
    public async Task<int> RunAsync(ScenarioArguments args, CancellationToken cancellationToken = default)
    {
        var seconds = args.Int("seconds", 2);
        var pages = await JsonPages.FetchAsync(cancellationToken);
        var axcelerateJson = new AxcelerateJson(Options.Create(new HubSpotIntegrationOptions { Axcelerate = { TimeZone = "Australia/Brisbane" } }));

        var hubSpotCount = ReadHubSpot(pages.HubSpot).Results.Count;
        var axcelerateCount = ReadAxcelerate(axcelerateJson, pages.Axcelerate).Count;
        if (hubSpotCount != JsonPages.PageSize || axcelerateCount != JsonPages.PageSize)
        {
            Console.WriteLine($"json: FAILED (pages held {hubSpotCount} HubSpot and {axcelerateCount} aXcelerate contacts, expected {JsonPages.PageSize})");
            return 1;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  pages: HubSpot {pages.HubSpot.Length:N0} bytes, aXcelerate {pages.Axcelerate.Length:N0} chars, {JsonPages.PageSize} contacts each"));
        var hubSpot = CpuLoop.Run("hubspot page", seconds, warmup: 2_000, batch: 50, () => ReadHubSpot(pages.HubSpot));
        var axcelerate = CpuLoop.Run("axcelerate page", seconds, warmup: 1_000, batch: 20, () => ReadAxcelerate(axcelerateJson, pages.Axcelerate));
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"json: hubspot {Micros(hubSpot):0.00} µs/record {hubSpot.BytesPerOperation / JsonPages.PageSize:N0} B/record, axcelerate {Micros(axcelerate):0.00} µs/record {axcelerate.BytesPerOperation / JsonPages.PageSize:N0} B/record; no floor (issue 15 sets none)"));
        return 0;
    }

    private static double Micros(CpuLoop.Result result) => 1e6 / result.PerSecond / JsonPages.PageSize;

    // What the HubSpot client's Refit serializer does with a list response: the source-generated page type.
    private static CollectionPage<HubSpot.HubSpotApi.HubSpotObject> ReadHubSpot(byte[] page) =>
        JsonSerializer.Deserialize(page, HubSpotJsonContext.Default.CollectionPageHubSpotObject)!;

    // What the aXcelerate transport does with a list response: parse the body, then read each record with the account's zone.
    private static List<AxcelerateContact> ReadAxcelerate(AxcelerateJson json, string body) =>
        json.ReadList<AxcelerateContact>(AxcelerateTransport.ParseBody(body));
}
