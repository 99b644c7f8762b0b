using Marketplace.Listings.Api.Data;

namespace Marketplace.Listings.Api.Domain;

/// <summary>Which consumer-relevant fields an edit changed; an edit of a published listing that changes any emits JobListingUpdated.</summary>
public static class ListingChanges
{
    public static IReadOnlyList<string> Between(ListingRow before, ListingWrite after)
    {
        var changed = new List<string>();
        void Compare<T>(string field, T a, T b)
        {
            if (!EqualityComparer<T>.Default.Equals(a, b))
            {
                changed.Add(field);
            }
        }

        void CompareList(string field, string[] a, string[] b)
        {
            if (!a.SequenceEqual(b, StringComparer.Ordinal))
            {
                changed.Add(field);
            }
        }

        Compare("title", before.Title, after.Title);
        Compare("description", before.Description, after.Description);
        Compare("job_category", before.JobCategory, after.JobCategory);
        Compare("job_type", before.JobType, after.JobType);
        Compare("visibility", before.Visibility, after.Visibility);
        Compare("visibility_cascade", before.VisibilityCascade is null, after.VisibilityCascade is null);
        Compare("experience_level", before.ExperienceLevel, after.ExperienceLevel);
        CompareList("required_certifications", before.RequiredCertifications, after.RequiredCertifications);
        CompareList("preferred_certifications", before.PreferredCertifications, after.PreferredCertifications);
        CompareList("required_skills", before.RequiredSkills, after.RequiredSkills);
        CompareList("preferred_skills", before.PreferredSkills, after.PreferredSkills);
        CompareList("required_licenses", before.RequiredLicenses, after.RequiredLicenses);
        CompareList("manufacturer_experience", before.ManufacturerExperience, after.ManufacturerExperience);
        CompareList("equipment_types", before.EquipmentTypes, after.EquipmentTypes);
        Compare("location_type", before.LocationType, after.LocationType);
        Compare("city", before.City, after.City);
        Compare("state_province", before.StateProvince, after.StateProvince);
        Compare("country", before.Country, after.Country);
        Compare("postal_code", before.PostalCode, after.PostalCode);
        Compare("latitude", before.Latitude, after.Latitude);
        Compare("longitude", before.Longitude, after.Longitude);
        Compare("compensation_type", before.CompensationType, after.CompensationType);
        Compare("salary_min", before.SalaryMin, after.SalaryMin);
        Compare("salary_max", before.SalaryMax, after.SalaryMax);
        Compare("currency", before.Currency, after.Currency);
        Compare("urgency", before.Urgency, after.Urgency);
        Compare("positions_available", before.PositionsAvailable, after.PositionsAvailable);
        return changed;
    }
}
