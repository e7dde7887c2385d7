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

    // What each branch command needs after its name, for the one-line bad-usage error.
    private static readonly Dictionary<string, string> BranchNeeds = new(StringComparer.Ordinal)
    {
        ["import"] = "what to import: contacts, companies or deals",
        ["oauth"] = "a step: url or exchange CODE",
        ["engagements"] = "whose: contact ID or organisation ID",
        ["logs"] = "a subcommand: incoming, outgoing, reset, rerun or delete",
        ["push"] = "a subcommand: contact ID",
    };

    public static async Task<int> RunAsync(string[] args, SampleIo io, CancellationToken cancellationToken = default)
    {
        // Spectre answers a branch without its subcommand with the branch's help and exit code 1; it is bad usage.
        if (args is [var branch, .. var rest]
            && BranchNeeds.TryGetValue(branch, out var needs)
            && rest.All(a => a.StartsWith('-') && a is not ("-h" or "--help" or "-?")))
        {
            await io.Error.WriteLineAsync($"error: {branch} needs {needs} (see {branch} --help).").ConfigureAwait(false);
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
            config.AddBranch("oauth", oauth =>
            {
                oauth.SetDescription("Installs the app on a HubSpot portal with OAuth (HubSpot__ClientId, __ClientSecret, __RedirectUri): url, then exchange.");
                oauth.AddCommand<OAuthUrlCommand>("url")
                    .WithDescription("Prints the authorisation address to open in a browser.")
                    .WithData(io);
                oauth.AddCommand<OAuthExchangeCommand>("exchange")
                    .WithDescription("Exchanges the code from the redirect for tokens and keeps them in the store file.")
                    .WithData(io);
            });
            config.AddCommand<LinksCommand>("links")
                .WithDescription("Lists the linked records of an entity (contacts, organisations or opportunities): aXcelerate id and HubSpot id.")
                .WithData(io);
            config.AddCommand<LinkCommand>("link")
                .WithDescription("Links an aXcelerate record to a chosen HubSpot record: link ENTITY AXID HUBSPOTID.")
                .WithData(io);
            config.AddCommand<UnlinkCommand>("unlink")
                .WithDescription("Removes a record's link: unlink ENTITY AXID.")
                .WithData(io);
            config.AddCommand<ExportCommand>("export")
                .WithDescription("Creates the HubSpot record of an aXcelerate contact, organisation or opportunity and links it: export ENTITY ID.")
                .WithData(io);
            config.AddCommand<DealsCommand>("deals")
                .WithDescription("Lists the HubSpot deals of a linked contact or organisation, each marked linked or not: deals ENTITY ID.")
                .WithData(io);
            config.AddCommand<AddDealCommand>("add-deal")
                .WithDescription("Creates the aXcelerate opportunity of a linked record's HubSpot deal and links it: add-deal ENTITY ID DEALID, with --key-contact ID for an organisation's deal without a linked contact.")
                .WithData(io);
            config.AddBranch("engagements", engagements =>
            {
                engagements.SetDescription("Shows a linked record's HubSpot engagements (notes, calls, emails, meetings, tasks), newest first; a contact's include its companies' and deals'.");
                foreach (var (name, entity) in EngagementsCommand.Entities)
                {
                    engagements.AddCommand<EngagementsCommand>(name)
                        .WithDescription($"Shows the engagements of a linked aXcelerate {name}.")
                        .WithData(new EngagementsCommandData(io, entity));
                }
            });
            config.AddCommand<ServeCommand>("serve")
                .WithDescription("Hosts the webhook endpoints /hubspot/webhooks and /axcelerate/webhooks (signed deliveries go to the incoming log), the background processor and the contact poller until Ctrl+C or SIGTERM.")
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
                logs.SetDescription("The integration's logs: the incoming log (HubSpot webhooks applied to aXcelerate: search, reset, re-run, delete) and the outgoing log (requests sent).");
                logs.AddCommand<IncomingLogCommand>("incoming")
                    .WithDescription("Shows the newest incoming-log entries (--status, --search).")
                    .WithData(io);
                logs.AddCommand<IncomingEntryCommand>("reset")
                    .WithDescription("Resets a failed (or skipped) entry so the processor runs it again.")
                    .WithData(new IncomingEntryCommandData(io, IncomingEntryAction.Reset));
                logs.AddCommand<IncomingEntryCommand>("rerun")
                    .WithDescription("Runs an entry now (re-reading the record from HubSpot) and shows how it ended.")
                    .WithData(new IncomingEntryCommandData(io, IncomingEntryAction.Rerun));
                logs.AddCommand<IncomingEntryCommand>("delete")
                    .WithDescription("Deletes an entry: kept as Deleted for the record, never processed again.")
                    .WithData(new IncomingEntryCommandData(io, IncomingEntryAction.Delete));
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
