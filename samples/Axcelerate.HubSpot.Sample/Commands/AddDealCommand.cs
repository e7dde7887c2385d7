using System.ComponentModel;
using Axcelerate.HubSpot.Linking;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Axcelerate.HubSpot.Sample.Commands;

/// <summary>
/// <c>add-deal contact|organisation ID DEALID [--key-contact ID]</c>: creates the aXcelerate marketing opportunity of a
/// linked record's HubSpot deal and links it.
/// </summary>
internal sealed class AddDealSettings : LinkingSettings
{
    [CommandArgument(1, "<ID>")]
    [Description("The aXcelerate contact or organisation id.")]
    public long AxcelerateId { get; init; }

    [CommandArgument(2, "<DEALID>")]
    [Description("The HubSpot deal id (see the deals command).")]
    public string DealId { get; init; } = string.Empty;

    [CommandOption("--key-contact <ID>")]
    [Description("Organisations only: the aXcelerate contact of the organisation who becomes the marketing contact; required when the deal has no contact linked to aXcelerate.")]
    public long? KeyContact { get; init; }

    protected override IReadOnlyList<MappedEntity> Allowed { get; } = [MappedEntity.Contact, MappedEntity.Organisation];

    public override ValidationResult Validate()
    {
        var entity = base.Validate();
        return entity.Successful && KeyContact is not null && MappedEntity == MappedEntity.Contact
            ? ValidationResult.Error("--key-contact is for organisations; a contact's deal has the contact as its marketing contact.")
            : entity;
    }
}

internal sealed class AddDealCommand : AsyncCommand<AddDealSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, AddDealSettings settings, CancellationToken cancellationToken)
    {
        var io = (SampleIo)context.Data!;
        await using var environment = SampleEnvironment.CreateConfigured(io.Configuration, settings.StorePath);
        var services = environment.Services;
        var result = settings.MappedEntity == MappedEntity.Contact
            ? await services.GetRequiredService<IContactLinkService>().AddDealAsync(settings.AxcelerateId, settings.DealId, cancellationToken).ConfigureAwait(false)
            : await services.GetRequiredService<IOrganisationLinkService>().AddDealAsync(settings.AxcelerateId, settings.DealId, settings.KeyContact, cancellationToken).ConfigureAwait(false);
        return await LinkingOutput.ReportAsync(io, settings.Json, $"Add deal {settings.DealId} from {LinkingEntities.NameOf(settings.MappedEntity)} {settings.AxcelerateId}", result, cancellationToken).ConfigureAwait(false);
    }
}
