using Marketplace.ServiceDefaults.Http;

namespace Marketplace.ServiceDefaults.Tests.Http;

public sealed class PageRequestTests
{
    [TestCase(2147483647, 20, "page")]
    [TestCase(0, 20, "page")]
    [TestCase(1, 0, "page_size")]
    [TestCase(1, 101, "page_size")]
    [TestCase(501, 20, "page")]
    public void Out_of_range_paging_names_the_field(int page, int pageSize, string field)
    {
        var errors = new Dictionary<string, string[]>();
        Assert.That(PageRequest.From(page, pageSize, errors), Is.Null);
        Assert.That(errors.Keys, Is.EqualTo(new[] { field }));
    }

    [Test]
    public void Last_page_of_the_window_is_allowed() =>
        Assert.That(PageRequest.From(500, 20, new Dictionary<string, string[]>())?.Offset, Is.EqualTo(9980));
}
