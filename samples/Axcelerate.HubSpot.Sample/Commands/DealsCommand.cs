using System.ComponentModel;
using Axcelerate.HubSpot.Linking;
using Axcelerate.HubSpot.Sample.Screens;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console.Cli;

namespace Axcelerate.HubSpot.Sample.Commands;

/// <summary><c>deals contact|organisation ID</c>: the HubSpot deals of a linked contact or organisation, each marked linked or not.</summary>
internal sealed class DealsSettings : LinkingSettings
{
    [CommandArgument(1, "<ID>")]
    [Description("The aXcelerate contact or organisation id.")]
    public long AxcelerateId { get; init; }

    protected override IReadOnlyList<MappedEntity> Allowed { get; } = [MappedEntity.Contact, MappedEntity.Organisation];
}

internal sealed class DealsCommand : AsyncCommand<DealsSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, DealsSettings settings, CancellationToken cancellationToken)
    {
        var io = (SampleIo)context.Data!;
        await using var environment = SampleEnvironment.CreateConfigured(io.Configuration, settings.StorePath);
        var services = environment.Services;
        var deals = settings.MappedEntity == MappedEntity.Contact
            ? await services.GetRequiredService<IContactLinkService>().GetDealsAsync(settings.AxcelerateId, cancellationToken).ConfigureAwait(false)
            : await services.GetRequiredService<IOrganisationLinkService>().GetDealsAsync(settings.AxcelerateId, cancellationToken).ConfigureAwait(false);
        if (settings.Json)
        {
            await io.Out.WriteLineAsync(LinkingJson.Deals(settings.MappedEntity, settings.AxcelerateId, deals)).ConfigureAwait(false);
            await io.Out.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        else
        {
            LinkingScreen.ShowDeals(settings.MappedEntity, settings.AxcelerateId, deals, io.Console);
        }

        return SampleApp.Done;
    }
}
