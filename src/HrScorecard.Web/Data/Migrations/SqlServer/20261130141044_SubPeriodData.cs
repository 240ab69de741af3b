using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HrScorecard.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class SubPeriodData : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Aggregation",
                table: "Kpis",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DenominatorAggregation",
                table: "Kpis",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DenominatorName",
                table: "Kpis",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: true);

            // Existing KPIs keep their typed actuals: "" would not read back as a KpiFeed.
            migrationBuilder.AddColumn<string>(
                name: "Feed",
                table: "Kpis",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "Direct");

            migrationBuilder.AddColumn<string>(
                name: "NumeratorName",
                table: "Kpis",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "RatioFactor",
                table: "Kpis",
                type: "float",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "SubPeriodValues",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    KpiNodeId = table.Column<int>(type: "int", nullable: false),
                    PeriodId = table.Column<int>(type: "int", nullable: false),
                    SubPeriod = table.Column<int>(type: "int", nullable: false),
                    Component = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Value = table.Column<double>(type: "float", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SubPeriodValues", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SubPeriodValues_Kpis_KpiNodeId",
                        column: x => x.KpiNodeId,
                        principalTable: "Kpis",
                        principalColumn: "NodeId",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SubPeriodValues_Periods_PeriodId",
                        column: x => x.PeriodId,
                        principalTable: "Periods",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SubPeriodValues_KpiNodeId_PeriodId_SubPeriod_Component",
                table: "SubPeriodValues",
                columns: new[] { "KpiNodeId", "PeriodId", "SubPeriod", "Component" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SubPeriodValues_PeriodId",
                table: "SubPeriodValues",
                column: "PeriodId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SubPeriodValues");

            migrationBuilder.DropColumn(
                name: "Aggregation",
                table: "Kpis");

            migrationBuilder.DropColumn(
                name: "DenominatorAggregation",
                table: "Kpis");

            migrationBuilder.DropColumn(
                name: "DenominatorName",
                table: "Kpis");

            migrationBuilder.DropColumn(
                name: "Feed",
                table: "Kpis");

            migrationBuilder.DropColumn(
                name: "NumeratorName",
                table: "Kpis");

            migrationBuilder.DropColumn(
                name: "RatioFactor",
                table: "Kpis");
        }
    }
}
