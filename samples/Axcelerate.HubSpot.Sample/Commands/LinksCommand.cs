using Axcelerate.HubSpot.Sample.Screens;
using Axcelerate.HubSpot.Storage;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console.Cli;

namespace Axcelerate.HubSpot.Sample.Commands;

/// <summary><c>links ENTITY</c>: the stored links of one entity (aXcelerate id, HubSpot id), in aXcelerate id order.</summary>
internal sealed class LinksSettings : LinkingSettings;

internal sealed class LinksCommand : AsyncCommand<LinksSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, LinksSettings settings, CancellationToken cancellationToken)
    {
        var io = (SampleIo)context.Data!;
        await using var environment = SampleEnvironment.CreateConfigured(io.Configuration, settings.StorePath);
        var store = environment.Services.GetRequiredService<IRecordLinkStore>();
        var links = new List<RecordLink>();
        string? token = null;
        do
        {
            var page = await store.ListRecordLinksAsync(settings.MappedEntity, 1000, token, cancellationToken).ConfigureAwait(false);
            links.AddRange(page.Items);
            token = page.ContinuationToken;
        }
        while (token is not null);

        if (settings.Json)
        {
            await io.Out.WriteLineAsync(LinkingJson.Links(settings.MappedEntity, links)).ConfigureAwait(false);
            await io.Out.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        else
        {
            LinkingScreen.ShowLinks(settings.MappedEntity, links, io.Console);
        }

        return SampleApp.Done;
    }
}
