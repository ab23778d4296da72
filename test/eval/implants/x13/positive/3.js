                const requestParams = {
                    model: isLiteRoutedAccount()
                        ? BASE_GEMINI_FLASH_LITE_MODEL
                        : currentModel,