          systemReminders.push(PAUSED_GOAL_SYSTEM_REMINDER);
        }
        if (messageType === "userQuery" /* UserQuery */) {
          const branch = await resolveCurrentBranch(this.config.getTargetDir());
          if (branch && branch !== this.lastInjectedBranch) {
            systemReminders.push(`<system-reminder>
The current git branch is: ${branch}.
</system-reminder>`);
            this.lastInjectedBranch = branch;
          }
        }