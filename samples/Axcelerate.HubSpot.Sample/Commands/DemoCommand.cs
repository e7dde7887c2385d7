using Spectre.Console.Cli;

namespace Axcelerate.HubSpot.Sample.Commands;

/// <summary>The default run: the demo, on the in-process sandbox unless the HubSpotIntegration keys name services.</summary>
internal sealed class DemoCommand : AsyncCommand<EmptyCommandSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, EmptyCommandSettings settings, CancellationToken cancellationToken)
    {
        var io = (SampleIo)context.Data!;
        await using var environment = await SampleEnvironment.CreateAsync(io.SandboxOptions, io.Configuration, cancellationToken).ConfigureAwait(false);
        io.Summary = await DemoRun.RunAsync(environment, io.Console, cancellationToken).ConfigureAwait(false);
        return SampleApp.Done;
    }
}
