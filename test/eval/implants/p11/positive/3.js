          this.webSearchNoticeEmitted = true;
          this.warnings.push(gate.notice);