using Bunit;
using Marketplace.Web.Components.Shared;
using Marketplace.Web.Gateway;
using MudBlazor.Services;

namespace Marketplace.Web.Tests.Components;

public sealed class ProblemAlertTests
{
    [Test]
    public void A_validation_problem_lists_each_field_with_its_message()
    {
        using var context = NewContext();
        var problem = new ApiProblem(400, "One or more validation errors occurred.", null,
            new Dictionary<string, string[]> { ["cover_letter"] = ["The cover letter must be at most 10000 characters."] }, "trace-1");

        var alert = context.Render<ProblemAlert>(p => p.Add(a => a.Problem, problem));

        Assert.That(alert.Markup, Does.Contain("cover_letter").And.Contain("at most 10000 characters"));
        Assert.That(alert.Markup, Does.Not.Contain("trace-1"), "a 4xx names the fields, not a trace id");
    }

    [Test]
    public void A_server_error_shows_a_plain_sentence_and_the_trace_id_never_a_stack_trace()
    {
        using var context = NewContext();

        var alert = context.Render<ProblemAlert>(p => p.Add(a => a.Problem, ApiProblem.ServerError(500, "4bf92f3577b34da6")));

        Assert.That(alert.Markup, Does.Contain("Something went wrong on our side").And.Contain("4bf92f3577b34da6"));
    }

    internal static BunitContext NewContext()
    {
        var context = new BunitContext();
        context.Services.AddMudServices();
        context.JSInterop.Mode = JSRuntimeMode.Loose;
        return context;
    }
}
