using Axcelerate.HubSpot.Sample.Screens;
using Spectre.Console.Cli;

namespace Axcelerate.HubSpot.Sample.Commands;

/// <summary><c>stages</c>: the first pipeline's deal stages and their opportunity statuses (unmapped stages get a suggestion).</summary>
internal sealed class StagesCommand : AsyncCommand<StoreSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, StoreSettings settings, CancellationToken cancellationToken)
    {
        var io = (SampleIo)context.Data!;
        await using var environment = SampleEnvironment.CreateConfigured(io.Configuration, settings.StorePath);
        await DealStagesScreen.ShowAsync(environment.Services, io.Console, cancellationToken).ConfigureAwait(false);
        return SampleApp.Done;
    }
}
