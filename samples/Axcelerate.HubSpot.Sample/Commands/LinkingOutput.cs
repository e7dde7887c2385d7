using Axcelerate.HubSpot.Linking;
using Axcelerate.HubSpot.Sample.Screens;

namespace Axcelerate.HubSpot.Sample.Commands;

/// <summary>Prints a link, export or add-deal result (a table, or the JSON document) and turns a refusal into exit code 1 with its reason.</summary>
internal static class LinkingOutput
{
    public static async Task<int> ReportAsync(SampleIo io, bool json, string action, LinkResult result, CancellationToken cancellationToken)
    {
        if (json)
        {
            await io.Out.WriteLineAsync(LinkingJson.Result(result)).ConfigureAwait(false);
            await io.Out.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        else
        {
            LinkingScreen.ShowResults([(action, result)], io.Console, action);
        }

        if (result.Succeeded)
        {
            return SampleApp.Done;
        }

        await io.Error.WriteLineAsync($"error: {result.Reason}").ConfigureAwait(false);
        return SampleApp.Failed;
    }
}
