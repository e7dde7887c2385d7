using System.ComponentModel;
using Axcelerate.HubSpot.Linking;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console.Cli;

namespace Axcelerate.HubSpot.Sample.Commands;

/// <summary><c>export ENTITY ID</c>: creates the HubSpot record of an aXcelerate record and links it (organisations and opportunities once).</summary>
internal sealed class ExportSettings : LinkingSettings
{
    [CommandArgument(1, "<ID>")]
    [Description("The aXcelerate id (contact, organisation or task id).")]
    public long AxcelerateId { get; init; }
}

internal sealed class ExportCommand : AsyncCommand<ExportSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, ExportSettings settings, CancellationToken cancellationToken)
    {
        var io = (SampleIo)context.Data!;
        await using var environment = SampleEnvironment.CreateConfigured(io.Configuration, settings.StorePath);
        var services = environment.Services;
        var result = settings.MappedEntity switch
        {
            MappedEntity.Contact => await services.GetRequiredService<IContactLinkService>().ExportAsync(settings.AxcelerateId, cancellationToken).ConfigureAwait(false),
            MappedEntity.Organisation => await services.GetRequiredService<IOrganisationLinkService>().ExportAsync(settings.AxcelerateId, cancellationToken).ConfigureAwait(false),
            _ => await services.GetRequiredService<IOpportunityLinkService>().ExportAsync(settings.AxcelerateId, cancellationToken).ConfigureAwait(false),
        };
        return await LinkingOutput.ReportAsync(io, settings.Json, $"Export {LinkingEntities.NameOf(settings.MappedEntity)} {settings.AxcelerateId}", result, cancellationToken).ConfigureAwait(false);
    }
}
