using System.ComponentModel;
using Axcelerate.HubSpot.Linking;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Axcelerate.HubSpot.Sample.Commands;

/// <summary><c>unlink ENTITY AXID</c>: removes a record's link (neither record changes).</summary>
internal sealed class UnlinkSettings : LinkingSettings
{
    [CommandArgument(1, "<AXID>")]
    [Description("The aXcelerate id (contact, organisation or task id).")]
    public long AxcelerateId { get; init; }
}

internal sealed class UnlinkCommand : AsyncCommand<UnlinkSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, UnlinkSettings settings, CancellationToken cancellationToken)
    {
        var io = (SampleIo)context.Data!;
        await using var environment = SampleEnvironment.CreateConfigured(io.Configuration, settings.StorePath);
        var services = environment.Services;
        var unlinked = settings.MappedEntity switch
        {
            MappedEntity.Contact => await services.GetRequiredService<IContactLinkService>().UnlinkAsync(settings.AxcelerateId, cancellationToken).ConfigureAwait(false),
            MappedEntity.Organisation => await services.GetRequiredService<IOrganisationLinkService>().UnlinkAsync(settings.AxcelerateId, cancellationToken).ConfigureAwait(false),
            _ => await services.GetRequiredService<IOpportunityLinkService>().UnlinkAsync(settings.AxcelerateId, cancellationToken).ConfigureAwait(false),
        };
        var name = LinkingEntities.NameOf(settings.MappedEntity);
        if (settings.Json)
        {
            await io.Out.WriteLineAsync(LinkingJson.Unlinked(settings.MappedEntity, settings.AxcelerateId, unlinked)).ConfigureAwait(false);
            await io.Out.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        else if (unlinked)
        {
            io.Console.MarkupLineInterpolated($"Unlinked aXcelerate {name} {settings.AxcelerateId}.");
        }

        if (unlinked)
        {
            return SampleApp.Done;
        }

        await io.Error.WriteLineAsync($"error: aXcelerate {name} {settings.AxcelerateId} is not linked.").ConfigureAwait(false);
        return SampleApp.Failed;
    }
}
