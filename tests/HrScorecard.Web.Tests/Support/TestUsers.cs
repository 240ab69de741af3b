using HrScorecard.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace HrScorecard.Web.Tests.Support;

/// <summary>Accounts of a test's own, so tests that lock, rename or re-role a user never disturb the demo accounts.</summary>
public static class TestUsers
{
    public const string Password = "Test#2026a";

    public static async Task<string> CreateAsync(this WebApplicationFactory<Program> factory, string role, string? displayName = null)
    {
        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@test.local";
        await factory.WithUsersAsync(async users =>
        {
            var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = displayName ?? $"Test {role}" };
            Assert.True((await users.CreateAsync(user, Password)).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
        });
        return email;
    }

    public static async Task<T> WithUsersAsync<T>(this WebApplicationFactory<Program> factory, Func<UserManager<ApplicationUser>, Task<T>> action)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>());
    }

    public static Task WithUsersAsync(this WebApplicationFactory<Program> factory, Func<UserManager<ApplicationUser>, Task> action) =>
        factory.WithUsersAsync(async users => { await action(users); return true; });

    /// <summary>The user as stored now, with roles sorted.</summary>
    public static Task<(ApplicationUser User, IList<string> Roles)> FindAsync(this WebApplicationFactory<Program> factory, string email) =>
        factory.WithUsersAsync(async users =>
        {
            var user = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException($"No user {email}.");
            return (user, (IList<string>)[.. (await users.GetRolesAsync(user)).Order(StringComparer.Ordinal)]);
        });
}
