using System.ComponentModel;
using Axcelerate.HubSpot.Linking;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console.Cli;

namespace Axcelerate.HubSpot.Sample.Commands;

/// <summary><c>link ENTITY AXID HUBSPOTID</c>: links an aXcelerate record to a chosen HubSpot record.</summary>
internal sealed class LinkSettings : LinkingSettings
{
    [CommandArgument(1, "<AXID>")]
    [Description("The aXcelerate id (contact, organisation or task id).")]
    public long AxcelerateId { get; init; }

    [CommandArgument(2, "<HUBSPOTID>")]
    [Description("The HubSpot id (contact, company or deal id).")]
    public string HubSpotId { get; init; } = string.Empty;
}

internal sealed class LinkCommand : AsyncCommand<LinkSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, LinkSettings settings, CancellationToken cancellationToken)
    {
        var io = (SampleIo)context.Data!;
        await using var environment = SampleEnvironment.CreateConfigured(io.Configuration, settings.StorePath);
        var services = environment.Services;
        var result = settings.MappedEntity switch
        {
            MappedEntity.Contact => await services.GetRequiredService<IContactLinkService>().LinkAsync(settings.AxcelerateId, settings.HubSpotId, cancellationToken).ConfigureAwait(false),
            MappedEntity.Organisation => await services.GetRequiredService<IOrganisationLinkService>().LinkAsync(settings.AxcelerateId, settings.HubSpotId, cancellationToken).ConfigureAwait(false),
            _ => await services.GetRequiredService<IOpportunityLinkService>().LinkAsync(settings.AxcelerateId, settings.HubSpotId, cancellationToken).ConfigureAwait(false),
        };
        return await LinkingOutput.ReportAsync(io, settings.Json, $"Link {LinkingEntities.NameOf(settings.MappedEntity)} {settings.AxcelerateId} to {settings.HubSpotId}", result, cancellationToken).ConfigureAwait(false);
    }
}
