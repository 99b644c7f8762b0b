using System.Globalization;
using Marketplace.Listings.Api.Apis;

namespace Marketplace.Listings.Api.Domain;

public static class ScreeningQuestionValidator
{
    public static Dictionary<string, string[]> Validate(ScreeningQuestionRequest q)
    {
        var errors = new ValidationErrors();
        errors.Length("text", q.Text, 5, 500, required: true);
        errors.Required("question_type", q.QuestionType);
        errors.Range("order", q.Order, 0, 100);
        switch (q.QuestionType)
        {
            case QuestionType.MultipleChoice:
                errors.Check(q.Options is { Count: >= 2 and <= 20 }, "options", "A multiple-choice question has 2 to 20 options.");
                errors.List("options", q.Options, 20, 200);
                errors.Check(q.KnockoutAnswer is null || q.Options?.Contains(q.KnockoutAnswer) == true, "knockout_answer",
                    "The knockout answer is one of the options.");
                break;
            case QuestionType.YesNo:
                errors.Check(q.KnockoutAnswer is null or "yes" or "no", "knockout_answer", "The knockout answer is yes or no.");
                errors.Check(q.Options is null, "options", "Only multiple-choice questions have options.");
                break;
            case QuestionType.Number:
                errors.Check(q.KnockoutAnswer is null || decimal.TryParse(q.KnockoutAnswer, NumberStyles.Number, CultureInfo.InvariantCulture, out _),
                    "knockout_answer", "The knockout answer of a number question is the minimum, a number.");
                errors.Check(q.Options is null, "options", "Only multiple-choice questions have options.");
                break;
            case QuestionType.Text:
                errors.Check(q.KnockoutAnswer is null, "knockout_answer", "A free-text question has no knockout answer.");
                errors.Check(q.Options is null, "options", "Only multiple-choice questions have options.");
                break;
        }

        return errors.ToDictionary();
    }
}
