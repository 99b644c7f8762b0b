using Bunit;
using Marketplace.Web.Components.Seek;

namespace Marketplace.Web.Tests.Components.Seek;

public sealed class DebouncedTextBoxTests
{
    [Test]
    public async Task Quick_keystrokes_report_once_with_the_whole_text_after_the_pause()
    {
        await using var context = ProblemAlertTests.NewContext();
        var reported = new List<string?>();
        var box = context.Render<DebouncedTextBox>(p => p.Add(b => b.Label, "Search jobs").Add(b => b.DebounceInterval, 200)
            .Add(b => b.ValueChanged, v => reported.Add(v)));
        var input = box.Find("input");

        input.Input("l");
        input.Input("li");
        input.Input("lift");

        Assert.That(() => reported, Is.EqualTo(new[] { "lift" }).After(5000, 50));
        Assert.That(box.Find("input").GetAttribute("value"), Is.Null, "the browser owns the typed text; the server never writes it back");
    }

    [Test]
    public async Task Clearing_reports_at_once()
    {
        await using var context = ProblemAlertTests.NewContext();
        var reported = new List<string?>();
        var box = context.Render<DebouncedTextBox>(p => p.Add(b => b.Label, "Search jobs").Add(b => b.Value, "lift")
            .Add(b => b.DebounceInterval, 10_000).Add(b => b.ValueChanged, v => reported.Add(v)));

        box.Find("input").Input("");

        Assert.That(reported, Is.EqualTo(new string?[] { "" }));
    }
}
