-- Row-level security: the second wall between organisations (PRODUCT.md section 5), behind the
-- checks of the service layer. Every tenant row is visible and writable only inside a
-- transaction that has set `kassabon.organisation_id` to its organisation (withOrganisation in
-- src/organisation-scope.ts); without it, no tenant row at all. FORCE makes the policies hold for
-- the tables' owner too. A superuser or a role with BYPASSRLS passes them: run the server as a
-- role that is neither (docs/decisions/008-row-level-security.md).
CREATE FUNCTION "kassabon_organisation_id"() RETURNS uuid LANGUAGE sql STABLE AS $$
  SELECT nullif(current_setting('kassabon.organisation_id', true), '')::uuid
$$;
--> statement-breakpoint
ALTER TABLE "price_lists" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "price_lists" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "price_lists_organisation" ON "price_lists" USING ("organisation_id" = "kassabon_organisation_id"()) WITH CHECK ("organisation_id" = "kassabon_organisation_id"());
--> statement-breakpoint
ALTER TABLE "price_items" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "price_items" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "price_items_organisation" ON "price_items" USING ("organisation_id" = "kassabon_organisation_id"()) WITH CHECK ("organisation_id" = "kassabon_organisation_id"());
--> statement-breakpoint
ALTER TABLE "cases" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "cases" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "cases_organisation" ON "cases" USING ("organisation_id" = "kassabon_organisation_id"()) WITH CHECK ("organisation_id" = "kassabon_organisation_id"());
--> statement-breakpoint
ALTER TABLE "participants" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "participants" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "participants_organisation" ON "participants" USING ("organisation_id" = "kassabon_organisation_id"()) WITH CHECK ("organisation_id" = "kassabon_organisation_id"());
--> statement-breakpoint
ALTER TABLE "meetings" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "meetings" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "meetings_organisation" ON "meetings" USING ("organisation_id" = "kassabon_organisation_id"()) WITH CHECK ("organisation_id" = "kassabon_organisation_id"());
--> statement-breakpoint
ALTER TABLE "meeting_attendees" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "meeting_attendees" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "meeting_attendees_organisation" ON "meeting_attendees" USING ("organisation_id" = "kassabon_organisation_id"()) WITH CHECK ("organisation_id" = "kassabon_organisation_id"());
--> statement-breakpoint
ALTER TABLE "interviews" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "interviews" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "interviews_organisation" ON "interviews" USING ("organisation_id" = "kassabon_organisation_id"()) WITH CHECK ("organisation_id" = "kassabon_organisation_id"());
--> statement-breakpoint
ALTER TABLE "barriers" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "barriers" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "barriers_organisation" ON "barriers" USING ("organisation_id" = "kassabon_organisation_id"()) WITH CHECK ("organisation_id" = "kassabon_organisation_id"());
--> statement-breakpoint
ALTER TABLE "effects" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "effects" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "effects_organisation" ON "effects" USING ("organisation_id" = "kassabon_organisation_id"()) WITH CHECK ("organisation_id" = "kassabon_organisation_id"());
--> statement-breakpoint
ALTER TABLE "scenarios" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "scenarios" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "scenarios_organisation" ON "scenarios" USING ("organisation_id" = "kassabon_organisation_id"()) WITH CHECK ("organisation_id" = "kassabon_organisation_id"());
--> statement-breakpoint
ALTER TABLE "lines" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "lines" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "lines_organisation" ON "lines" USING ("organisation_id" = "kassabon_organisation_id"()) WITH CHECK ("organisation_id" = "kassabon_organisation_id"());
--> statement-breakpoint
ALTER TABLE "ratings" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "ratings" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "ratings_organisation" ON "ratings" USING ("organisation_id" = "kassabon_organisation_id"()) WITH CHECK ("organisation_id" = "kassabon_organisation_id"());
--> statement-breakpoint
ALTER TABLE "wellbeing" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "wellbeing" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "wellbeing_organisation" ON "wellbeing" USING ("organisation_id" = "kassabon_organisation_id"()) WITH CHECK ("organisation_id" = "kassabon_organisation_id"());
--> statement-breakpoint
ALTER TABLE "case_analyses" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "case_analyses" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "case_analyses_organisation" ON "case_analyses" USING ("organisation_id" = "kassabon_organisation_id"()) WITH CHECK ("organisation_id" = "kassabon_organisation_id"());
--> statement-breakpoint
-- Global entries (a new organisation or user) have no organisation and are written outside any scope.
--> statement-breakpoint
ALTER TABLE "audit_log" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "audit_log" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "audit_log_organisation" ON "audit_log" USING ("organisation_id" IS NOT DISTINCT FROM "kassabon_organisation_id"()) WITH CHECK ("organisation_id" IS NOT DISTINCT FROM "kassabon_organisation_id"());
