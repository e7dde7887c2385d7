using Spectre.Console;
using Spectre.Console.Rendering;

namespace Axcelerate.HubSpot.Sample.Screens;

/// <summary>Table cells from data: plain text is never parsed as markup (names may hold [brackets]).</summary>
internal static class Cell
{
    public static IRenderable Text(string? value) => new Text(string.IsNullOrEmpty(value) ? "-" : value);

    public static IRenderable Good(string value) => new Markup($"[green]{Markup.Escape(value)}[/]");

    public static IRenderable Warn(string value) => new Markup($"[yellow]{Markup.Escape(value)}[/]");

    public static IRenderable Bad(string value) => new Markup($"[red]{Markup.Escape(value)}[/]");
}
