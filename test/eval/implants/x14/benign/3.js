input_audio_transcription: {},
                    ...(languageCode && {
                        speech_config: { language_code: languageCode },
                    }),