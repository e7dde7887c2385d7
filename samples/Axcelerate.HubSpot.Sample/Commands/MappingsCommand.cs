using Axcelerate.HubSpot.Sample.Screens;
using Spectre.Console.Cli;

namespace Axcelerate.HubSpot.Sample.Commands;

/// <summary><c>mappings</c>: each entity's field mappings checked against HubSpot (no deliberate mismatch: that is the demo's).</summary>
internal sealed class MappingsCommand : AsyncCommand<StoreSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, StoreSettings settings, CancellationToken cancellationToken)
    {
        var io = (SampleIo)context.Data!;
        await using var environment = SampleEnvironment.CreateConfigured(io.Configuration, settings.StorePath);
        await FieldMappingsScreen.ShowAsync(environment.Services, io.Console, tryMismatch: false, cancellationToken).ConfigureAwait(false);
        return SampleApp.Done;
    }
}
