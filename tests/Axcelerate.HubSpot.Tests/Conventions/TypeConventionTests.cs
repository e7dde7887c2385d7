namespace Axcelerate.HubSpot.Tests.Conventions;

public sealed class TypeConventionTests
{
    [Fact]
    public void Public_classes_are_sealed_unless_the_package_itself_derives_from_them()
    {
        var publicTypes = ShippedAssemblies.PublicTypes.ToList();
        var extended = ShippedAssemblies.All
            .SelectMany(a => a.GetTypes())
            .Select(t => t.BaseType)
            .Where(b => b is not null)
            .Select(b => b!.IsGenericType ? b.GetGenericTypeDefinition() : b)
            .ToHashSet();

        var offenders = publicTypes
            .Where(t => t.IsClass && !t.IsSealed && !t.IsAbstract)
            .Where(t => !extended.Contains(t))
            .Select(t => t.FullName)
            .ToList();

        publicTypes.Should().HaveCountGreaterThan(100);
        offenders.Should().BeEmpty("a public class is sealed unless it is designed (and used) as a base class");
    }

    [Fact]
    public void No_public_type_of_one_package_shares_its_name_with_another_packages_type()
    {
        var clashes = ShippedAssemblies.PublicTypes
            .GroupBy(t => t.Name)
            .Where(g => g.Select(t => t.Assembly).Distinct().Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(t => t.FullName))}")
            .ToList();

        clashes.Should().BeEmpty("a consumer importing both namespaces would get CS0104");
    }
}
