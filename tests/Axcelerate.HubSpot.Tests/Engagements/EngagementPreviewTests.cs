using Axcelerate.HubSpot.Engagements;
using Axcelerate.HubSpot.TestKit;
using Axcelerate.HubSpot.Testing.HubSpot.Objects;

namespace Axcelerate.HubSpot.Tests.Engagements;

/// <summary>Bodies written in HubSpot as HTML reach the view as inert plain text (over real HTTP against the sandbox).</summary>
public sealed class EngagementPreviewTests
{
    private const long AxContact = 5001;

    private static async Task<List<Engagement>> ViewWithAsync(SandboxHost host, params (HubSpotObjectType Type, Dictionary<string, string?> Properties)[] engagements)
    {
        var contact = host.AddContact("ada@example.edu.au");
        await host.LinkContactAsync(AxContact, contact);
        for (var i = 0; i < engagements.Length; i++)
        {
            host.AddEngagement(engagements[i].Type, EngagementSandbox.Day.AddMinutes(-i), engagements[i].Properties, (HubSpotObjectType.Contacts, contact));
        }

        return await host.Engagements().ListContactEngagementsAsync(AxContact).AllAsync();
    }

    [Fact]
    public async Task Hostile_html_loses_scripts_styles_handlers_comments_and_markup_and_keeps_the_words_with_entities_decoded()
    {
        await using var host = await SandboxHost.StartAsync();
        const string Hostile =
            "<div onclick=\"steal()\">Hello&nbsp;<b>Ada</b> &amp; team,<script>alert('x')</script><style>.a{color:red}</style>" +
            "<img src=x onerror=\"alert(1)\"><!-- secret comment --><p>Caf&eacute; at 10&#58;30 &lt;3</p>" +
            "<iframe src=\"javascript:alert(2)\">inner</iframe><a href=\"javascript:alert(3)\">link</a><svg><script>alert(4)</script></svg>" +
            "<noscript><p>no script</p></noscript><textarea>&lt;script&gt;alert(5)&lt;/script&gt;</textarea></div>";

        var view = await ViewWithAsync(host, (HubSpotObjectType.Notes, new() { ["hs_note_body"] = Hostile }));

        var preview = view.Should().ContainSingle().Subject.BodyPreview;
        preview.Should().Be("Hello Ada & team, Café at 10:30 ‹3 link", "noscript fallback content is not prose either");
        preview.Should().NotContainAny("<", ">", "alert", "steal", "secret", "color", "javascript", "inner");
    }

    [Fact]
    public async Task Nested_and_unclosed_markup_becomes_words_separated_by_single_spaces()
    {
        await using var host = await SandboxHost.StartAsync();
        const string Nested = "<table><tr><td>Unit</td><td><ul><li>BSBWHS<b>411</b></li><li>CHC<i>33021</i><p>Unclosed <b>bold <i>italic";

        var view = await ViewWithAsync(host, (HubSpotObjectType.Calls, new() { ["hs_call_title"] = "<b>Call</b>\n\n  back", ["hs_call_body"] = Nested }));

        var call = view.Should().ContainSingle().Subject;
        call.Subject.Should().Be("Call back");
        call.BodyPreview.Should().Be("Unit BSBWHS411 CHC33021 Unclosed bold italic");
    }

    [Fact]
    public async Task A_long_body_is_cut_at_a_word_to_the_documented_length_and_an_email_prefers_its_plain_text()
    {
        await using var host = await SandboxHost.StartAsync();
        var words = string.Join(' ', Enumerable.Range(1, 100).Select(i => $"<span>word{i}</span>"));

        var view = await ViewWithAsync(
            host,
            (HubSpotObjectType.Notes, new() { ["hs_note_body"] = $"<p>{words}</p>" }),
            (HubSpotObjectType.Emails, new() { ["hs_email_subject"] = "Quote", ["hs_email_text"] = "Plain  version", ["hs_email_html"] = "<p>HTML version</p>" }),
            (HubSpotObjectType.Emails, new() { ["hs_email_subject"] = "Tracked", ["hs_email_html"] = "<html><head><title>t</title><style>p{}</style></head><body><p>Only HTML</p><script>track()</script></body></html>" }));

        var note = view[0].BodyPreview!;
        note.Length.Should().BeLessThanOrEqualTo(Engagement.PreviewLength);
        note.Should().StartWith("word1 word2 word3").And.EndWith("…");
        note[..^1].Split(' ').Should().OnlyContain(w => w.StartsWith("word", StringComparison.Ordinal) && w.Length > 4, "the cut falls between words");
        view[1].BodyPreview.Should().Be("Plain version");
        view[2].BodyPreview.Should().Be("Only HTML");
    }
}
