          this.webSearchNoticeEmitted = true;
          this.warnings.push(noticeInChinese && gate.noticeZh ? gate.noticeZh : gate.notice);