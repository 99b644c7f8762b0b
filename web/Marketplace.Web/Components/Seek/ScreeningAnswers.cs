using System.Globalization;
using Marketplace.Web.Api.Seek;

namespace Marketplace.Web.Components.Seek;

/// <summary>A typed answer as the apply API takes it: a number question's answer as a JSON number when it is one.</summary>
public static class ScreeningAnswers
{
    public static object ToJson(ScreeningQuestion question, string answer)
    {
        var text = answer.Trim();
        // Anything else goes as typed, so the API names the field with its own message ("The answer is a number.").
        return question.QuestionType == "number" && decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var number)
            ? number
            : text;
    }
}
