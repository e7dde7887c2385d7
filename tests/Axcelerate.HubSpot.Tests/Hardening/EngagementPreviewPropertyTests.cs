using Axcelerate.HubSpot.Engagements;
using CsCheck;

namespace Axcelerate.HubSpot.Tests.Hardening;

/// <summary>Engagement previews from hostile HTML (CsCheck): never an exception, never script or style content, never longer than the preview.</summary>
public sealed class EngagementPreviewPropertyTests
{
    // Any text around the markup; without '<', which would open a tag or comment that swallows the next one (as browsers parse it).
    private static readonly Gen<string> AnyText = Gen.Char.Array[0, 60].Select(c => new string(c).Replace('<', ' '));

    private static readonly Gen<string> Hostile = Gen.OneOf(
        "<script>alert('x')</script>", "<style>body{}</style>", "<img src=x onerror=alert(1)>", "<iframe src=javascript:alert(1)></iframe>",
        "'; DROP TABLE engagements; --", "\0", "\u202E", "<!-- a comment -->", "</p>", "&lt;b&gt;", "<svg onload=alert(1)>");

    [Fact]
    public void Any_html_gives_a_bounded_preview_without_script_or_style_content()
    {
        var html = Gen.Select(AnyText, Hostile, AnyText, AnyText).Select((a, h, b, c) => a + h + b + "<script>RUN_ME()</script>" + c + "<style>.HIDE_ME{}</style>");
        html.Sample(input =>
        {
            var preview = new HtmlText().Preview(input);
            if (preview is null)
            {
                return;
            }

            preview.Length.Should().BeLessThanOrEqualTo(Engagement.PreviewLength);
            preview.Should().NotContain("RUN_ME").And.NotContain("HIDE_ME").And.NotContain("alert(1)");
        }, iter: 2_000);
    }
}
