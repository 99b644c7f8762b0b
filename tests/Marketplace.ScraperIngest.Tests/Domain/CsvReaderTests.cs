using Marketplace.ScraperIngest.Api.Domain;

namespace Marketplace.ScraperIngest.Tests.Domain;

public sealed class CsvReaderTests
{
    [Test]
    public void Quoted_fields_keep_commas_quotes_and_line_breaks()
    {
        using var reader = new StringReader("title,description\r\n\"Tech, HVAC\",\"Line one\nline \"\"two\"\"\"\nPlumber,x\n");
        var rows = CsvReader.ReadWithHeader(reader).ToList();
        Assert.That(rows, Has.Count.EqualTo(2));
        Assert.That(rows[0]["title"], Is.EqualTo("Tech, HVAC"));
        Assert.That(rows[0]["description"], Is.EqualTo("Line one\nline \"two\""));
        Assert.That(rows[1]["title"], Is.EqualTo("Plumber"));
    }

    [Test]
    public void The_shared_linkedin_sample_reads_as_1000_postings() =>
        Assert.That(Support.LinkedInJobSpyRows.Load(Marketplace.Testing.RepositoryRoot.PostingsSample()), Has.Count.EqualTo(1000));
}
