
  // Resolved once per generator: capacity ceiling on the thinking budget.
  thinkingBudgetCeiling = resolveRegionalThinkingCeiling();