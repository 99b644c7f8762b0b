using Bunit;
using Marketplace.Web.Api.Seek;
using Marketplace.Web.Components.Seek;

namespace Marketplace.Web.Tests.Components.Seek;

public sealed class ScreeningQuestionFieldTests
{
    [Test]
    public async Task The_apis_error_for_a_question_is_shown_beside_it()
    {
        await using var context = ProblemAlertTests.NewContext();
        var question = new ScreeningQuestion(Guid.NewGuid(), "Years on hydraulic elevators?", "number", true, 1, null);

        var field = context.Render<ScreeningQuestionField>(p => p.Add(f => f.Question, question)
            .Add(f => f.Error, "'Years on hydraulic elevators?' must be answered."));

        Assert.That(field.Markup, Does.Contain("Years on hydraulic elevators? (required)"));
        Assert.That(field.Find(".mud-input-error").TextContent, Does.Contain("must be answered"));
    }

    [Test]
    public async Task A_yes_no_question_offers_yes_and_no()
    {
        await using var context = ProblemAlertTests.NewContext();
        var question = new ScreeningQuestion(Guid.NewGuid(), "Do you hold a QEI certification?", "yes_no", false, 1, null);

        var field = context.Render<ScreeningQuestionField>(p => p.Add(f => f.Question, question));

        Assert.That(field.Find("legend").TextContent, Is.EqualTo("Do you hold a QEI certification?"));
        Assert.That(field.FindAll("input[type=radio]"), Has.Count.EqualTo(2));
    }

    [Test]
    public void A_number_answer_is_sent_as_a_json_number_and_anything_else_as_typed()
    {
        var question = new ScreeningQuestion(Guid.NewGuid(), "Years?", "number", true, 1, null);

        Assert.That(ScreeningAnswers.ToJson(question, " 7.5 "), Is.EqualTo(7.5m));
        Assert.That(ScreeningAnswers.ToJson(question, "seven"), Is.EqualTo("seven"));
    }
}
