using Axcelerate.HubSpot.Sample.Commands;
using Spectre.Console.Cli;

namespace Axcelerate.HubSpot.Sample;

/// <summary>
/// The command line: no arguments runs the demo; the commands work against configured services. Exit codes: 0 done,
/// 1 the operation failed, 2 bad usage (each failure is one <c>error: ...</c> line on standard error).
/// </summary>
internal static class SampleApp
{
    public const int Done = 0;
    public const int Failed = 1;
    public const int BadUsage = 2;

    public static async Task<int> RunAsync(string[] args, SampleIo io, CancellationToken cancellationToken = default)
    {
        // Spectre answers a branch without its subcommand with the branch's help and exit code 1; it is bad usage.
        if (args is ["import", .. var rest] && rest.All(a => a.StartsWith('-') && a is not ("-h" or "--help" or "-?")))
        {
            await io.Error.WriteLineAsync("error: import needs what to import: contacts, companies or deals (see import --help).").ConfigureAwait(false);
            return BadUsage;
        }

        if (args is [("push" or "logs") and var branch, .. var more] && more.All(a => a.StartsWith('-') && a is not ("-h" or "--help" or "-?")))
        {
            await io.Error.WriteLineAsync($"error: {branch} needs a subcommand: {(branch == "push" ? "contact ID" : "outgoing")} (see {branch} --help).").ConfigureAwait(false);
            return BadUsage;
        }

        var app = new CommandApp();
        app.SetDefaultCommand<DemoCommand>()
            .WithDescription("Runs the demo on the in-process sandbox (or on the services the HubSpotIntegration keys name).")
            .WithData(io);
        app.Configure(config =>
        {
            config.SetApplicationName("Axcelerate.HubSpot.Sample");
            config.ConfigureConsole(io.Console);
            config.UseStrictParsing();
            config.AddCommand<UsersCommand>("users")
                .WithDescription("Links HubSpot owners to aXcelerate users by email and shows who acts for each owner.")
                .WithData(io);
            config.AddCommand<MappingsCommand>("mappings")
                .WithDescription("Shows the field mappings of each entity checked against the HubSpot properties.")
                .WithData(io);
            config.AddCommand<StagesCommand>("stages")
                .WithDescription("Maps the first pipeline's deal stages to opportunity statuses (unmapped stages only) and shows the map.")
                .WithData(io);
            config.AddCommand<SettingsCommand>("settings")
                .WithDescription("Shows every sync flow and whether it is on, after turning flows on or off (--enable, --disable, --enable-all).")
                .WithData(io);
            config.AddBranch("import", import =>
            {
                import.SetDescription("Imports HubSpot records into aXcelerate: one page (continuing an unfinished import), or --all to the end.");
                foreach (var (name, entity) in ImportCommand.Entities)
                {
                    import.AddCommand<ImportCommand>(name)
                        .WithDescription($"Imports HubSpot {name}.")
                        .WithData(new ImportCommandData(io, entity));
                }
            });
            config.AddCommand<SyncFieldsCommand>("sync-fields")
                .WithDescription("Copies chosen contact fields of linked records one way (--push or --pull): one page (continuing an unfinished run), or --all to the end.")
                .WithData(io);
            config.AddBranch("push", push =>
            {
                push.SetDescription("Pushes aXcelerate records to HubSpot.");
                push.AddCommand<PushContactCommand>("contact")
                    .WithDescription("Pushes one aXcelerate contact to HubSpot: created by email and linked, or its differing values updated.")
                    .WithData(io);
            });
            config.AddBranch("logs", logs =>
            {
                logs.SetDescription("Reads the integration's logs.");
                logs.AddCommand<LogsOutgoingCommand>("outgoing")
                    .WithDescription("Shows the newest requests sent to HubSpot and aXcelerate (--status, --search, --service, --operation, --record), or one with its bodies (--id).")
                    .WithData(io);
            });
            config.SetExceptionHandler((exception, _) =>
            {
                var (code, message) = Describe(exception);
                io.Error.WriteLine($"error: {message}");
                return code;
            });
        });

        return await app.RunAsync(args, cancellationToken).ConfigureAwait(false);
    }

    private static (int Code, string Message) Describe(Exception exception)
    {
        var root = exception is AggregateException { InnerExceptions.Count: 1 } aggregate ? aggregate.InnerExceptions[0] : exception;
        var code = root is CommandParseException or CommandRuntimeException ? BadUsage : Failed;
        return (code, root.Message.ReplaceLineEndings(" ").Trim());
    }
}
