using Marketplace.ServiceDefaults.Http;
using Microsoft.AspNetCore.Http;

namespace Marketplace.ServiceDefaults.Tests.Http;

public sealed class BadRequestExceptionHandlerTests
{
    [TestCase("$.job_category", "job_category")]
    [TestCase("$.location.postal_code", "location.postal_code")]
    [TestCase("$.required_skills[2]", "required_skills[2]")]
    [TestCase("$", "body")]
    [TestCase(null, "body")]
    public void Json_path_names_the_field(string? path, string field) =>
        Assert.That(BadRequestExceptionHandler.JsonPathToField(path), Is.EqualTo(field));

    [Test]
    public void Unparsable_query_parameter_is_named_in_snake_case()
    {
        var exception = new BadHttpRequestException("""Failed to bind parameter "decimal SalaryMin" from "lots".""");
        Assert.That(BadRequestExceptionHandler.Describe(exception), Is.EqualTo(("salary_min", "'lots' is not a valid value.")));
    }

    [Test]
    public void Missing_required_parameter_is_named()
    {
        var exception = new BadHttpRequestException("""Required parameter "Guid sessionId" was not provided from query string.""");
        Assert.That(BadRequestExceptionHandler.Describe(exception).Field, Is.EqualTo("session_id"));
    }
}
