using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace HrScorecard.Web.Data;

// Cascades run only along Scorecard → Node → Kpi → Target/Actual and Weighting → its rows: SQL Server refuses
// multiple cascade paths, so the other references are Restrict and the pages delete those rows explicitly.

internal sealed class ScorecardConfiguration : IEntityTypeConfiguration<Scorecard>
{
    public void Configure(EntityTypeBuilder<Scorecard> b)
    {
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.OrganisationUnit).HasMaxLength(200);
        b.Property(x => x.Description).HasMaxLength(4000);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => x.Name);
    }
}

internal sealed class ReportingPeriodConfiguration : IEntityTypeConfiguration<ReportingPeriod>
{
    public void Configure(EntityTypeBuilder<ReportingPeriod> b)
    {
        b.Property(x => x.Name).HasMaxLength(100);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne(x => x.Scorecard).WithMany(s => s.Periods).HasForeignKey(x => x.ScorecardId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.ScorecardId, x.Name }).IsUnique();
        b.HasIndex(x => new { x.ScorecardId, x.StartDate });
    }
}

internal sealed class ScorecardNodeConfiguration : IEntityTypeConfiguration<ScorecardNode>
{
    public void Configure(EntityTypeBuilder<ScorecardNode> b)
    {
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.Description).HasMaxLength(4000);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne(x => x.Scorecard).WithMany(s => s.Nodes).HasForeignKey(x => x.ScorecardId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(x => x.Parent).WithMany(p => p.Children).HasForeignKey(x => x.ParentId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.ScorecardId, x.ParentId, x.Position });
    }
}

internal sealed class KpiConfiguration : IEntityTypeConfiguration<Kpi>
{
    public void Configure(EntityTypeBuilder<Kpi> b)
    {
        b.HasKey(x => x.NodeId);
        b.HasOne(x => x.Node).WithOne(n => n.Kpi).HasForeignKey<Kpi>(x => x.NodeId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(x => x.Scorecard).WithMany().HasForeignKey(x => x.ScorecardId).OnDelete(DeleteBehavior.Restrict);
        b.Property(x => x.Code).HasMaxLength(30);
        b.Property(x => x.Unit).HasMaxLength(50);
        b.Property(x => x.DataSource).HasMaxLength(1000);
        b.Property(x => x.Method).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.IndicatorType).HasConversion<string>().HasMaxLength(10);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Property(x => x.OmaxLevels).HasConversion(JsonListConverter.For<double>(), JsonListConverter.Comparer<double>()).HasMaxLength(1000);
        b.Property(x => x.Feed).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Aggregation).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.DenominatorAggregation).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.NumeratorName).HasMaxLength(100);
        b.Property(x => x.DenominatorName).HasMaxLength(100);
        b.HasIndex(x => new { x.ScorecardId, x.Code }).IsUnique();
    }
}

internal sealed class SubPeriodValueConfiguration : IEntityTypeConfiguration<SubPeriodValue>
{
    public void Configure(EntityTypeBuilder<SubPeriodValue> b)
    {
        b.Property(x => x.Component).HasConversion<string>().HasMaxLength(20);
        b.HasOne(x => x.Kpi).WithMany().HasForeignKey(x => x.KpiNodeId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(x => x.Period).WithMany().HasForeignKey(x => x.PeriodId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.KpiNodeId, x.PeriodId, x.SubPeriod, x.Component }).IsUnique();
    }
}

internal sealed class KpiTargetConfiguration : IEntityTypeConfiguration<KpiTarget>
{
    public void Configure(EntityTypeBuilder<KpiTarget> b)
    {
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne(x => x.Kpi).WithMany().HasForeignKey(x => x.KpiNodeId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(x => x.Period).WithMany().HasForeignKey(x => x.PeriodId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.KpiNodeId, x.PeriodId }).IsUnique();
    }
}

internal sealed class KpiActualConfiguration : IEntityTypeConfiguration<KpiActual>
{
    public void Configure(EntityTypeBuilder<KpiActual> b)
    {
        b.Property(x => x.Comment).HasMaxLength(2000);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne(x => x.Kpi).WithMany().HasForeignKey(x => x.KpiNodeId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(x => x.Period).WithMany().HasForeignKey(x => x.PeriodId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.KpiNodeId, x.PeriodId }).IsUnique();
    }
}

internal sealed class NodeWeightingConfiguration : IEntityTypeConfiguration<NodeWeighting>
{
    public void Configure(EntityTypeBuilder<NodeWeighting> b)
    {
        b.Property(x => x.Method).HasConversion<string>().HasMaxLength(20);
        b.HasOne(x => x.Scorecard).WithMany().HasForeignKey(x => x.ScorecardId).OnDelete(DeleteBehavior.Restrict);
        b.Property(x => x.Source).HasMaxLength(200);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne(x => x.ParentNode).WithMany().HasForeignKey(x => x.ParentNodeId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(x => x.EffectiveFromPeriod).WithMany().HasForeignKey(x => x.EffectiveFromPeriodId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.ChildWeights).WithOne(c => c.NodeWeighting).HasForeignKey(c => c.NodeWeightingId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Judgments).WithOne(j => j.NodeWeighting).HasForeignKey(j => j.NodeWeightingId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.ParentNodeId, x.EffectiveFromPeriodId });
    }
}

internal sealed class ChildWeightConfiguration : IEntityTypeConfiguration<ChildWeight>
{
    public void Configure(EntityTypeBuilder<ChildWeight> b) =>
        b.HasOne(x => x.ChildNode).WithMany().HasForeignKey(x => x.ChildNodeId).OnDelete(DeleteBehavior.Restrict);
}

internal sealed class PairwiseJudgmentConfiguration : IEntityTypeConfiguration<PairwiseJudgment>
{
    public void Configure(EntityTypeBuilder<PairwiseJudgment> b)
    {
        b.HasOne(x => x.RowNode).WithMany().HasForeignKey(x => x.RowNodeId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.ColumnNode).WithMany().HasForeignKey(x => x.ColumnNodeId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.Property(x => x.User).HasMaxLength(256);
        b.Property(x => x.Entity).HasMaxLength(50);
        b.Property(x => x.Field).HasMaxLength(100);
        b.Property(x => x.OldValue).HasMaxLength(2001);
        b.Property(x => x.NewValue).HasMaxLength(2001);
        b.HasIndex(x => new { x.NodeId, x.At });
        b.HasIndex(x => new { x.ScorecardId, x.At });
    }
}

internal sealed class WeightingRoundConfiguration : IEntityTypeConfiguration<WeightingRound>
{
    public void Configure(EntityTypeBuilder<WeightingRound> b)
    {
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.CreatedBy).HasMaxLength(256);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne(x => x.Scorecard).WithMany().HasForeignKey(x => x.ScorecardId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(x => x.AppliedFromPeriod).WithMany().HasForeignKey(x => x.AppliedFromPeriodId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Respondents).WithOne(r => r.Round).HasForeignKey(r => r.RoundId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.ComparisonSets).WithOne(c => c.Round).HasForeignKey(c => c.RoundId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class RoundRespondentConfiguration : IEntityTypeConfiguration<RoundRespondent>
{
    public void Configure(EntityTypeBuilder<RoundRespondent> b)
    {
        b.HasOne(x => x.User).WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Answers).WithOne(a => a.Respondent).HasForeignKey(a => a.RespondentId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.RoundId, x.UserId }).IsUnique();
    }
}

internal sealed class ComparisonSetConfiguration : IEntityTypeConfiguration<ComparisonSet>
{
    public void Configure(EntityTypeBuilder<ComparisonSet> b)
    {
        b.HasOne(x => x.ParentNode).WithMany().HasForeignKey(x => x.ParentNodeId).OnDelete(DeleteBehavior.Restrict);
        b.Property(x => x.ChildNodeIds).HasConversion(JsonListConverter.For<int>(), JsonListConverter.Comparer<int>()).HasMaxLength(1000);
        b.HasIndex(x => new { x.RoundId, x.ParentNodeId }).IsUnique();
    }
}

internal sealed class QuestionnaireAnswerConfiguration : IEntityTypeConfiguration<QuestionnaireAnswer>
{
    public void Configure(EntityTypeBuilder<QuestionnaireAnswer> b)
    {
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Property(x => x.Judgments).HasConversion(JsonListConverter.For<double?>(), JsonListConverter.Comparer<double?>()).HasMaxLength(4000);
        b.HasOne(x => x.ComparisonSet).WithMany().HasForeignKey(x => x.ComparisonSetId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.RespondentId, x.ComparisonSetId }).IsUnique();
    }
}

internal sealed class NoticeConfiguration : IEntityTypeConfiguration<Notice>
{
    public void Configure(EntityTypeBuilder<Notice> b)
    {
        b.Property(x => x.UserId).HasMaxLength(450);
        b.Property(x => x.Message).HasMaxLength(1000);
        b.Property(x => x.Link).HasMaxLength(500);
        b.HasIndex(x => new { x.UserId, x.ReadAt });
    }
}

internal sealed class RootCauseConfiguration : IEntityTypeConfiguration<RootCause>
{
    public void Configure(EntityTypeBuilder<RootCause> b)
    {
        b.Property(x => x.Text).HasMaxLength(4000);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne(x => x.Kpi).WithMany().HasForeignKey(x => x.KpiNodeId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(x => x.Period).WithMany().HasForeignKey(x => x.PeriodId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.KpiNodeId, x.PeriodId }).IsUnique();
    }
}

internal sealed class ImprovementActionConfiguration : IEntityTypeConfiguration<ImprovementAction>
{
    public void Configure(EntityTypeBuilder<ImprovementAction> b)
    {
        b.Property(x => x.Description).HasMaxLength(2000);
        b.Property(x => x.Owner).HasMaxLength(200);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne(x => x.Kpi).WithMany().HasForeignKey(x => x.KpiNodeId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(x => x.Period).WithMany().HasForeignKey(x => x.PeriodId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.KpiNodeId, x.PeriodId });
    }
}

internal sealed class SurveyUploadConfiguration : IEntityTypeConfiguration<SurveyUpload>
{
    public void Configure(EntityTypeBuilder<SurveyUpload> b)
    {
        b.Property(x => x.FileName).HasMaxLength(260);
        b.Property(x => x.UploadedBy).HasMaxLength(256);
        b.Property(x => x.ItemNames).HasConversion(JsonListConverter.For<string>(), JsonListConverter.Comparer<string>());
        b.HasOne(x => x.Kpi).WithMany().HasForeignKey(x => x.KpiNodeId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(x => x.Period).WithMany().HasForeignKey(x => x.PeriodId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.KpiNodeId, x.PeriodId }).IsUnique();
    }
}

/// <summary>Lists stored as a JSON array in one column (small, always read whole).</summary>
internal static class JsonListConverter
{
    public static ValueConverter<List<T>, string> For<T>() => new(
        v => JsonSerializer.Serialize(v, JsonSerializerOptions.Default),
        v => JsonSerializer.Deserialize<List<T>>(v, JsonSerializerOptions.Default) ?? new List<T>());

    public static ValueComparer<List<T>> Comparer<T>() => new(
        (a, c) => a!.SequenceEqual(c!),
        v => v.Aggregate(0, (h, x) => HashCode.Combine(h, x)),
        v => v.ToList());
}
