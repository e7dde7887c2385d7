using Axcelerate.HubSpot.Sample.Screens;
using Spectre.Console.Cli;

namespace Axcelerate.HubSpot.Sample.Commands;

/// <summary><c>users</c>: owners auto-linked to users by email, and who acts for each.</summary>
internal sealed class UsersCommand : AsyncCommand<StoreSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, StoreSettings settings, CancellationToken cancellationToken)
    {
        var io = (SampleIo)context.Data!;
        await using var environment = SampleEnvironment.CreateConfigured(io.Configuration, settings.StorePath);
        await UsersScreen.ShowAsync(environment.Services, io.Console, cancellationToken).ConfigureAwait(false);
        return SampleApp.Done;
    }
}
