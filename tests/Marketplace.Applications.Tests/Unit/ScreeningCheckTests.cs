using System.Text.Json;
using Marketplace.Applications.Api.Domain;

namespace Marketplace.Applications.Tests.Unit;

public sealed class ScreeningCheckTests
{
    private static readonly ScreeningQuestion License = new(Guid.NewGuid(), "Do you hold a QEI licence?", "yes_no", true, 1, null, "no");
    private static readonly ScreeningQuestion Years = new(Guid.NewGuid(), "Years on traction units?", "number", true, 2, null, "3");
    private static readonly ScreeningQuestion Shift = new(Guid.NewGuid(), "Preferred shift?", "multiple_choice", false, 3, ["day", "night"], null);

    private static ScreeningCheck.Result Check(params (ScreeningQuestion Q, object? Answer)[] answers) =>
        ScreeningCheck.Check([License, Years, Shift], answers.Select(a => (a.Q.QuestionId, JsonSerializer.SerializeToElement(a.Answer))).ToList());

    [Test]
    public void Valid_answers_pass_without_knockout()
    {
        var result = Check((License, "yes"), (Years, 5), (Shift, "night"));
        Assert.That(result.Errors, Is.Empty);
        Assert.That(result.Knockout, Is.False);
    }

    [Test]
    public void A_missing_required_answer_names_the_question()
    {
        var result = Check((License, "yes"));
        Assert.That(result.Errors.Keys, Is.EqualTo(new[] { $"screening_answers[{Years.QuestionId}]" }));
    }

    [Test]
    public void A_wrong_type_names_the_question()
    {
        var result = Check((License, "yes"), (Years, "many"));
        Assert.That(result.Errors.Keys, Does.Contain($"screening_answers[{Years.QuestionId}]"));
    }

    [Test]
    public void An_answer_outside_the_options_names_the_question()
    {
        var result = Check((License, "yes"), (Years, 5), (Shift, "weekend"));
        Assert.That(result.Errors.Keys, Does.Contain($"screening_answers[{Shift.QuestionId}]"));
    }

    [Test]
    public void The_knockout_answer_knocks_out()
    {
        Assert.That(Check((License, false), (Years, 5)).Knockout, Is.True);
    }

    [Test]
    public void A_number_below_the_knockout_minimum_knocks_out()
    {
        Assert.That(Check((License, "yes"), (Years, 2)).Knockout, Is.True);
        Assert.That(Check((License, "yes"), (Years, 3)).Knockout, Is.False);
    }

    [Test]
    public void An_answer_to_an_unknown_question_names_it()
    {
        var unknown = Guid.NewGuid();
        var result = ScreeningCheck.Check([], [(unknown, JsonSerializer.SerializeToElement("x"))]);
        Assert.That(result.Errors.Keys, Does.Contain($"screening_answers[{unknown}]"));
    }
}
